package dev.memkit.adapter.memjogger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.CardId;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.validation.Violation;
import dev.memkit.port.Failure;
import dev.memkit.port.PageRequest;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.card.CardFixtures;
import dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator;
import dev.memkit.testkit.emulator.memjogger.Subscription;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error answer of the document, and what the adapter makes of it. */
class MemjoggerErrorsTest {

  private final MutableClock clock = MutableClock.standard();
  private final MemjoggerEmulator emulator = MemjoggerEmulator.create(clock).start();
  private final EmulatedMemjogger backend = EmulatedMemjogger.on(emulator, clock, ZoneId.of("UTC"));
  private final Memjogger memjogger = backend.memjogger;

  @BeforeEach
  void signIn() {
    // Log in first, so that the answers queued below go to the calls under test.
    memjogger.decks().list().get();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private DeckId newDeck() {
    return memjogger.decks().create(CardFixtures.aDeckName()).get().id();
  }

  private Card newCard() {
    return memjogger.cards().add(newDeck(), new CardContent("q", "a")).get();
  }

  private static <F extends Failure> F failure(Either<Failure, ?> result, Class<F> type) {
    assertThat(result.isLeft()).as("expected a failure, got %s", result).isTrue();
    assertThat(result.getLeft()).isInstanceOf(type);
    return type.cast(result.getLeft());
  }

  private static String field(Failure.Invalid invalid) {
    assertThat(invalid.violations()).hasSize(1);
    return invalid.violations().head().field();
  }

  @Test
  void shouldBeInvalidNameWhenTheServiceAnswersCardSetNameInvalid() {
    emulator.answerNext(422, "{\"errors\": [\"card_set_name_invalid\"]}");

    var invalid =
        failure(memjogger.decks().create(DeckName.of("fine").get()), Failure.Invalid.class);

    assertThat(field(invalid)).isEqualTo("name");
    assertThat(invalid.origin().httpStatus()).contains(422);
  }

  @Test
  void shouldBeInvalidContentWhenTheServiceAnswersEmptyField() {
    DeckId deck = newDeck();
    emulator.answerNext(422, "{\"errors\": [\"empty_field\"]}");

    var invalid =
        failure(memjogger.cards().add(deck, new CardContent("q", "a")), Failure.Invalid.class);

    assertThat(field(invalid)).isEqualTo("content");
  }

  @Test
  void shouldBeInvalidQuestionOrAnswerWhenTheServiceSaysTooLong() {
    Card card = newCard();
    emulator.answerNext(422, "{\"errors\": [\"question_too_long\", \"answer_too_long\"]}");

    var invalid =
        failure(
            memjogger.cards().edit(card.id(), new CardContent("q2", "a2")), Failure.Invalid.class);

    assertThat(invalid.violations().map(Violation::field)).containsExactly("question", "answer");
  }

  @Test
  void shouldBeInvalidGradeWhenTheServiceAnswersInvalidMark() {
    Card card = newCard();
    emulator.answerNext(422, "{\"errors\": [\"invalid_mark\"]}");

    var invalid =
        failure(memjogger.reviews().mark(card.id(), Grade.BLACKOUT), Failure.Invalid.class);

    assertThat(field(invalid)).isEqualTo("grade");
  }

  @Test
  void shouldBeInvalidDayWhenTheServiceAnswersInvalidDateFormat() {
    DeckId deck = newDeck();
    emulator.answerNext(422, "{\"errors\": [\"invalid_date_format\"]}");

    var invalid =
        failure(
            memjogger.cards().listDue(deck, LocalDate.of(2026, 1, 5), PageRequest.first()),
            Failure.Invalid.class);

    assertThat(field(invalid)).isEqualTo("day");
  }

  @Test
  void shouldBeInvalidRequestWhenTheCodeIsUnknown() {
    emulator.answerNext(422, "{\"errors\": [\"something_new\"]}");

    var invalid = failure(memjogger.decks().create(DeckName.of("x").get()), Failure.Invalid.class);

    assertThat(field(invalid)).isEqualTo("request");
    assertThat(invalid.message()).contains("something_new");
  }

  @Test
  void shouldBeConflictWhenTheNameIsTaken() {
    DeckName name = DeckName.of("Spanish").get();
    memjogger.decks().create(name).get();

    var conflict = failure(memjogger.decks().create(name), Failure.Conflict.class);

    assertThat(conflict.origin().httpStatus()).contains(422);
    assertThat(conflict.origin().requestId().isDefined()).isTrue();
  }

  @Test
  void shouldBeForbiddenSubscriptionRequiredWhenTheTrialExpired() {
    Card card = newCard();
    backend.account.subscription(Subscription.TRIAL_EXPIRED);

    var forbidden =
        failure(memjogger.decks().create(DeckName.of("German").get()), Failure.Forbidden.class);

    assertThat(forbidden.reason()).startsWith("subscription required").contains("trial");
    assertThat(forbidden.origin().httpStatus()).contains(403);
    assertThat(memjogger.reviews().mark(card.id(), Grade.PERFECT).isRight()).isTrue();
    assertThat(memjogger.cards().get(card.id()).isRight()).isTrue();
  }

  @Test
  void shouldBeForbiddenSubscriptionRequiredWhenTheSubscriptionExpired() {
    Card card = newCard();
    backend.account.subscription(Subscription.SUBSCRIPTION_EXPIRED);

    var forbidden = failure(memjogger.cards().delete(card.id()), Failure.Forbidden.class);

    assertThat(forbidden.reason())
        .startsWith("subscription required")
        .contains("subscription has expired");
  }

  @Test
  void shouldBeNotFoundWithStatusAndRequestIdWhenTheServiceAnswers404() {
    Card card = newCard();
    memjogger.cards().delete(card.id()).get();

    var missing = failure(memjogger.cards().get(card.id()), Failure.NotFound.class);

    assertThat(missing.what()).isEqualTo("card " + card.id().value());
    assertThat(missing.origin().httpStatus()).contains(404);
    assertThat(missing.origin().requestId().get()).startsWith("emu-");
  }

  @Test
  void shouldBeUnexpectedWhenTheServiceCannotReadTheRequest() {
    emulator.answerNext(400, "");

    failure(memjogger.decks().create(DeckName.of("x").get()), Failure.Unexpected.class);
  }

  @Test
  void shouldBeUnavailableWhenTheServiceFailsAndTheCallIsACreate() {
    emulator.answerNext(500, "");

    var down = failure(memjogger.decks().create(DeckName.of("x").get()), Failure.Unavailable.class);

    assertThat(down.origin().httpStatus()).contains(500);
  }

  @Test
  void shouldBeRateLimitedWithTheWaitWhenTheServiceAnswers429() {
    emulator.answerNext(429, "");

    var limited =
        failure(memjogger.decks().create(DeckName.of("x").get()), Failure.RateLimited.class);

    assertThat(limited.retryAfter()).isEqualTo(Option.none());
  }

  @Test
  void shouldFailWithoutARequestWhenAnIdIsNotANumber() {
    emulator.clearRequests();

    failure(memjogger.decks().get(DeckId.of("spanish")), Failure.NotFound.class);
    failure(memjogger.cards().get(CardId.of("12a")), Failure.NotFound.class);
    failure(memjogger.reviews().mark(CardId.of("-1"), Grade.PERFECT), Failure.NotFound.class);
    failure(
        memjogger.exports().export(DeckId.of("x"), dev.memkit.port.ExportFormat.CSV),
        Failure.NotFound.class);

    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void shouldFailWithoutARequestWhenTheCursorOrTheRangeIsInvalid() {
    DeckId deck = newDeck();
    emulator.clearRequests();

    var cursor =
        failure(
            memjogger
                .cards()
                .list(deck, PageRequest.after(new dev.memkit.port.Cursor("page 2"), 10)),
            Failure.Invalid.class);
    var days = failure(memjogger.forecasts().forecast(Option.none(), 0), Failure.Invalid.class);

    assertThat(field(cursor)).isEqualTo("cursor");
    assertThat(field(days)).isEqualTo("days");
    assertThat(emulator.requests()).isEmpty();
  }

  @Test
  void shouldIgnoreUnknownFieldsWhenReading() {
    emulator.answerNext(
        200,
        "{\"card_sets\": [{\"id\": 7, \"name\": \"Spanish\", \"colour\": \"red\","
            + " \"exam_count\": {\"old\": 2}}], \"server\": \"v2\"}");

    var decks = memjogger.decks().list().get();

    assertThat(decks).extracting(deck -> deck.id().value()).containsExactly("7");
  }

  @Test
  void shouldBeUnexpectedWhenTheAnswerLacksWhatTheDocumentPromises() {
    emulator.answerNext(200, "{\"card_sets\": [{\"name\": \"no id\"}]}");

    var unexpected = failure(memjogger.decks().list(), Failure.Unexpected.class);

    assertThat(unexpected.origin().httpStatus()).contains(200);
  }
}
