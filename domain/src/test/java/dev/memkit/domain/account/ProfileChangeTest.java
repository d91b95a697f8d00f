package dev.memkit.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.memkit.domain.validation.Violation;
import io.vavr.control.Option;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileChangeTest {

  private static final User USER =
      new User("steven", "Steven", Option.none(), Option.none(), "USER");

  @Test
  void shouldRejectChangeWhenNothingIsChanged() {
    assertThat(ProfileChange.of(Option.none(), Option.none(), Option.none()).getError())
        .extracting(Violation::field)
        .containsExactly("profile");
  }

  @Test
  void shouldRejectDisplayNameWhenBlankOrTooLong() {
    assertThat(ProfileChange.displayName(" ").getError())
        .containsExactly(Violation.of("displayName", "must not be blank"));
    assertThat(ProfileChange.displayName("x".repeat(101)).isInvalid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"no-at-sign", "a@b", "two@@example.com", "sp ace@example.com", "@example.com"})
  void shouldRejectEmailWhenNotShapedLikeAnAddress(String email) {
    assertThat(ProfileChange.email(email).getError())
        .extracting(Violation::field)
        .containsExactly("email");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/me.png",
        "http://a.b/c",
        "data:image/png;base64,iVBORw0KGgo="
      })
  void shouldAcceptAvatarWhenWebOrDataUrl(String avatar) {
    assertThat(ProfileChange.avatar(avatar).get().avatar())
        .isEqualTo(Option.some(URI.create(avatar)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://a.b/c.png", "me.png", "https://", "not a url"})
  void shouldRejectAvatarWhenNotWebOrDataUrl(String avatar) {
    assertThat(ProfileChange.avatar(avatar).getError())
        .extracting(Violation::field)
        .containsExactly("avatar");
  }

  @Test
  void shouldReportEveryFieldWhenAllAreInvalid() {
    assertThat(
            ProfileChange.of(Option.some(""), Option.some("x"), Option.some("ftp://x")).getError())
        .extracting(Violation::field)
        .containsExactly("displayName", "email", "avatar");
  }

  @Test
  void shouldApplyOnlyDefinedFieldsWhenUserIsChanged() {
    ProfileChange change =
        ProfileChange.of(Option.some("Steve"), Option.some("s@example.com"), Option.none()).get();

    User changed = USER.with(change);

    assertThat(changed)
        .isEqualTo(
            new User("steven", "Steve", Option.some("s@example.com"), Option.none(), "USER"));
  }

  @Test
  void shouldThrowWhenConstructedDirectlyWithoutAnyField() {
    assertThatThrownBy(() -> new ProfileChange(Option.none(), Option.none(), Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
