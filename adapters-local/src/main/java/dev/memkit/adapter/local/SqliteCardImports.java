package dev.memkit.adapter.local;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.port.CardImports;
import dev.memkit.port.Failure;
import dev.memkit.port.ImportBatch;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link CardImports} in the store: a whole batch in one write transaction, so after a crash either
 * every card of a batch is in the file or none is. Duplicates are found with one query per chunk of
 * questions (through the deck's unique index) and inside the batch with a set; the new cards go in
 * with one prepared batch, and their ids are read back in insertion order (AUTOINCREMENT ids only
 * grow, and the transaction holds the write lock).
 */
final class SqliteCardImports implements CardImports {

  /** Questions looked up per query, well under SQLite's limit on parameters. */
  private static final int LOOKUP_CHUNK = 500;

  private final Database database;

  SqliteCardImports(Database database) {
    this.database = database;
  }

  @Override
  public Either<Failure, ImportBatch> importBatch(DeckId deck, List<CardContent> contents) {
    Objects.requireNonNull(deck, "deck");
    List<CardContent> batch = List.copyOf(contents);
    return database.write(
        handle -> CardRows.deck(handle, deck).map(key -> importInto(handle, deck, key, batch)));
  }

  private ImportBatch importInto(Handle handle, DeckId deck, long key, List<CardContent> batch) {
    Set<CardContent> present = existing(handle, key, batch);
    List<CardContent> fresh = new ArrayList<>();
    List<CardContent> duplicates = new ArrayList<>();
    for (CardContent content : batch) {
      // add() is false for content already in the deck or earlier in this batch.
      if (present.add(content)) {
        fresh.add(content);
      } else {
        duplicates.add(content);
      }
    }
    if (fresh.isEmpty()) {
      return new ImportBatch(List.of(), duplicates);
    }
    long last =
        handle.createQuery("SELECT coalesce(max(id), 0) FROM cards").mapTo(Long.class).one();
    ReviewState state = new ReviewState.Fresh(database.now());
    PreparedBatch insert = handle.prepareBatch(CardRows.INSERT);
    for (CardContent content : fresh) {
      ReviewStates.bind(insert, state)
          .bind("deck", key)
          .bind("question", content.question())
          .bind("answer", content.answer())
          .add();
    }
    insert.execute();
    List<Long> ids =
        handle
            .createQuery("SELECT id FROM cards WHERE id > ? ORDER BY id")
            .bind(0, last)
            .mapTo(Long.class)
            .list();
    if (ids.size() != fresh.size()) {
      throw new StoreCorrupt(
          "cards it did not expect after an import (" + ids.size() + " for " + fresh.size() + ")");
    }
    List<Card> added = new ArrayList<>(fresh.size());
    for (int i = 0; i < fresh.size(); i++) {
      added.add(Card.of(CardId.of(Keys.of(ids.get(i))), deck, fresh.get(i), state));
    }
    return new ImportBatch(added, duplicates);
  }

  /** The contents of {@code batch} that deck {@code key} already holds. */
  private static Set<CardContent> existing(Handle handle, long key, List<CardContent> batch) {
    List<String> questions = List.copyOf(new LinkedHashSet<>(questions(batch)));
    Set<CardContent> found = new HashSet<>();
    for (int from = 0; from < questions.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = questions.subList(from, Math.min(questions.size(), from + LOOKUP_CHUNK));
      handle
          .createQuery(
              "SELECT question, answer FROM cards WHERE deck_id = :deck AND question IN"
                  + " (<questions>)")
          .bind("deck", key)
          .bindList("questions", chunk)
          .map((row, context) -> CardRows.content(row.getString(1), row.getString(2)))
          .forEach(found::add);
    }
    return found;
  }

  private static List<String> questions(List<CardContent> batch) {
    List<String> questions = new ArrayList<>(batch.size());
    for (CardContent content : batch) {
      questions.add(content.question());
    }
    return questions;
  }
}
