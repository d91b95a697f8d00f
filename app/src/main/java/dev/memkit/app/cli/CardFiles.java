package dev.memkit.app.cli;

import dev.memkit.app.transfer.CardFormat;
import dev.memkit.app.transfer.CardLine;
import dev.memkit.app.usecase.ImportCards.Row;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reading card files for {@code memkit cards import}: the format from the option or the file name,
 * strict UTF-8, and every I/O problem as one line and an exit code.
 */
final class CardFiles {

  private CardFiles() {}

  /** The format asked for, else the one the file name says; exit 2 when neither tells. */
  static CardFormat format(Option<String> asked, String fileName, Option<CardFormat> fallback) {
    if (asked.isDefined()) {
      return CardFormat.named(asked.get())
          .getOrElseThrow(
              () ->
                  Outcomes.exit(
                      ExitCodes.USAGE, "unknown format " + asked.get() + "; use csv or jsonl"));
    }
    return CardFormat.ofFileName(fileName)
        .orElse(fallback)
        .getOrElseThrow(
            () ->
                Outcomes.exit(
                    ExitCodes.USAGE,
                    "cannot tell the format of "
                        + fileName
                        + " from its name; add --format csv or --format jsonl"));
  }

  /** Every row of the file ({@code -}: standard input), as the use case takes them. */
  static List<Row> read(Path file, InputStream standardInput, CardFormat format) {
    boolean stdin = file.toString().equals("-");
    try (InputStream in = stdin ? standardInput : Files.newInputStream(file)) {
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  in,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)));
      List<Row> rows = new ArrayList<>();
      Iterator<CardLine> lines = format.read(reader);
      while (lines.hasNext()) {
        rows.add(row(lines.next()));
      }
      return rows;
    } catch (NoSuchFileException e) {
      throw Outcomes.exit(ExitCodes.NOT_FOUND, "file " + file + " not found");
    } catch (AccessDeniedException e) {
      throw Outcomes.exit(ExitCodes.FORBIDDEN, "not allowed to read " + file);
    } catch (UncheckedIOException e) {
      throw unreadable(file, e.getCause());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static RuntimeException unreadable(Path file, IOException e) {
    if (e instanceof CharacterCodingException) {
      return Outcomes.exit(ExitCodes.INVALID, file + " is not UTF-8 text");
    }
    return Outcomes.exit(ExitCodes.INVALID, "cannot read " + file + ": " + e.getMessage());
  }

  private static Row row(CardLine line) {
    if (line instanceof CardLine.Read read) {
      return new Row.Card(read.line(), read.card().question(), read.card().answer());
    }
    CardLine.Unreadable unreadable = (CardLine.Unreadable) line;
    return new Row.Unreadable(unreadable.line(), unreadable.reason());
  }
}
