package dev.memkit.adapter.memos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.Visibility;
import dev.memkit.port.Failure;
import dev.memkit.port.NoteQuery;
import dev.memkit.port.Page;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.port.SearchQuery;
import dev.memkit.port.Secret;
import dev.memkit.testkit.emulator.memos.MemosEmulator;
import dev.memkit.testkit.emulator.memos.MemosEmulator.Recorded;
import io.vavr.control.Either;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemosAdapterTest {

  private final EmulatedMemos backend = EmulatedMemos.start();

  @AfterEach
  void stop() {
    backend.close();
  }

  private Note create(String content) {
    return backend.memos().notes().create(NoteDraft.of(content).get()).get();
  }

  private List<Recorded> sent(String method, String path) {
    return backend.emulator.requests().stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  private static String param(Recorded request, String name) {
    for (String pair : request.rawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return "(absent)";
  }

  @Test
  void shouldEndListingWhenNextPageTokenIsEmpty() {
    for (int i = 0; i < 3; i++) {
      create("note " + i);
    }

    Page<Note> first = backend.memos().notes().list(NoteQuery.normal(), PageRequest.first(2)).get();
    Page<Note> second =
        backend
            .memos()
            .notes()
            .list(NoteQuery.normal(), first.next().map(c -> PageRequest.after(c, 2)).get())
            .get();

    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(1);
    assertThat(second.isLast()).isTrue();
  }

  @Test
  void shouldAlwaysSendPageSizeAndUrlEncodeTheToken() {
    for (int i = 0; i < 3; i++) {
      create("note " + i);
    }

    Pages.all(PageRequest.first(2), page -> backend.memos().notes().list(NoteQuery.normal(), page))
        .get();

    List<Recorded> lists = sent("GET", "/api/v1/memos");
    assertThat(lists).hasSize(2).allSatisfy(r -> assertThat(r.rawQuery()).contains("pageSize=2"));
    // The emulator's tokens are standard base64 starting with "+", as the real ones may.
    assertThat(lists.get(1).rawQuery()).contains("pageToken=%2B%2B%2B%2B");
  }

  @Test
  void shouldEscapeQuotesAndBackslashesWhenBuildingCelStrings() {
    assertThat(Cel.string("say \"hi\" \\ there")).isEqualTo("\"say \\\"hi\\\" \\\\ there\"");
    assertThat(Cel.string("a\nb")).isEqualTo("\"a\\nb\"");
    assertThat(new Cel().contains("x\"y").tag(new Tag("work")).pinned().build())
        .isEqualTo("content.contains(\"x\\\"y\") && \"work\" in tags && pinned");
  }

  @Test
  void shouldFindTextWithQuotesAndBackslashesWhenSearching() {
    Note tricky = create("path C:\\temp and \"quoted\" && more");
    create("plain");

    List<Note> hits =
        Pages.all(
                PageRequest.first(),
                page ->
                    backend
                        .memos()
                        .search()
                        .search(SearchQuery.of("C:\\temp and \"quoted\" &&").get(), page))
            .get();

    assertThat(hits).extracting(Note::id).containsExactly(tricky.id());
    assertThat(param(sent("GET", "/api/v1/memos").get(0), "filter"))
        .isEqualTo("content.contains(\"C:\\\\temp and \\\"quoted\\\" &&\")");
  }

  @Test
  void shouldSendSnakeCaseUpdateMaskOfChangedFieldsOnly() {
    Note note = create("masked");

    backend.memos().notes().update(note.id(), NoteChange.pinned(true)).get();
    backend.memos().notes().update(note.id(), NoteChange.archive()).get();
    backend
        .memos()
        .notes()
        .update(
            note.id(),
            NoteChange.of(
                    io.vavr.control.Option.some("new"),
                    io.vavr.control.Option.some(Visibility.PUBLIC),
                    io.vavr.control.Option.none(),
                    io.vavr.control.Option.none())
                .get())
        .get();

    List<Recorded> patches = sent("PATCH", "/api/v1/memos/" + note.id().value());
    assertThat(patches)
        .extracting(r -> param(r, "updateMask"))
        .containsExactly("pinned", "state", "content,visibility");
  }

  @Test
  void shouldOrderByAipStringWhenListing() {
    assertThat(MemosNotes.orderBy(dev.memkit.port.NoteOrder.newestFirst().withPinnedFirst()))
        .isEqualTo("pinned desc, create_time desc");
    assertThat(MemosNotes.orderBy(dev.memkit.port.NoteOrder.recentlyUpdatedFirst()))
        .isEqualTo("update_time desc");
  }

  @Test
  void shouldFailUnauthenticatedWhenTokenIsRejectedWithPlainText401() {
    Either<Failure, Memos> connected =
        backend.connect(
            backend
                .config
                .withRequestLog(backend.log::add)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
                .withDialect(Memos.Dialect.CURRENT)
                .withToken(Secret.of("memos_pat_wrong_token_1234567890")));

    assertThat(connected.getLeft()).isInstanceOf(Failure.Unauthenticated.class);
    assertThat(connected.getLeft().message()).doesNotContain("memos_pat_wrong_token_1234567890");
    assertThat(connected.getLeft().origin().httpStatus()).contains(401);
  }

  @Test
  void shouldDetectCurrentDialectAndVersionWhenConnecting() {
    Memos memos = backend.memos();

    assertThat(memos.dialect()).isEqualTo(Memos.Dialect.CURRENT);
    assertThat(memos.serverVersion()).isEqualTo("0.30.0");
  }

  @Test
  void shouldRefuseServerOlderThan026WhenConnecting() {
    try (EmulatedMemos old = EmulatedMemos.start("0.25.3")) {
      Failure failure = old.connect(old.config).getLeft();

      assertThat(failure).isInstanceOf(Failure.Unsupported.class);
      assertThat(failure.message())
          .contains("unsupported Memos version 0.25.3; 0.26 or later is needed");
    }
  }

  @Test
  void shouldAcceptNewerVersionsWhenConnecting() {
    assertThat(Memos.supported("0.26.0")).isTrue();
    assertThat(Memos.supported("v0.31.2")).isTrue();
    assertThat(Memos.supported("1.0.0")).isTrue();
    assertThat(Memos.supported("0.25.9")).isFalse();
    assertThat(Memos.supported("garbage")).isFalse();
  }

  @Test
  void shouldNeverShowTheTokenInLogsOrFailures() {
    List<String> messages = new ArrayList<>();
    create("hello");
    backend.emulator.failNext(5);
    messages.add(
        backend.memos().notes().get(new dev.memkit.domain.note.NoteId("x")).getLeft().message());
    messages.add(
        backend
            .memos()
            .notes()
            .get(new dev.memkit.domain.note.NoteId("missing"))
            .getLeft()
            .message());
    Failure rejected =
        backend.connect(backend.config.withToken(Secret.of(MemosEmulator.TOKEN + "x"))).getLeft();
    messages.add(rejected.message());
    messages.add(rejected.toString());
    messages.add(backend.config.toString());

    assertThat(backend.log).isNotEmpty();
    assertThat(backend.log).noneMatch(line -> line.contains(MemosEmulator.TOKEN));
    assertThat(messages).noneMatch(text -> text.contains(MemosEmulator.TOKEN));
    assertThat(backend.emulator.requests())
        .noneMatch(
            r ->
                r.rawQuery().contains(MemosEmulator.TOKEN)
                    || r.body().contains(MemosEmulator.TOKEN));
  }

  @Test
  void shouldRetryReadAfterServerErrorWithBackOff() {
    Note note = create("retry me");
    backend.emulator.failNext(2);

    Either<Failure, Note> fetched = backend.memos().notes().get(note.id());

    assertThat(fetched.get().id()).isEqualTo(note.id());
    assertThat(backend.sleeper.slept()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void shouldWaitRetryAfterWhenRateLimited() {
    Note note = create("limited");
    backend.emulator.rateLimitNext(1, 7);

    assertThat(backend.memos().notes().get(note.id()).isRight()).isTrue();
    assertThat(backend.sleeper.slept()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void shouldCreateExactlyOnceWhenAnswerToCreateIsLost() {
    backend.memos();
    backend.emulator.dropAnswerToNext(1);

    Either<Failure, Note> created = backend.memos().notes().create(NoteDraft.of("only once").get());

    assertThat(created.get().content()).isEqualTo("only once");
    assertThat(sent("POST", "/api/v1/memos")).hasSize(1);
    assertThat(
            Pages.all(PageRequest.first(), p -> backend.memos().notes().list(NoteQuery.normal(), p))
                .get())
        .hasSize(1);
  }

  @Test
  void shouldSendCreateAgainOnlyAfterCheckingWhenConnectionDropsBeforeIt() {
    backend.memos();
    backend.emulator.dropNext(1);

    Either<Failure, Note> created =
        backend.memos().notes().create(NoteDraft.of("second try").get());

    assertThat(created.get().content()).isEqualTo("second try");
    List<Recorded> posts = sent("POST", "/api/v1/memos");
    assertThat(posts).hasSize(2);
    assertThat(param(posts.get(0), "memoId")).isEqualTo(param(posts.get(1), "memoId"));
    assertThat(sent("GET", "/api/v1/memos/" + created.get().id().value())).hasSize(1);
  }

  @Test
  void shouldRetryWhenAnswerIsSlowerThanReadTimeout() {
    Memos memos =
        backend
            .connect(backend.config.withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(100)))
            .get();
    backend.emulator.slowDownNext(1, Duration.ofMillis(300));

    assertThat(memos.account().serviceInfo().get().version()).isEqualTo("0.30.0");
    assertThat(backend.sleeper.slept()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void shouldMapNotFoundStatusToNotFound() {
    Failure failure =
        backend.memos().notes().get(new dev.memkit.domain.note.NoteId("nope")).getLeft();

    assertThat(failure).isInstanceOf(Failure.NotFound.class);
    assertThat(failure.origin().httpStatus()).contains(404);
  }

  @Test
  void shouldDescribeBackendWithItsCapabilities() {
    assertThat(Memos.descriptor().name()).isEqualTo("memos");
    assertThat(Memos.descriptor().capabilities()).hasSize(6);
  }
}
