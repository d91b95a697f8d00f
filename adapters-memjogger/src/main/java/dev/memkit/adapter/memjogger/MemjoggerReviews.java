package dev.memkit.adapter.memjogger;

import dev.memkit.domain.card.CardId;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.http.Idempotency;
import dev.memkit.port.Failure;
import dev.memkit.port.Reviews;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;

/**
 * {@link Reviews} as Memjogger's marks: {@code POST /card/:id/mark} with the grade (0 to 5, all of
 * them: the public Python wrapper allows only 1 to 5, the document 0 to 5; a mark the server
 * refuses comes back as {@code invalid_mark}, an invalid {@code grade}) and {@code client_date}. A
 * mark is never retried: if its answer is lost, it may have been recorded, and a second one would
 * be a second review. The next due day is {@code next_exam_date} of {@code GET /card/:id}.
 */
final class MemjoggerReviews implements Reviews {

  private final Remote remote;
  private final FreshCards fresh;

  MemjoggerReviews(Remote remote, FreshCards fresh) {
    this.remote = remote;
    this.fresh = fresh;
  }

  @Override
  public Either<Failure, LocalDate> mark(CardId card, Grade grade) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(grade, "grade");
    return Ids.card(card)
        .flatMap(
            number ->
                remote
                    .call(
                        Idempotency.NOT_IDEMPOTENT,
                        "card " + card.value(),
                        api ->
                            api.mark(
                                number, new Wire.Mark(grade.value(), remote.today().toString())))
                    .peek(next -> fresh.reviewed(number)))
        .flatMap(next -> Mapping.date(next.nextExamDate()));
  }

  @Override
  public Either<Failure, LocalDate> nextDue(CardId card) {
    Objects.requireNonNull(card, "card");
    return Ids.card(card)
        .flatMap(
            number ->
                remote.call(
                    Idempotency.IDEMPOTENT, "card " + card.value(), api -> api.card(number)))
        .flatMap(
            envelope ->
                envelope.card() == null
                    ? Mapping.unexpected("no card")
                    : Mapping.date(envelope.card().nextExamDate()));
  }
}
