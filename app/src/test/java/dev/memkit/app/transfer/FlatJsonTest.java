package dev.memkit.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatJsonTest {

  @Test
  void shouldReadEveryKindOfValueWhenTheObjectIsValid() {
    Map<String, Object> object =
        FlatJson.parseObject(
                " { \"s\" : \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\", \"n\": -1.5e3,"
                    + " \"z\": 0, \"t\": true, \"f\": false, \"nil\": null,"
                    + " \"list\": [1, [], {}], \"obj\": {\"k\": \"v\"} } ")
            .get();

    assertThat(object)
        .containsEntry("s", "a\"b\\c/d\b\f\n\r\té😀")
        .containsEntry("n", new BigDecimal("-1.5e3"))
        .containsEntry("z", BigDecimal.ZERO)
        .containsEntry("t", true)
        .containsEntry("f", false)
        .containsEntry("obj", Map.of("k", "v"))
        .doesNotContainKey("nil");
    assertThat((List<?>) object.get("list")).hasSize(3);
  }

  @Test
  void shouldReadAnEmptyObjectWhenItHasNoMembers() {
    assertThat(FlatJson.parseObject("{}").get()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{a:1}",
        "{'a':1}",
        "{\"a\":01}",
        "{\"a\":1.}",
        "{\"a\":.5}",
        "{\"a\":1e}",
        "{\"a\":+1}",
        "{\"a\":\"tab\there\"}",
        "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12\"}",
        "{\"a\":\"open}",
        "{\"a\":tru}",
        "{\"a\":NaN}",
        "{\"a\":1}{}",
        "{\"a\":1} x",
        "{\"a\":1,\"a\":2}",
        "{\"a\":null,\"a\":2}",
        "{\"a\":[1,]}",
        "[1]"
      })
  void shouldRefuseTheLineWhenItIsNotOneStrictJsonObject(String text) {
    assertThat(FlatJson.parseObject(text).isLeft()).as(text).isTrue();
  }

  @Test
  void shouldSayWhereAndWhatWhenTheLineIsMalformed() {
    assertThat(FlatJson.parseObject("{\"a\":1,\"a\":2}").getLeft())
        .isEqualTo("column 8: duplicate member \"a\"");
    assertThat(FlatJson.parseObject("{\"a\":1 \"b\":2}").getLeft())
        .isEqualTo("column 8: expected , or }");
  }

  @Test
  void shouldRefuseDeepNestingWhenItWouldRiskTheStack() {
    String deep = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";

    assertThat(FlatJson.parseObject(deep).getLeft()).contains("nested more than");
  }
}
