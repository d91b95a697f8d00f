package dev.memkit.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCardsTest {

  private static List<CardLine> read(String text) {
    List<CardLine> lines = new ArrayList<>();
    Iterator<CardLine> reader = CardFormat.CSV.read(new StringReader(text));
    reader.forEachRemaining(lines::add);
    return lines;
  }

  private static CardLine.Read card(int line, String question, String answer) {
    return new CardLine.Read(line, CardRecord.of(question, answer, Option.none()));
  }

  @Test
  void shouldReadQuestionAnswerAndDateWhenRowsAreMemjoggerExports() {
    List<CardLine> lines = read("cat,猫,2026-01-09\ndog,犬,2026-02-01\n");

    assertThat(lines)
        .containsExactly(
            new CardLine.Read(
                1, CardRecord.of("cat", "猫", Option.some(LocalDate.parse("2026-01-09")))),
            new CardLine.Read(
                2, CardRecord.of("dog", "犬", Option.some(LocalDate.parse("2026-02-01")))));
  }

  @Test
  void shouldSkipTheHeaderWhenTheFirstRowNamesTheColumns() {
    List<CardLine> lines = read("Question,Answer,Next date\ncat,chat,\n");

    assertThat(lines).containsExactly(card(2, "cat", "chat"));
  }

  @Test
  void shouldKeepARowThatLooksLikeAHeaderWhenItIsNotTheFirst() {
    List<CardLine> lines = read("cat,chat\nquestion,answer\n");

    assertThat(lines).containsExactly(card(1, "cat", "chat"), card(2, "question", "answer"));
  }

  @Test
  void shouldReadQuotesCommasAndNewlinesWhenFieldsAreQuoted() {
    List<CardLine> lines = read("\"say \"\"hi\"\", please\",\"line one\nline two\"\nnext,row\n");

    assertThat(lines)
        .containsExactly(
            card(1, "say \"hi\", please", "line one\nline two"), card(3, "next", "row"));
  }

  @Test
  void shouldDropTheByteOrderMarkWhenTheFileStartsWithOne() {
    List<CardLine> lines = read("\uFEFFquestion,answer\ncat,chat\n");

    assertThat(lines).containsExactly(card(2, "cat", "chat"));
  }

  @Test
  void shouldCountLinesAlikeWhenLinesEndWithCrlfOrLfOrCr() {
    assertThat(read("a,b\r\nc,d\r\n")).containsExactly(card(1, "a", "b"), card(2, "c", "d"));
    assertThat(read("a,b\rc,d")).containsExactly(card(1, "a", "b"), card(2, "c", "d"));
    assertThat(read("\"x\r\ny\",b\r\nc,d"))
        .containsExactly(card(1, "x\ny", "b"), card(3, "c", "d"));
  }

  @Test
  void shouldSkipBlankLinesWhenTheyAppearAnywhere() {
    List<CardLine> lines = read("\n\na,b\n   \n\nc,d\n\n");

    assertThat(lines).containsExactly(card(3, "a", "b"), card(6, "c", "d"));
  }

  @Test
  void shouldRejectARowWithItsLineWhenItHasOneColumn() {
    List<CardLine> lines = read("a,b\njust a question\nc,d\n");

    assertThat(lines)
        .containsExactly(
            card(1, "a", "b"),
            new CardLine.Unreadable(2, "only one column: a card needs a question and an answer"),
            card(3, "c", "d"));
  }

  @Test
  void shouldRejectTheRestWhenAQuoteIsNeverClosed() {
    List<CardLine> lines = read("a,b\n\"open,b\nc,d\n");

    assertThat(lines)
        .containsExactly(
            card(1, "a", "b"),
            new CardLine.Unreadable(2, "a quoted field is never closed (a \" is missing)"));
  }

  @Test
  void shouldTakeQuotesLiterallyWhenTheyAppearInsideAnUnquotedField() {
    assertThat(read("5\" nail,a nail 5\" long\n"))
        .containsExactly(card(1, "5\" nail", "a nail 5\" long"));
  }

  @Test
  void shouldIgnoreExtraColumnsAndUnreadableDatesWhenPresent() {
    assertThat(read("a,b,soon,extra,more\n")).containsExactly(card(1, "a", "b"));
  }

  @Test
  void shouldKeepEmptyFieldsWhenAColumnIsEmpty() {
    assertThat(read(",b\n")).containsExactly(card(1, "", "b"));
  }

  @Test
  void shouldQuoteOnlyWhatNeedsQuotingWhenWriting() {
    StringWriter out = new StringWriter();
    CardWriter writer = CardFormat.CSV.writer(out);

    writer.write(CardRecord.of("cat", "猫", Option.some(LocalDate.parse("2026-01-09"))));
    writer.write(CardRecord.of("a, b", "say \"hi\"", Option.none()));
    writer.write(CardRecord.of("two\nlines", " padded ", Option.none()));
    writer.flush();

    assertThat(out.toString())
        .isEqualTo(
            "cat,猫,2026-01-09\r\n"
                + "\"a, b\",\"say \"\"hi\"\"\",\r\n"
                + "\"two\nlines\",\" padded \",\r\n");
  }

  @Test
  void shouldReadBackEveryCardUnchangedWhenWrittenAndReadAgain() {
    List<CardRecord> cards =
        List.of(
            CardRecord.of("plain", "text", Option.some(LocalDate.parse("2026-01-05"))),
            CardRecord.of("\"quoted\"", "a \"\"double\"\" quote", Option.none()),
            CardRecord.of("commas, everywhere,", ",", Option.none()),
            CardRecord.of("line\nbreaks\n\ninside", "end\n", Option.none()),
            CardRecord.of("学习", "まなぶ, 공부 🐈", Option.some(LocalDate.parse("2027-12-31"))),
            CardRecord.of("question", "answer", Option.none()),
            CardRecord.of("  spaces  ", "\ttab", Option.none()));
    StringWriter out = new StringWriter();
    CardWriter writer = CardFormat.CSV.writer(out);
    cards.forEach(writer::write);
    writer.flush();

    List<CardLine> lines = read(out.toString());

    assertThat(lines)
        .extracting(line -> ((CardLine.Read) line).card())
        .containsExactlyElementsOf(cards);
  }
}
