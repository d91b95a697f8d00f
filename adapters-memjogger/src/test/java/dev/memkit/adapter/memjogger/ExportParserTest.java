package dev.memkit.adapter.memjogger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.card.CardContent;
import dev.memkit.port.ExportFormat;
import dev.memkit.port.ExportedCard;
import dev.memkit.port.Failure;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportParserTest {

  private static final LocalDate DAY = LocalDate.of(2026, 1, 6);

  private static List<ExportedCard> csv(String text) {
    return ExportParser.parse(ExportFormat.CSV, text).get();
  }

  private static List<ExportedCard> xml(String text) {
    return ExportParser.parse(ExportFormat.XML, text).get();
  }

  @Test
  void shouldReadQuestionAnswerAndDateWhenTheCsvHasNoHeader() {
    assertThat(csv("uno,one,2026-01-06\r\n\"a, \"\"b\"\"\",\"line\nbreak\",2026-01-06\r\n"))
        .containsExactly(
            ExportedCard.of(new CardContent("uno", "one"), DAY),
            ExportedCard.of(new CardContent("a, \"b\"", "line\nbreak"), DAY));
  }

  @Test
  void shouldSkipTheHeaderAndFollowItsColumnsWhenTheCsvHasOne() {
    assertThat(csv("q,a,next_exam_date\nuno,one,2026-01-06\n"))
        .containsExactly(ExportedCard.of(new CardContent("uno", "one"), DAY));
    assertThat(csv("\uFEFFId,Next_Exam_Date,Answer,Question\n12,2026-01-06,one,uno\n"))
        .containsExactly(ExportedCard.of(new CardContent("uno", "one"), DAY));
  }

  @Test
  void shouldKeepACardAskingQWhenItsRowLooksLikeAHeaderButHasADate() {
    assertThat(csv("q,a,2026-01-06\n"))
        .containsExactly(ExportedCard.of(new CardContent("q", "a"), DAY));
  }

  @Test
  void shouldHaveNoDateWhenTheColumnIsMissingOrEmpty() {
    assertThat(csv("uno,one\ndos,two,\n"))
        .containsExactly(
            new ExportedCard(new CardContent("uno", "one"), Option.none()),
            new ExportedCard(new CardContent("dos", "two"), Option.none()));
  }

  @Test
  void shouldGiveNoCardsWhenTheExportIsEmpty() {
    assertThat(csv("")).isEmpty();
    assertThat(csv("q,a,next_exam_date\r\n")).isEmpty();
    assertThat(xml("<?xml version=\"1.0\"?><cards/>")).isEmpty();
    assertThat(xml("")).isEmpty();
  }

  @Test
  void shouldBeUnexpectedWhenARowIsNotACard() {
    assertThat(ExportParser.parse(ExportFormat.CSV, "only a question\n").getLeft())
        .isInstanceOf(Failure.Unexpected.class);
    assertThat(ExportParser.parse(ExportFormat.CSV, "uno,one,6.1.2026\n").getLeft())
        .isInstanceOf(Failure.Unexpected.class);
  }

  @Test
  void shouldReadEveryCardWhenTheXmlHasSeveral() {
    String text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cards>"
            + "<card><id>1</id><q>uno &amp; &lt;one&gt;</q><a>one</a>"
            + "<next_exam_date>2026-01-06</next_exam_date><card_set_id>1</card_set_id></card>"
            + "<card><id>2</id><q>dos</q><a>two\nlines</a><next_exam_date>2026-01-06</next_exam_date></card>"
            + "</cards>";

    assertThat(xml(text))
        .containsExactly(
            ExportedCard.of(new CardContent("uno & <one>", "one"), DAY),
            ExportedCard.of(new CardContent("dos", "two\nlines"), DAY));
  }

  @Test
  void shouldReadTheCardWhenTheXmlHasOneAndNoDeclaration() {
    assertThat(xml("<cards><card><question>uno</question><answer>one</answer></card></cards>"))
        .containsExactly(new ExportedCard(new CardContent("uno", "one"), Option.none()));
    assertThat(xml("<card><q>uno</q><a>one</a><next_exam_date>2026-01-06</next_exam_date></card>"))
        .containsExactly(ExportedCard.of(new CardContent("uno", "one"), DAY));
  }

  @Test
  void shouldBeUnexpectedWhenTheXmlIsNotXml() {
    assertThat(ExportParser.parse(ExportFormat.XML, "uno,one,2026-01-06").getLeft())
        .isInstanceOf(Failure.Unexpected.class);
  }
}
