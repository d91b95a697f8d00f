package dev.memkit.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.Deck;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.card.Review;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteId;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.TagCount;
import dev.memkit.domain.schedule.FsrsState;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.ReviewState;
import dev.memkit.domain.schedule.SchedulerKind;
import dev.memkit.domain.schedule.Sm2State;
import dev.memkit.port.Failure;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.port.SearchQuery;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Files of older formats open and upgrade with nothing lost; newer ones are refused. */
class MigrationsTest {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Sm2State SM2 =
      new Sm2State(2, new BigDecimal("2.60"), 6, T0, T0.plus(Duration.ofDays(6)));
  private static final FsrsState FSRS =
      new FsrsState(FsrsState.Phase.REVIEW, 0, 3.1262, 7.2102, T0, T0.plus(Duration.ofDays(3)));

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Test
  void shouldUpgradeAVersionOneFileWithNothingLostWhenOpened() throws Exception {
    writeVersionOneFile();
    assertThat(RawFile.count(local.file(), "PRAGMA user_version")).isEqualTo(1);

    LocalStore store = local.store();

    assertThat(RawFile.count(local.file(), "PRAGMA user_version")).isEqualTo(Migrations.latest());
    assertThat(
            RawFile.count(
                local.file(),
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN"
                    + " ('reviews_card', 'cards_deck', 'note_tags_tag', 'notes_state_created')"))
        .isEqualTo(4);
    assertThat(store.decks().list().get())
        .extracting(deck -> deck.name().value())
        .containsExactly("Spanish", "German");
    DeckId spanish = store.decks().list().get().get(0).id();
    assertThat(store.deckSchedulers().scheduler(spanish).get()).isEqualTo(SchedulerKind.SM2);
    List<Card> cards =
        Pages.all(PageRequest.first(), page -> store.cards().list(spanish, page)).get();
    assertThat(cards).extracting(Card::state).containsExactly(SM2, new ReviewState.Fresh(T0));
    assertThat(cards)
        .extracting(card -> card.content().question())
        .containsExactly("la casa", "el perro");
    List<Review> history = store.reviewHistory().history(cards.get(0).id()).get();
    assertThat(history)
        .containsExactly(
            Review.of(cards.get(0).id(), Grade.PERFECT, T0, new ReviewState.Fresh(T0), SM2));
    Card german = store.cards().get(CardId.of("3")).get();
    assertThat(german.state()).isEqualTo(FSRS);
    Note note = store.notes().get(new NoteId("1")).get();
    assertThat(note.content()).isEqualTo("Ärger im #Büro and #work");
    assertThat(note.tags()).containsExactly(new Tag("Büro"), new Tag("work"));
    assertThat(note.state()).isEqualTo(NoteState.NORMAL);
    assertThat(store.tags().counts().get())
        .containsExactly(new TagCount(new Tag("Büro"), 1), new TagCount(new Tag("work"), 1));
    assertThat(
            store
                .noteSearch()
                .search(SearchQuery.of("ärger").get(), PageRequest.first())
                .get()
                .items())
        .containsExactly(note);
  }

  @Test
  void shouldKeepWorkingAfterAnUpgradeWhenWritten() throws Exception {
    writeVersionOneFile();
    LocalStore store = local.store();

    Deck created = store.decks().create(new DeckName("French")).get();
    Card card = store.cards().add(created.id(), new CardContent("la maison", "the house")).get();

    assertThat(Long.parseLong(created.id().value())).isGreaterThan(2);
    assertThat(Long.parseLong(card.id().value())).isGreaterThan(3);
    assertThat(RawFile.integrity(local.file())).isEqualTo("ok");
  }

  @Test
  void shouldLeaveTheVersionAloneWhenTheFileIsUpToDate() throws Exception {
    local.store().decks().create(new DeckName("kept")).get();

    local.reopen();

    assertThat(RawFile.count(local.file(), "PRAGMA user_version")).isEqualTo(Migrations.latest());
    assertThat(local.store().decks().list().get()).hasSize(1);
  }

  @Test
  void shouldRefuseAFileOfANewerFormatWhenOpened() throws Exception {
    local.store();
    local.close();
    int newer = Migrations.latest() + 1;
    RawFile.execute(local.file(), "PRAGMA user_version = " + newer);

    Either<Failure, LocalStore> opened = LocalStore.open(local.config(), local.clock());

    assertThat(opened.isLeft()).isTrue();
    assertThat(opened.getLeft()).isInstanceOf(Failure.Unsupported.class);
    assertThat(opened.getLeft().message())
        .contains("format version " + newer)
        .contains("upgrade memkit")
        .contains(local.file().toString());
    assertThat(RawFile.count(local.file(), "PRAGMA user_version")).isEqualTo(newer);
  }

  @Test
  void shouldListEveryMigrationResourceInVersionOrder() throws IOException {
    Path folder = Path.of("src/main/resources/dev/memkit/adapter/local/migration");
    List<String> onDisk;
    try (Stream<Path> files = Files.list(folder)) {
      onDisk =
          files
              .map(file -> file.getFileName().toString())
              .sorted(Comparator.comparingInt(MigrationsTest::version))
              .toList();
    }

    assertThat(Migrations.FILES).containsExactlyElementsOf(onDisk);
    for (int i = 0; i < onDisk.size(); i++) {
      assertThat(version(onDisk.get(i))).isEqualTo(i + 1);
      assertThat(Migrations.statements(i + 1)).isNotEmpty();
    }
  }

  private static int version(String file) {
    return Integer.parseInt(file.substring(1, file.indexOf("__")));
  }

  /** A file as version 1 of the schema stored it, written with plain SQL. */
  private void writeVersionOneFile() {
    Database database = Database.open(local.file(), Duration.ofSeconds(1), local.clock()).get();
    try {
      assertThat(Migrations.migrate(database, 1).get()).isZero();
      database
          .write(
              handle -> {
                handle.execute(
                    "INSERT INTO decks (id, name, scheduler) VALUES (1, 'Spanish', 'sm2'),"
                        + " (2, 'German', 'fsrs6')");
                long t0 = T0.toEpochMilli();
                handle.execute(
                    "INSERT INTO cards (id, deck_id, question, answer, state, due_at,"
                        + " last_review_at, sm2_repetitions, sm2_easiness, sm2_interval_days)"
                        + " VALUES (1, 1, 'la casa', 'the house', 'sm2', ?, ?, 2, '2.60', 6)",
                    SM2.due().toEpochMilli(),
                    t0);
                handle.execute(
                    "INSERT INTO cards (id, deck_id, question, answer, state, due_at)"
                        + " VALUES (2, 1, 'el perro', 'the dog', 'fresh', ?)",
                    t0);
                handle.execute(
                    "INSERT INTO cards (id, deck_id, question, answer, state, due_at,"
                        + " last_review_at, fsrs_phase, fsrs_step, fsrs_stability,"
                        + " fsrs_difficulty) VALUES (3, 2, 'der Hund', 'the dog', 'fsrs', ?, ?,"
                        + " 'REVIEW', 0, 3.1262, 7.2102)",
                    FSRS.due().toEpochMilli(),
                    t0);
                handle.execute(
                    "INSERT INTO reviews (card_id, grade, reviewed_at, state_before,"
                        + " state_after) VALUES (1, 5, ?, ?, ?)",
                    t0,
                    "fresh|" + t0,
                    "sm2|2|2.60|6|" + t0 + "|" + SM2.due().toEpochMilli());
                handle.execute(
                    "INSERT INTO notes (id, content, folded, visibility, pinned, state,"
                        + " created_at, updated_at) VALUES (1, 'Ärger im #Büro and #work',"
                        + " 'ärger im #büro and #work', 'PRIVATE', 0, 'NORMAL', ?, ?)",
                    t0,
                    t0);
                handle.execute(
                    "INSERT INTO note_tags (note_id, position, tag) VALUES (1, 0, 'Büro'),"
                        + " (1, 1, 'work')");
                return Either.right(0);
              })
          .get();
    } finally {
      database.close();
    }
  }
}
