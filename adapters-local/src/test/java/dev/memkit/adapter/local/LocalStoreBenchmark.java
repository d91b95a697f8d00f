package dev.memkit.adapter.local;

import dev.memkit.domain.card.Card;
import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.domain.schedule.DueForecast;
import dev.memkit.domain.schedule.Grade;
import dev.memkit.domain.schedule.StudyDay;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.testkit.MutableClock;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test: how fast the store is with 100,000 cards. Imports them into a fresh file in a temp
 * directory in batches of 1,000, reviews a few thousand so that the due dates spread over the
 * coming weeks, runs a 30-day forecast 20 times, and prints the timings and the file's size.
 *
 * <p>Run it from the repository root after {@code mvn -o test-compile -pl
 * domain,ports,testkit,adapters-local}, with the modules' own classes first on the class path:
 *
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt -pl adapters-local
 * M=domain/target/classes:ports/target/classes:testkit/target/classes
 * java -cp "$M:adapters-local/target/classes:adapters-local/target/test-classes:$(cat cp.txt)" \
 *     dev.memkit.adapter.local.LocalStoreBenchmark
 * </pre>
 */
public final class LocalStoreBenchmark {

  private static final int CARDS = 100_000;
  private static final int BATCH = 1_000;
  private static final int REVIEWS = 5_000;
  private static final int RUNS = 20;

  private LocalStoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("memkit-benchmark-");
    Path file = dir.resolve("memkit.db");
    MutableClock clock = MutableClock.at(Instant.parse("2026-01-05T09:00:00Z"), ZoneId.of("UTC"));
    StudyDay studyDay = StudyDay.of(clock.getZone(), LocalTime.of(4, 0));
    try (LocalStore store =
        LocalStore.open(LocalStoreConfig.of(file, studyDay), clock)
            .getOrElseThrow(f -> new IllegalStateException(f.message()))) {
      DeckId deck = store.decks().create(new DeckName("benchmark")).get().id();

      long start = System.nanoTime();
      for (int from = 0; from < CARDS; from += BATCH) {
        List<CardContent> batch = new ArrayList<>(BATCH);
        for (int i = from; i < from + BATCH; i++) {
          batch.add(ImportChild.content("bench", i));
        }
        store.cardImports().importBatch(deck, batch).get();
      }
      double importSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "import of %,d cards in batches of %,d: %.2f s%n", CARDS, BATCH, importSeconds);

      // Spread some due dates over the coming weeks, as a real collection has them.
      start = System.nanoTime();
      Grade[] grades = Grade.values();
      Page<Card> page = store.cards().list(deck, PageRequest.first(Keys.MAX_PAGE_SIZE)).get();
      int reviewed = 0;
      while (reviewed < REVIEWS) {
        for (Card card : page.items()) {
          if (reviewed < REVIEWS) {
            store.reviews().mark(card.id(), grades[reviewed % grades.length]).get();
            reviewed++;
          }
        }
        page = store.cards().list(deck, new PageRequest(page.next(), Keys.MAX_PAGE_SIZE)).get();
      }
      double reviewMillis = (System.nanoTime() - start) / 1e6;
      System.out.printf(
          "%,d reviews (mark + history, one transaction each): %.2f ms per review%n",
          REVIEWS, reviewMillis / REVIEWS);

      clock.advance(Duration.ofDays(1));
      double[] millis = new double[RUNS];
      DueForecast forecast = null;
      for (int run = 0; run < RUNS; run++) {
        long begin = System.nanoTime();
        forecast = store.forecasts().forecast(Option.none(), 30).get();
        millis[run] = (System.nanoTime() - begin) / 1e6;
      }
      Arrays.sort(millis);
      System.out.printf(
          "forecast over 30 days on %,d cards, %d runs: min %.2f ms, median %.2f ms, max %.2f ms"
              + " (first run included)%n",
          CARDS, RUNS, millis[0], (millis[RUNS / 2 - 1] + millis[RUNS / 2]) / 2, millis[RUNS - 1]);
      System.out.printf(
          "  overdue %,d, due today %,d, total in range %,d%n",
          forecast.overdue(), forecast.dueToday(), forecast.total());

      long begin = System.nanoTime();
      store.forecasts().forecast(Option.none(), 3660).get();
      System.out.printf("forecast over 3,660 days: %.2f ms%n", (System.nanoTime() - begin) / 1e6);

      begin = System.nanoTime();
      int walked =
          Pages.all(PageRequest.first(Keys.MAX_PAGE_SIZE), p -> store.cards().list(deck, p))
              .get()
              .size();
      System.out.printf(
          "listing all %,d cards, %d a page: %.2f ms%n",
          walked, Keys.MAX_PAGE_SIZE, (System.nanoTime() - begin) / 1e6);

      begin = System.nanoTime();
      LocalDate today = studyDay.dayOf(clock.instant());
      int due = store.cards().listDue(deck, today, PageRequest.first(50)).get().items().size();
      System.out.printf(
          "first page of %d due cards: %.2f ms%n", due, (System.nanoTime() - begin) / 1e6);
    }
    System.out.printf("file size: %.1f MB (%,d bytes)%n", Files.size(file) / 1e6, Files.size(file));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path path : files.toList()) {
        Files.delete(path);
      }
    }
    Files.delete(dir);
  }
}
