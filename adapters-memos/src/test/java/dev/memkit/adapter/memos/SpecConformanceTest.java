package dev.memkit.adapter.memos;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.memkit.domain.account.ProfileChange;
import dev.memkit.domain.note.Attachment;
import dev.memkit.domain.note.AttachmentUpload;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteChange;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.note.Tag;
import dev.memkit.domain.note.Visibility;
import dev.memkit.domain.note.Webhook;
import dev.memkit.domain.note.WebhookDraft;
import dev.memkit.port.NoteOrder;
import dev.memkit.port.NoteQuery;
import dev.memkit.port.PageRequest;
import dev.memkit.port.Pages;
import dev.memkit.port.SearchQuery;
import dev.memkit.testkit.emulator.memos.MemosEmulator.Recorded;
import io.vavr.control.Option;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every request the adapter sends in the current dialect (recorded at the emulator) must match the
 * real Memos v0.30.0 OpenAPI spec: method, path, query parameters and JSON body. The file download
 * under {@code /file} is not part of the spec (a plain HTTP handler) and is skipped.
 */
class SpecConformanceTest {

  private static final OpenApiInteractionValidator SPEC =
      OpenApiInteractionValidator.createForSpecificationUrl(
              Objects.requireNonNull(
                      SpecConformanceTest.class.getResource("/openapi/memos-v0.30.0-openapi.yaml"))
                  .toString())
          .build();

  private final EmulatedMemos backend = EmulatedMemos.start();

  @AfterEach
  void stop() {
    backend.close();
  }

  static Request request(Recorded recorded) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(recorded.method(), recorded.path());
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String pair : recorded.rawQuery().split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    query.forEach((name, values) -> builder.withQueryParam(name, values));
    if (!recorded.body().isEmpty()) {
      builder.withContentType(recorded.contentType()).withBody(recorded.body());
    }
    return builder.build();
  }

  static List<String> violations(List<Recorded> requests) {
    List<String> problems = new ArrayList<>();
    for (Recorded recorded : requests) {
      if (recorded.path().startsWith("/file/")) {
        continue;
      }
      ValidationReport report = SPEC.validateRequest(request(recorded));
      if (report.hasErrors()) {
        problems.add(
            recorded.method()
                + " "
                + recorded.path()
                + "?"
                + recorded.rawQuery()
                + " "
                + recorded.body()
                + " -> "
                + report.getMessages());
      }
    }
    return problems;
  }

  @Test
  void shouldSendOnlyRequestsTheSpecAllowsWhenUsingEveryPort() {
    Memos memos = backend.memos();
    Note note =
        memos
            .notes()
            .create(NoteDraft.of("first #work \"quoted\" \\", Visibility.PUBLIC, true).get())
            .get();
    memos.notes().create(NoteDraft.of("second #home").get()).get();
    memos.notes().get(note.id()).get();
    memos.notes().update(note.id(), NoteChange.content("edited #work").get()).get();
    memos.notes().update(note.id(), NoteChange.visibility(Visibility.PROTECTED)).get();
    memos.notes().update(note.id(), NoteChange.pinned(false)).get();
    memos.notes().update(note.id(), NoteChange.archive()).get();
    memos.notes().update(note.id(), NoteChange.restore()).get();
    NoteQuery query =
        NoteQuery.normal()
            .withTag(new Tag("work"))
            .withVisibility(Visibility.PROTECTED)
            .onlyPinned()
            .orderedBy(NoteOrder.recentlyUpdatedFirst().withPinnedFirst());
    memos.notes().list(query, PageRequest.first(1)).get();
    Pages.all(
            PageRequest.first(1), page -> memos.notes().list(NoteQuery.normal().inAnyState(), page))
        .get();
    Pages.all(
            PageRequest.first(1),
            page ->
                memos.search().search(SearchQuery.of("edit").get().withTag(new Tag("work")), page))
        .get();
    Attachment attachment =
        memos
            .attachments()
            .upload(
                AttachmentUpload.of("a.txt", "text/plain", new byte[] {1, 2, 3}).get(),
                Option.some(note.id()))
            .get();
    Attachment loose =
        memos
            .attachments()
            .upload(AttachmentUpload.of("b.png", "image/png", new byte[] {9}).get(), Option.none())
            .get();
    Pages.all(PageRequest.first(1), memos.attachments()::list).get();
    memos.attachments().download(attachment.id()).get();
    memos.attachments().attach(note.id(), List.of(attachment.id(), loose.id())).get();
    memos.attachments().delete(loose.id()).get();
    memos.tags().counts().get();
    Webhook webhook =
        memos.webhooks().create(WebhookDraft.of("ci", "https://ci.example.com/hook").get()).get();
    memos.webhooks().list().get();
    memos.webhooks().delete(webhook.id()).get();
    memos.account().whoAmI().get();
    memos.account().serviceInfo().get();
    memos.account().updateProfile(ProfileChange.displayName("Steve").get()).get();
    memos
        .account()
        .updateProfile(
            ProfileChange.of(
                    Option.none(),
                    Option.some("s@example.com"),
                    Option.some("https://example.com/a.png"))
                .get())
        .get();
    memos.notes().delete(note.id()).get();

    List<Recorded> requests = backend.emulator.requests();
    assertThat(requests).hasSizeGreaterThan(30);
    assertThat(violations(requests)).isEmpty();
  }

  @Test
  void shouldReportRequestsTheSpecForbids() {
    List<Recorded> bad =
        List.of(
            new Recorded(
                "POST",
                "/api/v1/memos",
                "",
                "application/json",
                "{\"state\":\"NORMAL\",\"content\":\"x\",\"visibility\":\"SECRET\"}"),
            new Recorded("POST", "/api/v1/memos", "", "application/json", "{\"content\":\"x\"}"),
            new Recorded("GET", "/api/v1/memos", "pageSize=abc", "", ""),
            new Recorded("GET", "/api/v1/tags", "", "", ""));

    assertThat(violations(bad)).hasSize(4);
  }
}
