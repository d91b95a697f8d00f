package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.app.cli.FakeBackends.Run;
import dev.memkit.domain.note.Note;
import dev.memkit.domain.note.NoteDraft;
import dev.memkit.domain.note.NoteState;
import dev.memkit.domain.note.Visibility;
import dev.memkit.port.NoteQuery;
import dev.memkit.port.PageRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesCommandTest {

  private final FakeBackends backends = new FakeBackends();

  @TempDir Path dir;

  private Note note(String content) {
    backends.clock.advance(Duration.ofMinutes(1));
    return backends.notes.notes().create(NoteDraft.of(content).get()).get();
  }

  private List<Note> allNotes() {
    return backends
        .notes
        .notes()
        .list(NoteQuery.normal().inAnyState(), PageRequest.first())
        .get()
        .items();
  }

  @Test
  void shouldAddANoteFromTheWordsGiven() {
    Run run = backends.run("notes", "add", "Buy", "milk", "#errands");

    assertThat(run.code()).isZero();
    assertThat(run.out()).matches("Added note \\S+ \\(#errands\\)\\.\n");
    assertThat(allNotes()).extracting(Note::content).containsExactly("Buy milk #errands");
  }

  @Test
  void shouldAddANoteFromAFileWithTheVisibilityAsked() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("note.md"), "# Title\n\nBody #work\n", StandardCharsets.UTF_8);

    Run run =
        backends.run("notes", "add", "--file", file.toString(), "--visibility", "public", "--json");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "\"content\":\"# Title\\n\\nBody #work\"",
            "\"visibility\":\"public\"",
            "\"tags\":[\"work\"]");
    assertThat(allNotes().get(0).visibility()).isEqualTo(Visibility.PUBLIC);
  }

  @Test
  void shouldOpenTheEditorWhenNoTextOrFileIsGiven() {
    backends.environment(Map.of("EDITOR", "nano -w"));
    backends.terminal.editor("From the editor #draft\n", 0);

    Run run = backends.run("notes", "add");

    assertThat(run.code()).isZero();
    assertThat(backends.terminal.editorRuns).containsExactly(List.of("nano", "-w"));
    assertThat(allNotes()).extracting(Note::content).containsExactly("From the editor #draft");
  }

  @Test
  void shouldAbortAndSaveNothingWhenTheEditorLeavesTheNoteEmpty() {
    backends.terminal.editor("  \n\n", 0);

    Run run = backends.run("notes", "add");

    assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).isEqualTo("memkit: the note is empty; nothing saved\n");
    assertThat(backends.terminal.editorRuns).containsExactly(List.of("vi"));
    assertThat(allNotes()).isEmpty();
  }

  @Test
  void shouldAbortWhenTheEditorFails() {
    backends.terminal.editor("text", 1);

    Run run = backends.run("notes", "add");

    assertThat(run.code()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("the editor exited with status 1; nothing saved");
    assertThat(allNotes()).isEmpty();
  }

  @Test
  void shouldRefuseTextAndFileTogether() {
    assertThat(backends.run("notes", "add", "text", "--file", "x.md").code())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void shouldEditInTheEditorStartingFromTheCurrentText() {
    Note note = note("old text");
    backends.terminal.editor("new text #fresh", 0);

    Run run = backends.run("notes", "edit", note.id().value());

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("Changed note " + note.id() + ".\n");
    assertThat(backends.terminal.editorSaw).containsExactly("old text");
    assertThat(backends.notes.notes().get(note.id()).get().content()).isEqualTo("new text #fresh");
  }

  @Test
  void shouldSayUnchangedWhenTheTextIsTheSame() {
    Note note = note("same");

    Run run = backends.run("notes", "edit", note.id().value(), "same");

    assertThat(run.out()).isEqualTo("Note " + note.id() + " unchanged.\n");
  }

  @Test
  void shouldListTheNewestNotesWithTheTagAsked() {
    note("first #a");
    note("second #b");
    note("third line one\nline two #a");

    Run run = backends.run("notes", "list", "--tag", "a");
    Run limited = backends.run("notes", "list", "--limit", "1", "--json");

    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out().lines().findFirst().orElseThrow())
        .endsWith("third line one ⏎ line two #a");
    assertThat(limited.out())
        .startsWith("[{\"id\":")
        .contains("third line one\\nline two #a")
        .doesNotContain("second");
  }

  @Test
  void shouldShowTheNoteWithItsTags() {
    Note note = note("Body #work #ideas");

    Run run = backends.run("notes", "show", note.id().value());

    assertThat(run.out())
        .contains(
            "Note " + note.id() + " (private)", "created 2026-01-05 09:01", "tags: #work #ideas")
        .endsWith("\nBody #work #ideas\n");
  }

  @Test
  void shouldArchiveThenListOnlyWithArchived() {
    Note note = note("old #x");

    Run archive = backends.run("notes", "archive", note.id().value());
    Run normal = backends.run("notes", "list");
    Run archived = backends.run("notes", "list", "--archived");

    assertThat(archive.code()).isZero();
    assertThat(backends.notes.notes().get(note.id()).get().state()).isEqualTo(NoteState.ARCHIVED);
    assertThat(normal.out()).isEmpty();
    assertThat(archived.out()).contains(note.id().value());
  }

  @Test
  void shouldDeleteTheNoteAndFailWithNotFoundAfterwards() {
    Note note = note("gone");

    Run delete = backends.run("notes", "delete", note.id().value());
    Run show = backends.run("notes", "show", note.id().value());

    assertThat(delete.code()).isZero();
    assertThat(show.code()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(show.err().lines()).hasSize(1);
  }

  @Test
  void shouldFindNotesByTextWhenSearching() {
    note("Milk and bread #shopping");
    note("nothing here");

    Run run = backends.run("notes", "search", "MILK", "and", "--json");

    assertThat(run.out()).contains("Milk and bread").doesNotContain("nothing here");
  }

  @Test
  void shouldCountTagsMostUsedFirst() {
    note("one #work");
    note("two #work #home");

    Run text = backends.run("tags");
    Run json = backends.run("tags", "--json");

    assertThat(text.out()).isEqualTo("     2  #work\n     1  #home\n");
    assertThat(json.out().strip())
        .isEqualTo("[{\"tag\":\"work\",\"count\":2},{\"tag\":\"home\",\"count\":1}]");
  }

  @Test
  void shouldWorkOnAnotherBackendAndFailWhereItHasNoNotes() {
    Run memos = backends.run("notes", "add", "remote", "-b", "memos");
    backends.environment(Map.of("MEMKIT_BACKEND", "memos"));
    Run listed = backends.run("notes", "list");

    assertThat(memos.code()).isZero();
    assertThat(listed.out()).contains("remote");
    assertThat(allNotes()).isEmpty();
    assertThat(backends.run("notes", "list", "-b", "maimemo").code())
        .isEqualTo(ExitCodes.NOT_CONFIGURED);
  }

  @Test
  void shouldExitWithInvalidWhenTheVisibilityOrTagIsBad() {
    assertThat(backends.run("notes", "add", "x", "--visibility", "secret").code())
        .isEqualTo(ExitCodes.INVALID);
    assertThat(backends.run("notes", "list", "--tag", "two words").code())
        .isEqualTo(ExitCodes.INVALID);
  }
}
