package dev.memkit.app.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A terminal for tests: standard input is a given string (also the keys), each stream is a terminal
 * or not as set, and the "editor" writes a given text into the file it is handed.
 */
public final class ScriptedTerminal implements UserTerminal {

  private String input = "";
  private boolean interactive;
  private boolean errorTerminal;
  private String editorWrites = "";
  private int editorExit;
  public final List<List<String>> editorRuns = new ArrayList<>();
  public final List<String> editorSaw = new ArrayList<>();

  /** Standard input holds {@code text}; keys are its characters. */
  public ScriptedTerminal input(String text) {
    this.input = text;
    return this;
  }

  /** Standard input and output are (or are not) a terminal. */
  public ScriptedTerminal interactive(boolean interactive) {
    this.interactive = interactive;
    return this;
  }

  public ScriptedTerminal errorIsTerminal(boolean terminal) {
    this.errorTerminal = terminal;
    return this;
  }

  /** The editor replaces the file's text with {@code text} and exits with {@code exit}. */
  public ScriptedTerminal editor(String text, int exit) {
    this.editorWrites = text;
    this.editorExit = exit;
    return this;
  }

  @Override
  public InputStream input() {
    return new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean inputIsTerminal() {
    return interactive;
  }

  @Override
  public boolean outputIsTerminal() {
    return interactive;
  }

  @Override
  public boolean errorIsTerminal() {
    return errorTerminal;
  }

  @Override
  public KeyInput keys() {
    return KeyInput.of(new StringReader(input));
  }

  @Override
  public int edit(List<String> command, Path file) throws java.io.IOException {
    editorRuns.add(List.copyOf(command));
    editorSaw.add(Files.readString(file, StandardCharsets.UTF_8));
    Files.writeString(file, editorWrites, StandardCharsets.UTF_8);
    return editorExit;
  }
}
