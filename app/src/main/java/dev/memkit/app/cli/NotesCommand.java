package dev.memkit.app.cli;

import dev.memkit.app.config.Environment;
import dev.memkit.app.usecase.BackendChoice;
import dev.memkit.app.usecase.ListNotes;
import dev.memkit.app.usecase.SearchNotes;
import dev.memkit.app.usecase.WriteNote;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.Tag;
import dev.memkit.port.NoteSearch;
import dev.memkit.port.Notes;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memkit notes}: list, show, add, edit, archive, delete and search notes. */
@Command(
    name = "notes",
    mixinStandardHelpOptions = true,
    description = {
      "List, show, add, edit, archive, delete and search notes (markdown; #tags are taken from the"
          + " text)."
    })
public final class NotesCommand implements Runnable {

  /** Notes listed unless --limit says otherwise. */
  static final int DEFAULT_LIMIT = 20;

  private final BackendChoice choice;
  private final NoteText noteText;
  private final ZoneId zone;

  @Spec CommandSpec spec;

  @Inject
  NotesCommand(BackendChoice choice, UserTerminal terminal, Environment environment, Clock clock) {
    this.choice = choice;
    this.noteText = new NoteText(terminal, environment);
    this.zone = clock.getZone();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: list, show, add, edit, archive, delete or search");
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the newest notes.")
  void list(
      @Mixin BackendOption backend,
      @CommandLine.Option(names = "--tag", paramLabel = "TAG", description = "Only notes with it.")
          String tag,
      @CommandLine.Option(names = "--archived", description = "Archived notes instead.")
          boolean archived,
      @CommandLine.Option(
              names = "--limit",
              paramLabel = "N",
              defaultValue = "" + DEFAULT_LIMIT,
              description = "At most N notes (default: ${DEFAULT-VALUE}).")
          int limit,
      @CommandLine.Option(names = "--json", description = "Print JSON.") boolean json) {
    Notes notes = Commands.port(Commands.backend(choice, backend), Notes.class);
    printList(Outcomes.orExit(new ListNotes(notes).run(Option.of(tag), archived, limit)), json);
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a note.")
  void show(
      @Mixin BackendOption backend,
      @Parameters(paramLabel = "ID") String id,
      @CommandLine.Option(names = "--json", description = "Print JSON.") boolean json) {
    Notes notes = Commands.port(Commands.backend(choice, backend), Notes.class);
    Note note = Outcomes.orExit(notes.get(Outcomes.orExit(WriteNote.id(id))));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Commands.json(out, Views.note(note));
      return;
    }
    List<String> flags = new ArrayList<>();
    flags.add(note.visibility().name().toLowerCase(Locale.ROOT));
    if (note.pinned()) {
      flags.add("pinned");
    }
    if (note.archived()) {
      flags.add("archived");
    }
    out.printf("Note %s (%s)%n", note.id(), String.join(", ", flags));
    out.printf(
        "created %s, updated %s%n",
        Views.minutes(note.created(), zone), Views.minutes(note.updated(), zone));
    if (!note.tags().isEmpty()) {
      out.println("tags: " + tags(note));
    }
    out.println();
    out.println(note.content());
    out.flush();
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a note from the text, a file, or (with neither) your $EDITOR.")
  void add(
      @Mixin BackendOption backend,
      @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The note's text.")
          List<String> words,
      @CommandLine.Option(
              names = {"-f", "--file"},
              paramLabel = "FILE",
              description = "Read the text from FILE (- for standard input).")
          Path file,
      @CommandLine.Option(
              names = "--visibility",
              paramLabel = "private|protected|public",
              description = "Who may read it (default: private).")
          String visibility,
      @CommandLine.Option(names = "--json", description = "Print the note as JSON.") boolean json) {
    Notes notes = Commands.port(Commands.backend(choice, backend), Notes.class);
    String text = noteText.read(words == null ? List.of() : words, file, "");
    Note note = Outcomes.orExit(new WriteNote(notes).add(text, Option.of(visibility)));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Commands.json(out, Views.note(note));
      return;
    }
    out.printf(
        "Added note %s%s.%n", note.id(), note.tags().isEmpty() ? "" : " (" + tags(note) + ")");
    out.flush();
  }

  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = "Replace a note's text with the text, a file, or (with neither) your $EDITOR.")
  void edit(
      @Mixin BackendOption backend,
      @Parameters(index = "0", paramLabel = "ID") String id,
      @Parameters(index = "1..*", paramLabel = "TEXT", arity = "0..*", description = "New text.")
          List<String> words,
      @CommandLine.Option(
              names = {"-f", "--file"},
              paramLabel = "FILE",
              description = "Read the text from FILE (- for standard input).")
          Path file,
      @CommandLine.Option(names = "--json", description = "Print the note as JSON.") boolean json) {
    Notes notes = Commands.port(Commands.backend(choice, backend), Notes.class);
    NoteId noteId = Outcomes.orExit(WriteNote.id(id));
    Note current = Outcomes.orExit(notes.get(noteId));
    String text = noteText.read(words == null ? List.of() : words, file, current.content());
    WriteNote.Edited edited = Outcomes.orExit(new WriteNote(notes).edit(noteId, text));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Commands.json(out, Views.note(edited.note()));
      return;
    }
    out.printf(edited.changed() ? "Changed note %s.%n" : "Note %s unchanged.%n", noteId);
    out.flush();
  }

  @Command(
      name = "archive",
      mixinStandardHelpOptions = true,
      description = "Archive a note (out of lists, searches and tag counts; kept).")
  void archive(@Mixin BackendOption backend, @Parameters(paramLabel = "ID") String id) {
    Notes notes = Commands.port(Commands.backend(choice, backend), Notes.class);
    NoteId noteId = Outcomes.orExit(WriteNote.id(id));
    Outcomes.orExit(notes.update(noteId, NoteChange.archive()));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Archived note %s.%n", noteId);
    out.flush();
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a note.")
  void delete(@Mixin BackendOption backend, @Parameters(paramLabel = "ID") String id) {
    Notes notes = Commands.port(Commands.backend(choice, backend), Notes.class);
    NoteId noteId = Outcomes.orExit(WriteNote.id(id));
    Outcomes.orExit(notes.delete(noteId));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Deleted note %s.%n", noteId);
    out.flush();
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = "Find notes containing the text (ignoring case).")
  void search(
      @Mixin BackendOption backend,
      @Parameters(paramLabel = "TEXT", arity = "1..*") List<String> words,
      @CommandLine.Option(names = "--tag", paramLabel = "TAG", description = "Only notes with it.")
          String tag,
      @CommandLine.Option(
              names = "--limit",
              paramLabel = "N",
              defaultValue = "" + DEFAULT_LIMIT,
              description = "At most N notes (default: ${DEFAULT-VALUE}).")
          int limit,
      @CommandLine.Option(names = "--json", description = "Print JSON.") boolean json) {
    NoteSearch search = Commands.port(Commands.backend(choice, backend), NoteSearch.class);
    printList(
        Outcomes.orExit(
            new SearchNotes(search).run(String.join(" ", words), Option.of(tag), limit)),
        json);
  }

  private void printList(List<Note> notes, boolean json) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Commands.json(out, notes.stream().map(Views::note).toList());
      return;
    }
    for (Note note : notes) {
      out.printf(
          "%-22s %s  %s%n",
          note.id(), Views.minutes(note.created(), zone), Views.oneLine(note.content(), 60));
    }
    out.flush();
  }

  private static String tags(Note note) {
    return note.tags().stream().map(Tag::value).map(t -> "#" + t).collect(Collectors.joining(" "));
  }
}
