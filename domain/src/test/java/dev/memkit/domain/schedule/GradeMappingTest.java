package dev.memkit.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.validation.Violation;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeMappingTest {

  @Test
  void shouldMapFailuresToAgainAndPassesToHardGoodEasyWhenStandard() {
    GradeMapping mapping = GradeMapping.standard();

    assertThat(mapping.ratings())
        .containsExactly(
            Map.entry(Grade.BLACKOUT, Rating.AGAIN),
            Map.entry(Grade.WRONG_BUT_REMEMBERED, Rating.AGAIN),
            Map.entry(Grade.WRONG_BUT_EASY, Rating.AGAIN),
            Map.entry(Grade.CORRECT_WITH_DIFFICULTY, Rating.HARD),
            Map.entry(Grade.CORRECT_AFTER_HESITATION, Rating.GOOD),
            Map.entry(Grade.PERFECT, Rating.EASY));
  }

  @Test
  void shouldChangeOneGradeOnlyWhenReplacingItsRating() {
    GradeMapping mapping = GradeMapping.standard().with(Grade.CORRECT_WITH_DIFFICULTY, Rating.GOOD);

    assertThat(mapping.rating(Grade.CORRECT_WITH_DIFFICULTY)).isEqualTo(Rating.GOOD);
    assertThat(mapping.rating(Grade.PERFECT)).isEqualTo(Rating.EASY);
    assertThat(GradeMapping.standard().rating(Grade.CORRECT_WITH_DIFFICULTY))
        .isEqualTo(Rating.HARD);
  }

  @Test
  void shouldListEveryMissingGradeWhenTheTableIsIncomplete() {
    var result = GradeMapping.of(Map.of(Grade.BLACKOUT, Rating.AGAIN, Grade.PERFECT, Rating.EASY));

    assertThat(result.getError())
        .extracting(Violation::field)
        .containsExactly("ratings[1]", "ratings[2]", "ratings[3]", "ratings[4]");
  }

  @Test
  void shouldEqualTheStandardMappingWhenBuiltFromTheSameTable() {
    var table = new EnumMap<>(GradeMapping.standard().ratings());

    assertThat(GradeMapping.of(table).get()).isEqualTo(GradeMapping.standard());
  }

  @Test
  void shouldNumberRatingsOneToFourWhenParsed() {
    assertThat(Rating.of(1).get()).isEqualTo(Rating.AGAIN);
    assertThat(Rating.of(4).get()).isEqualTo(Rating.EASY);
    assertThat(Rating.EASY.value()).isEqualTo(4);
    assertThat(Rating.of(5).getError()).extracting(Violation::field).containsExactly("rating");
  }
}
