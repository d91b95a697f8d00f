package dev.memkit.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesCardsTest {

  private static List<CardLine> read(String text) {
    List<CardLine> lines = new ArrayList<>();
    CardFormat.JSON_LINES.read(new StringReader(text)).forEachRemaining(lines::add);
    return lines;
  }

  @Test
  void shouldReadEachObjectWhenLinesHoldCards() {
    List<CardLine> lines =
        read(
            "{\"question\":\"cat\",\"answer\":\"猫\",\"due\":\"2026-01-09\"}\n"
                + "{\"answer\":\"chien\",\"question\":\"dog\"}\n");

    assertThat(lines)
        .containsExactly(
            new CardLine.Read(
                1, CardRecord.of("cat", "猫", Option.some(LocalDate.parse("2026-01-09")))),
            new CardLine.Read(2, CardRecord.of("dog", "chien", Option.none())));
  }

  @Test
  void shouldIgnoreOtherMembersWhenTheObjectHasThem() {
    List<CardLine> lines =
        read(
            "{\"id\":17,\"question\":\"q\",\"tags\":[\"a\",null],\"meta\":{\"x\":true},"
                + "\"answer\":\"a\",\"due\":null}");

    assertThat(lines).containsExactly(new CardLine.Read(1, CardRecord.of("q", "a", Option.none())));
  }

  @Test
  void shouldSkipBlankLinesAndTheByteOrderMarkWhenPresent() {
    List<CardLine> lines =
        read(
            "\uFEFF{\"question\":\"q\",\"answer\":\"a\"}\r\n\r\n  \n{\"question\":\"r\",\"answer\":\"b\"}");

    assertThat(lines).extracting(CardLine::line).containsExactly(1, 4);
  }

  @Test
  void shouldRejectALineWithItsNumberWhenItIsNotACard() {
    List<CardLine> lines =
        read(
            "not json\n"
                + "{\"question\":\"q\"}\n"
                + "{\"question\":1,\"answer\":\"a\"}\n"
                + "[\"q\",\"a\"]\n");

    assertThat(lines)
        .containsExactly(
            new CardLine.Unreadable(
                1, "not a JSON object: column 1: expected an object starting with {"),
            new CardLine.Unreadable(2, "no \"answer\" string"),
            new CardLine.Unreadable(3, "no \"question\" string"),
            new CardLine.Unreadable(
                4, "not a JSON object: column 1: expected an object starting with {"));
  }

  @Test
  void shouldReadBackEveryCardUnchangedWhenWrittenAndReadAgain() {
    List<CardRecord> cards =
        List.of(
            CardRecord.of("plain", "text", Option.some(LocalDate.parse("2026-01-05"))),
            CardRecord.of("\"quoted\" \\ back", "tab\there", Option.none()),
            CardRecord.of("commas, everywhere,", "{\"json\":\"inside\"}", Option.none()),
            CardRecord.of("line\nbreaks\r\n", "\u0001 control", Option.none()),
            CardRecord.of("学习", "まなぶ, 공부 🐈", Option.some(LocalDate.parse("2027-12-31"))));
    StringWriter out = new StringWriter();
    CardWriter writer = CardFormat.JSON_LINES.writer(out);
    cards.forEach(writer::write);
    writer.flush();

    List<CardLine> lines = read(out.toString());

    assertThat(out.toString()).contains("\"学习\"").doesNotContain("\\u5b66");
    assertThat(lines)
        .extracting(line -> ((CardLine.Read) line).card())
        .containsExactlyElementsOf(cards);
  }

  @Test
  void shouldTellTheFormatWhenNamedOrFromTheExtension() {
    assertThat(CardFormat.named("JSONL")).contains(CardFormat.JSON_LINES);
    assertThat(CardFormat.named("xml")).isEmpty();
    assertThat(CardFormat.ofFileName("deck.CSV")).contains(CardFormat.CSV);
    assertThat(CardFormat.ofFileName("deck.ndjson")).contains(CardFormat.JSON_LINES);
    assertThat(CardFormat.ofFileName("deck.txt")).isEmpty();
  }
}
