package dev.memkit.adapter.memjogger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.memkit.domain.card.CardContent;
import dev.memkit.port.ExportFormat;
import dev.memkit.port.ExportedCard;
import dev.memkit.port.Failure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Memjogger's exports, whose exact shape no public sample shows (reference §1.3), so
 * tolerantly:
 *
 * <ul>
 *   <li><b>CSV</b> (Jackson's CSV format, RFC 4180 quoting, a leading BOM dropped, blank lines
 *       skipped): a first row naming the columns ({@code q}/{@code question}, {@code a}/{@code
 *       answer}, {@code next_exam_date}/{@code next_date}/{@code next}/{@code due}, in any order,
 *       other columns ignored) is a header and says where each column is; without one the columns
 *       are question, answer, next date. A first row is taken for a header only when its date
 *       column is not a date, so a card asking "q" with the answer "a" is still a card.
 *   <li><b>XML</b> (Jackson's XML format, with or without a declaration): under the root, one
 *       element per card (its name does not matter) holding the question, answer and date elements
 *       named as above; other elements are ignored.
 * </ul>
 *
 * An empty date is no date; anything else unreadable is {@link Failure.Unexpected}.
 */
final class ExportParser {

  private static final Set<String> QUESTION = Set.of("q", "question");
  private static final Set<String> ANSWER = Set.of("a", "answer");
  private static final Set<String> NEXT = Set.of("next_exam_date", "next_date", "next", "due");

  private static final CsvMapper CSV =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();
  private static final XmlMapper XML = new XmlMapper();

  private ExportParser() {}

  static Either<Failure, List<ExportedCard>> parse(ExportFormat format, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return format == ExportFormat.CSV ? csv(body) : xml(body);
  }

  private static Either<Failure, List<ExportedCard>> csv(String text) {
    List<List<String>> rows;
    try (MappingIterator<List<String>> read =
        CSV.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(text)) {
      rows = read.readAll();
    } catch (IOException | RuntimeException e) {
      return unreadable("CSV");
    }
    int question = 0;
    int answer = 1;
    int next = 2;
    int first = 0;
    if (!rows.isEmpty() && isHeader(rows.get(0))) {
      List<String> header = rows.get(0).stream().map(ExportParser::name).toList();
      question = indexOf(header, QUESTION);
      answer = indexOf(header, ANSWER);
      next = indexOf(header, NEXT);
      first = 1;
    }
    List<ExportedCard> cards = new ArrayList<>();
    for (int i = first; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (row.stream().allMatch(String::isEmpty)) {
        continue;
      }
      Either<Failure, ExportedCard> card =
          card(cell(row, question), cell(row, answer), cell(row, next), "CSV row " + (i + 1));
      if (card.isLeft()) {
        return Either.left(card.getLeft());
      }
      cards.add(card.get());
    }
    return Either.right(List.copyOf(cards));
  }

  private static Either<Failure, List<ExportedCard>> xml(String text) {
    if (text.isBlank()) {
      return Either.right(List.of());
    }
    JsonNode root;
    try {
      root = XML.readTree(text);
    } catch (IOException | RuntimeException e) {
      return unreadable("XML");
    }
    List<JsonNode> elements = new ArrayList<>();
    if (root != null && root.isObject() && !field(root, QUESTION).isEmpty()) {
      elements.add(root); // a lone card without a wrapping element
    } else if (root != null && root.isObject()) {
      // Repeated elements come as an array under their name, a single one as an object.
      root.forEach(
          child -> {
            if (child.isArray()) {
              child.forEach(elements::add);
            } else if (child.isObject()) {
              elements.add(child);
            }
          });
    }
    List<ExportedCard> cards = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      JsonNode element = elements.get(i);
      Either<Failure, ExportedCard> card =
          card(
              field(element, QUESTION),
              field(element, ANSWER),
              field(element, NEXT),
              "XML card " + (i + 1));
      if (card.isLeft()) {
        return Either.left(card.getLeft());
      }
      cards.add(card.get());
    }
    return Either.right(List.copyOf(cards));
  }

  private static Either<Failure, ExportedCard> card(
      String question, String answer, String next, String where) {
    Either<Failure, CardContent> content =
        CardContent.of(question, answer)
            .toEither()
            .mapLeft(
                problems ->
                    Mapping.unexpectedFailure("an export whose " + where + " is not a valid card"));
    if (content.isLeft()) {
      return Either.left(content.getLeft());
    }
    if (next.isBlank()) {
      return Either.right(new ExportedCard(content.get(), Option.none()));
    }
    return Mapping.date(next.strip()).map(day -> ExportedCard.of(content.get(), day));
  }

  private static boolean isHeader(List<String> row) {
    List<String> names = row.stream().map(ExportParser::name).toList();
    if (indexOf(names, QUESTION) < 0 || indexOf(names, ANSWER) < 0) {
      return false;
    }
    int next = indexOf(names, NEXT);
    String date = next >= 0 ? cell(row, next) : cell(row, 2);
    return Try.of(() -> LocalDate.parse(date.strip())).isFailure();
  }

  private static String name(String cell) {
    return cell.strip().toLowerCase(Locale.ROOT);
  }

  private static int indexOf(List<String> names, Set<String> wanted) {
    for (int i = 0; i < names.size(); i++) {
      if (wanted.contains(names.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String cell(List<String> row, int index) {
    return index >= 0 && index < row.size() ? row.get(index) : "";
  }

  private static String field(JsonNode element, Set<String> names) {
    for (String name : names) {
      JsonNode value = element.get(name);
      if (value != null && value.isValueNode()) {
        return value.asText();
      }
    }
    return "";
  }

  private static <T> Either<Failure, T> unreadable(String format) {
    return Either.left(Mapping.unexpectedFailure("an export that is not readable " + format));
  }
}
