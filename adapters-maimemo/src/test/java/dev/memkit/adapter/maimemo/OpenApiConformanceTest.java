package dev.memkit.adapter.maimemo;

import static dev.memkit.testkit.word.WordFixtures.DAY;
import static dev.memkit.testkit.word.WordFixtures.aDefinition;
import static dev.memkit.testkit.word.WordFixtures.aMnemonic;
import static dev.memkit.testkit.word.WordFixtures.aSentence;
import static dev.memkit.testkit.word.WordFixtures.aWordList;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.memkit.adapter.maimemo.MaiMemoConfig.PathPrefix;
import dev.memkit.domain.word.Spelling;
import dev.memkit.port.PageRequest;
import dev.memkit.port.RecordQuery;
import dev.memkit.port.TodayQuery;
import dev.memkit.port.WordSelection;
import dev.memkit.testkit.emulator.maimemo.MaiMemoEmulator.Recorded;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every request the adapter sends, through every port method, checked against the official OpenAPI
 * 3.1 bundle (a byte-for-byte copy in the test resources): the operation exists for the method and
 * path, required query parameters and body properties are there, no undeclared ones are sent, and
 * types, enums, {@code maxItems} and {@code maximum} hold. A {@code $ref} wins over a sibling
 * {@code type} (the bundle writes {@code type: object} next to references to string enums).
 */
class OpenApiConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Emulated emulated = new Emulated().withStudyPlan();

  @AfterEach
  void stopEmulator() {
    emulated.close();
  }

  @Test
  void shouldSendOnlyRequestsTheOfficialSpecAcceptsWhenEveryPortMethodIsUsed() throws IOException {
    var maimemo = emulated.maimemo(config -> config.withPrefix(PathPrefix.MEMO));
    var apple = Emulated.APPLE.id();
    maimemo.vocabulary().lookup(new Spelling("apple")).get();
    maimemo.vocabulary().lookupAll(List.of(new Spelling("banana"), new Spelling("cherry"))).get();
    maimemo.vocabulary().byIds(List.of(Emulated.DOG.id())).get();
    var definition = maimemo.definitions().create(apple, aDefinition().build()).get();
    maimemo.definitions().update(definition.id(), definition.draft()).get();
    maimemo.definitions().list(apple).get();
    maimemo.definitions().delete(definition.id()).get();
    var mnemonic = maimemo.mnemonics().create(apple, aMnemonic().build()).get();
    maimemo.mnemonics().update(mnemonic.id(), mnemonic.draft()).get();
    maimemo.mnemonics().list(apple).get();
    maimemo.mnemonics().delete(mnemonic.id()).get();
    var sentence = maimemo.sentences().create(apple, aSentence().build()).get();
    maimemo.sentences().update(sentence.id(), sentence.draft()).get();
    maimemo.sentences().list(apple).get();
    maimemo.sentences().delete(sentence.id()).get();
    var list = maimemo.wordLists().create(aWordList().build()).get();
    maimemo.wordLists().update(list.withTitle("edited")).get();
    maimemo.wordLists().list(PageRequest.first(25)).get();
    maimemo.wordLists().delete(list.id()).get();
    var plan = maimemo.studyPlan();
    plan.progress().get();
    plan.today(TodayQuery.all()).get();
    plan.today(TodayQuery.all().withFresh(true).withFinished(false)).get();
    plan.today(TodayQuery.all().withWords(WordSelection.ids(List.of(apple)))).get();
    plan.today(TodayQuery.all().withWords(WordSelection.spellings(List.of(new Spelling("fig")))))
        .get();
    plan.records(RecordQuery.all().withNextStudyBetween(DAY, DAY.plusDays(3))).get();
    plan.records(RecordQuery.all().withWords(WordSelection.ids(List.of(apple)))).get();
    plan.count(RecordQuery.all().withNextStudyUntil(DAY.plusDays(7))).get();
    plan.addWords(List.of(Emulated.GRAPE.id()), true).get();
    plan.advance(List.of(apple)).get();
    maimemo.exportRecords(Option.some(DAY)).get();

    JsonNode spec;
    try (InputStream in = getClass().getResourceAsStream("/maimemo-api.yaml")) {
      spec = new YAMLMapper().readTree(in);
    }
    List<Recorded> sent = emulated.emulator.recorded();
    List<String> problems = new ArrayList<>();
    for (Recorded request : sent) {
      problems.addAll(check(spec, request));
    }

    assertThat(sent).hasSizeGreaterThan(30);
    assertThat(sent)
        .extracting(Recorded::path)
        .contains("/vocabulary", "/vocabulary/query", "/study/add_words");
    assertThat(problems).isEmpty();
  }

  private static List<String> check(JsonNode spec, Recorded request) throws IOException {
    List<String> problems = new ArrayList<>();
    String where = request.method() + " " + request.path();
    JsonNode operation = operation(spec, request.method(), "/api/v1/memo" + request.path());
    if (operation == null) {
      problems.add(where + ": no such operation in the spec");
      return problems;
    }
    List<String> declared = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      if (!"query".equals(parameter.path("in").asText())) {
        continue;
      }
      String name = parameter.path("name").asText();
      declared.add(name);
      String value = request.query().get(name);
      if (value == null && parameter.path("required").asBoolean(false)) {
        problems.add(where + ": missing query parameter " + name);
      }
      if (value != null) {
        JsonNode schema = parameter.path("schema");
        JsonNode asJson =
            "integer".equals(schema.path("type").asText()) && value.matches("-?\\d+")
                ? JSON.readTree(value)
                : JSON.getNodeFactory().textNode(value);
        validate(spec, asJson, schema, where + " ?" + name, problems);
      }
    }
    request.query().keySet().stream()
        .filter(name -> !declared.contains(name))
        .forEach(name -> problems.add(where + ": undeclared query parameter " + name));
    if (!request.body().isEmpty()) {
      JsonNode schema =
          operation.path("requestBody").path("content").path("application/json").path("schema");
      if (schema.isMissingNode()) {
        problems.add(where + ": a body the spec does not declare");
      } else {
        validate(spec, JSON.readTree(request.body()), schema, where + " body", problems);
      }
    }
    return problems;
  }

  private static JsonNode operation(JsonNode spec, String method, String path) {
    Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> entry = paths.next();
      String pattern = entry.getKey().replaceAll("\\{[^/]+}", "[^/]+");
      if (path.matches(pattern)) {
        JsonNode operation = entry.getValue().get(method.toLowerCase(Locale.ROOT));
        if (operation != null) {
          return operation;
        }
      }
    }
    return null;
  }

  private static void validate(
      JsonNode spec, JsonNode value, JsonNode schema, String at, List<String> problems) {
    if (schema.has("$ref")) {
      String[] parts = schema.get("$ref").asText().replaceFirst("^#/", "").split("/");
      JsonNode target = spec;
      for (String part : parts) {
        target = target.path(part);
      }
      validate(spec, value, target, at, problems);
      return;
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : schema.get("enum")) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    switch (schema.path("type").asText("")) {
      case "object" -> {
        if (!value.isObject()) {
          problems.add(at + ": not an object");
          return;
        }
        for (JsonNode required : schema.path("required")) {
          if (!value.has(required.asText())) {
            problems.add(at + ": missing required property " + required.asText());
          }
        }
        JsonNode properties = schema.path("properties");
        value
            .fieldNames()
            .forEachRemaining(
                name -> {
                  if (!properties.has(name)) {
                    problems.add(at + ": undeclared property " + name);
                  } else {
                    validate(
                        spec, value.get(name), properties.get(name), at + "." + name, problems);
                  }
                });
      }
      case "array" -> {
        if (!value.isArray()) {
          problems.add(at + ": not an array");
          return;
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
          problems.add(at + ": more than " + schema.get("maxItems") + " items");
        }
        for (JsonNode item : value) {
          validate(spec, item, schema.path("items"), at + "[]", problems);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          problems.add(at + ": not a string");
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          problems.add(at + ": not an integer");
        } else if (schema.has("maximum") && value.asLong() > schema.get("maximum").asLong()) {
          problems.add(at + ": above the maximum " + schema.get("maximum"));
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          problems.add(at + ": not a boolean");
        }
      }
      default -> {}
    }
  }
}
