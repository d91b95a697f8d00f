package dev.memkit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void shouldEscapeStringsWhenTheyHoldQuotesControlsAndUnicode() {
    assertThat(Json.write("a\"b\\c\nd\u0001 学习")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001 学习\"");
  }

  @Test
  void shouldKeepMapOrderAndNestWhenWritingStructures() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("z", 1);
    map.put("a", List.of(true, "x", Option.none(), Option.some(2.5)));

    assertThat(Json.write(map)).isEqualTo("{\"z\":1,\"a\":[true,\"x\",null,2.5]}");
  }
}
