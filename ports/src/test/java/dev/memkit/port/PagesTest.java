package dev.memkit.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTest {

  private static final Origin ORIGIN = Origin.local("test");

  /**
   * A listing of {@code total} numbers served {@code size} at a time, the cursor being the next
   * offset.
   */
  private static Function<PageRequest, Either<Failure, Page<Integer>>> numbers(
      int total, AtomicInteger fetches) {
    return request -> {
      fetches.incrementAndGet();
      int from = request.cursor().map(c -> Integer.parseInt(c.value())).getOrElse(0);
      int to = Math.min(total, from + request.size());
      List<Integer> items = IntStream.range(from, to).boxed().toList();
      Option<Cursor> next =
          to < total ? Option.some(new Cursor(Integer.toString(to))) : Option.none();
      return Either.right(Page.of(items, next));
    };
  }

  @Test
  void shouldVisitEveryItemOnceWhenWalkingAllPages() {
    AtomicInteger fetches = new AtomicInteger();

    List<Integer> all = Pages.all(PageRequest.first(10), numbers(25, fetches)).get();

    assertThat(all).containsExactlyElementsOf(IntStream.range(0, 25).boxed().toList());
    assertThat(fetches).hasValue(3);
  }

  @Test
  void shouldFetchLazilyWhenStreamed() {
    AtomicInteger fetches = new AtomicInteger();

    List<Either<Failure, Integer>> firstFive =
        Pages.stream(PageRequest.first(10), numbers(1_000_000, fetches)).limit(5).toList();

    assertThat(firstFive).hasSize(5);
    assertThat(fetches).hasValue(1);
  }

  @Test
  void shouldEndWithTheFailureWhenAPageCannotBeFetched() {
    AtomicInteger fetches = new AtomicInteger();
    Function<PageRequest, Either<Failure, Page<Integer>>> numbers = numbers(30, fetches);
    Failure down = new Failure.Unavailable(ORIGIN, "down");
    Function<PageRequest, Either<Failure, Page<Integer>>> failingOnSecond =
        request -> request.cursor().isDefined() ? Either.left(down) : numbers.apply(request);

    List<Either<Failure, Integer>> items =
        Pages.stream(PageRequest.first(10), failingOnSecond).toList();

    assertThat(items).hasSize(11);
    assertThat(items.subList(0, 10)).allMatch(Either::isRight);
    assertThat(items.get(10)).isEqualTo(Either.left(down));
    assertThat(Pages.all(PageRequest.first(10), failingOnSecond)).isEqualTo(Either.left(down));
  }

  @Test
  void shouldFailInsteadOfLoopingWhenTheSameCursorComesBack() {
    Cursor stuck = new Cursor("stuck");
    Function<PageRequest, Either<Failure, Page<Integer>>> looping =
        request -> Either.right(Page.of(List.of(1), Option.some(stuck)));

    List<Either<Failure, Integer>> items = new ArrayList<>();
    Pages.stream(PageRequest.first(1), looping).limit(10).forEach(items::add);

    assertThat(items).hasSize(3);
    assertThat(items.get(2).getLeft()).isInstanceOf(Failure.Unexpected.class);
  }

  @Test
  void shouldCarryOriginDetailsWhenRemote() {
    Origin origin = Origin.remote("memos", 503, Option.some("req-1"));

    assertThat(new Failure.Unavailable(origin, "maintenance").message())
        .isEqualTo("memos is unavailable: maintenance");
    assertThat(origin.toString()).isEqualTo("memos HTTP 503 request req-1");
  }
}
