package dev.memkit.testkit.emulator.memjogger;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The export formats, as no public sample shows them (reference §1.3), so chosen here: CSV rows
 * {@code q,a,next_exam_date} (a header row only when asked for), CRLF, RFC 4180 quoting; XML {@code
 * <cards><card><id/><q/><a/><next_exam_date/><card_set_id/></card>...</cards>} with a declaration.
 */
final class Exports {

  static final String CSV_TYPE = "text/csv; charset=utf-8";
  static final String XML_TYPE = "application/xml; charset=utf-8";

  private static final CsvMapper CSV = new CsvMapper();
  private static final XmlMapper XML = xmlMapper();

  private Exports() {}

  @JsonPropertyOrder({"q", "a", "next_exam_date"})
  record Row(String q, String a, String next_exam_date) {}

  @JsonPropertyOrder({"id", "q", "a", "next_exam_date", "card_set_id"})
  record XmlCard(long id, String q, String a, String next_exam_date, long card_set_id) {}

  @JacksonXmlRootElement(localName = "cards")
  record XmlCards(
      @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "card")
          List<XmlCard> card) {}

  static String csv(List<XmlCard> cards, boolean header) {
    CsvSchema schema = CSV.schemaFor(Row.class).withUseHeader(header).withLineSeparator("\r\n");
    List<Row> rows = cards.stream().map(c -> new Row(c.q(), c.a(), c.next_exam_date())).toList();
    try {
      return CSV.writer(schema).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String xml(List<XmlCard> cards) {
    try {
      return XML.writeValueAsString(new XmlCards(cards));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XmlMapper xmlMapper() {
    XmlMapper mapper = new XmlMapper();
    mapper.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true);
    return mapper;
  }
}
