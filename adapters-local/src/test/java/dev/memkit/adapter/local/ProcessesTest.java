package dev.memkit.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.CardContent;
import dev.memkit.domain.card.DeckId;
import dev.memkit.domain.card.DeckName;
import dev.memkit.port.Failure;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several processes on one store file: they take turns, and a clear failure when one waits. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ProcessesTest {

  @RegisterExtension final LocalStoreExtension local = new LocalStoreExtension();

  @Test
  void shouldKeepEveryCardWhenTwoProcessesImportAtOnce() throws Exception {
    DeckId deck = local.store().decks().create(new DeckName("shared")).get().id();
    local.close();
    try (Child first = importer(deck, "first");
        Child second = importer(deck, "second")) {
      first.await("ready");
      second.await("ready");
      first.send("go");
      second.send("go");
      first.await("done");
      second.await("done");
      first.closeInput();
      second.closeInput();

      assertThat(first.waitFor()).as(first.errors()).isZero();
      assertThat(second.waitFor()).as(second.errors()).isZero();
    }

    assertThat(RawFile.integrity(local.file())).isEqualTo("ok");
    List<CardContent> contents =
        Pages.all(
                PageRequest.first(Keys.MAX_PAGE_SIZE),
                page -> local.store().cards().list(deck, page))
            .get()
            .stream()
            .map(card -> card.content())
            .toList();
    assertThat(contents).hasSize(4_000).doesNotHaveDuplicates();
    assertThat(contents).filteredOn(c -> c.question().startsWith("first ")).hasSize(2_000);
    assertThat(contents).filteredOn(c -> c.question().startsWith("second ")).hasSize(2_000);
  }

  @Test
  void shouldFailUnavailableSayingLockedWhenAnotherProcessHoldsTheFile() throws Exception {
    LocalStore store = local.open(local.config().withBusyTimeout(Duration.ofMillis(200)));
    try (Child locker =
        Child.start(local.file().getParent(), LockChild.class, local.file().toString())) {
      locker.await("locked");

      Either<Failure, ?> write = store.decks().create(new DeckName("blocked"));
      Either<Failure, ?> read = store.decks().list();

      assertThat(write.isLeft()).as("write while locked: %s", write).isTrue();
      assertThat(write.getLeft()).isInstanceOf(Failure.Unavailable.class);
      assertThat(write.getLeft().message())
          .contains("locked")
          .contains("another memkit process")
          .contains(local.file().toString());
      assertThat(read.isRight()).as("reads go on in WAL mode: %s", read).isTrue();

      locker.closeInput();
      assertThat(locker.waitFor()).as(locker.errors()).isZero();
    } finally {
      store.close();
    }
    LocalStore after = local.store();
    assertThat(after.decks().create(new DeckName("free again")).isRight()).isTrue();
    assertThat(after.decks().list().get())
        .extracting(d -> d.name().value())
        .containsExactly("free again");
  }

  private Child importer(DeckId deck, String prefix) throws Exception {
    return Child.start(
        local.file().getParent(),
        ImportChild.class,
        local.file().toString(),
        deck.value(),
        prefix,
        "2000",
        "100");
  }
}
