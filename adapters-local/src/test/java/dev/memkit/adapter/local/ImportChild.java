package dev.memkit.adapter.local;

import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.port.Failure;
import dev.memkit.port.ImportBatch;
import dev.memkit.testkit.MutableClock;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM importing cards: {@code ImportChild DB DECK_ID PREFIX TOTAL BATCH}. Prints {@code
 * ready} once the store is open, waits for a line on stdin (so two children can start together),
 * imports {@code TOTAL} cards in batches of {@code BATCH}, printing {@code saved N} after each
 * committed batch, then {@code done}, and exits 0 when stdin is closed.
 */
public final class ImportChild {

  private ImportChild() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    DeckId deck = DeckId.of(args[1]);
    String prefix = args[2];
    int total = Integer.parseInt(args[3]);
    int batch = Integer.parseInt(args[4]);
    BufferedReader stdin =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    Either<Failure, LocalStore> opened =
        LocalStore.open(
            LocalStoreConfig.of(db, LocalStoreExtension.STUDY_DAY), MutableClock.standard());
    if (opened.isLeft()) {
      Child.fail(opened.getLeft());
    }
    try (LocalStore store = opened.get()) {
      Child.say("ready");
      stdin.readLine();
      int saved = 0;
      while (saved < total) {
        List<CardContent> contents = new ArrayList<>();
        for (int i = saved; i < Math.min(total, saved + batch); i++) {
          contents.add(content(prefix, i));
        }
        Either<Failure, ImportBatch> imported = store.cardImports().importBatch(deck, contents);
        if (imported.isLeft()) {
          Child.fail(imported.getLeft());
        }
        saved += imported.get().added().size();
        Child.say("saved " + saved);
      }
      Child.say("done");
      while (stdin.readLine() != null) {
        // Wait for the parent to close stdin (or to kill us).
      }
    }
  }

  /** The {@code i}th card of {@code prefix}: a few dozen characters on each side. */
  static CardContent content(String prefix, int i) {
    return new CardContent(
        prefix + " question " + i + ": what is the word for the thing numbered " + i + "?",
        prefix + " answer " + i + ": it is the thing numbered " + i + ", of course");
  }
}
