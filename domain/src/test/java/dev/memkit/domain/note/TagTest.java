package dev.memkit.domain.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagTest {

  private static Tag tag(String value) {
    return Tag.of(value).get();
  }

  @Test
  void shouldAcceptTagWhenValueIsSimple() {
    assertThat(Tag.of("work").map(Tag::value).get()).isEqualTo("work");
  }

  @ParameterizedTest
  @ValueSource(strings = {"work/meeting", "学习", "123", "a-b_c&d", "launch🚀", "C++"})
  void shouldAcceptTagWhenCharactersAreUnusualButValid(String value) {
    assertThat(Tag.of(value).isValid()).isTrue();
  }

  @Test
  void shouldRejectTagWhenEmpty() {
    assertThat(Tag.of("").getError()).containsExactly(Violation.of("tag", "must not be empty"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"two words", "tab\there", "line\nbreak"})
  void shouldRejectTagWhenItContainsWhitespace(String value) {
    assertThat(Tag.of(value).getError())
        .extracting(Violation::message)
        .contains("must not contain whitespace");
  }

  @Test
  void shouldRejectTagWhenItContainsHash() {
    assertThat(Tag.of("#work").getError())
        .extracting(Violation::message)
        .containsExactly("must not contain '#' (write work, not #work)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/work", "work/", "work//meeting", "/"})
  void shouldRejectTagWhenASegmentIsEmpty(String value) {
    assertThat(Tag.of(value).getError())
        .extracting(Violation::message)
        .containsExactly("must not have an empty segment (a leading, trailing or double /)");
  }

  @Test
  void shouldRejectTagWhenLongerThanHundredCharacters() {
    assertThat(Tag.of("a".repeat(100)).isValid()).isTrue();
    assertThat(Tag.of("a".repeat(101)).getError())
        .extracting(Violation::field)
        .containsExactly("tag");
  }

  @Test
  void shouldReportEveryProblemWhenSeveralRulesAreBroken() {
    assertThat(Tag.of("tags[0]", "#a b/").getError())
        .hasSize(3)
        .allSatisfy(violation -> assertThat(violation.field()).isEqualTo("tags[0]"));
  }

  @Test
  void shouldThrowWhenConstructedDirectlyFromInvalidValue() {
    assertThatThrownBy(() -> new Tag("a b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldSplitSegmentsWhenTagIsNested() {
    assertThat(tag("work/meeting/2026").segments()).containsExactly("work", "meeting", "2026");
    assertThat(tag("work").segments()).containsExactly("work");
  }

  @Test
  void shouldGiveParentWhenTagIsNested() {
    assertThat(tag("work/meeting/2026").parent()).isEqualTo(Option.some(tag("work/meeting")));
    assertThat(tag("work").parent()).isEqualTo(Option.none());
  }

  @Test
  void shouldBeWithinAncestorWhenNestedBelowIt() {
    assertThat(tag("work/meeting").isWithin(tag("work"))).isTrue();
    assertThat(tag("work").isWithin(tag("work"))).isTrue();
    assertThat(tag("workshop").isWithin(tag("work"))).isFalse();
    assertThat(tag("work").isWithin(tag("work/meeting"))).isFalse();
  }

  @Test
  void shouldOrderByValueWhenCompared() {
    assertThat(tag("b").compareTo(tag("a"))).isPositive();
    assertThat(tag("a")).hasToString("a");
  }
}
