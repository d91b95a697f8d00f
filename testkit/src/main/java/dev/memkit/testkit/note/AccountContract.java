package dev.memkit.testkit.note;

import static dev.memkit.testkit.note.Outcomes.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memkit.domain.account.ProfileChange;
import dev.memkit.domain.account.ServiceInfo;
import dev.memkit.domain.account.User;
import dev.memkit.port.Account;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Account} must show, signed in with valid credentials. Subclass it in a
 * test and implement {@link #account()}. It changes the signed-in user's display name and e-mail:
 * run it against a test account.
 */
public abstract class AccountContract {

  private Account account;

  /** The account of a fresh backend, signed in; called once before each test. */
  protected abstract Account account();

  @BeforeEach
  void createPort() {
    account = account();
  }

  @Test
  void shouldNameSignedInUserWhenAskedWhoAmI() {
    User user = success(account.whoAmI());

    assertThat(user.username()).isNotBlank();
    assertThat(user.role()).isNotBlank();
  }

  @Test
  void shouldDescribeServiceWhenAskedForServiceInfo() {
    ServiceInfo info = success(account.serviceInfo());

    assertThat(info.backend()).isNotBlank();
    assertThat(info.version()).isNotBlank();
  }

  @Test
  void shouldChangeDisplayNameWhenUpdatingProfile() {
    User before = success(account.whoAmI());

    User after = success(account.updateProfile(ProfileChange.displayName("Contract Tester").get()));

    assertThat(after.displayName()).isEqualTo("Contract Tester");
    assertThat(after.username()).isEqualTo(before.username());
    assertThat(success(account.whoAmI()).displayName()).isEqualTo("Contract Tester");
  }

  @Test
  void shouldChangeOnlyEmailWhenProfileChangeHasOnlyEmail() {
    User before = success(account.whoAmI());

    User after = success(account.updateProfile(ProfileChange.email("tester@example.com").get()));

    assertThat(after.email()).isEqualTo(Option.some("tester@example.com"));
    assertThat(after.displayName()).isEqualTo(before.displayName());
    assertThat(success(account.whoAmI()).email()).isEqualTo(Option.some("tester@example.com"));
  }
}
