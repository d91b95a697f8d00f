package dev.memkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every architecture rule on memkit's production classes (every module is on this module's
 * test class path), and proves each rule can fail: run on a fixture that breaks it on purpose, it
 * reports the fixture's offending class.
 */
class ArchitectureTest {

  private static final String ROOT = "dev.memkit";
  private static final String FIXTURES = "dev.memkit.archfixture";

  private static JavaClasses memkit;

  @BeforeAll
  static void importMemkit() {
    memkit =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  /** Each rule, and a fixture package that breaks it with the class that does. */
  static Stream<Arguments> rules() {
    return Stream.of(
        rule(
            "domain depends only on the JDK and Vavr",
            MemkitArchitecture::domainDependsOnlyOnTheJdkAndVavr,
            "impuredomain",
            "domain.Leaky"),
        rule(
            "domain never reads the clock",
            MemkitArchitecture::domainNeverReadsTheClock,
            "clockdomain",
            "domain.Stamped"),
        rule(
            "ports depend only on the domain",
            MemkitArchitecture::portsDependOnlyOnTheDomain,
            "leakyports",
            "port.Notes"),
        rule(
            "adapters do not know each other",
            MemkitArchitecture::adaptersDoNotKnowEachOther,
            "coupledadapters",
            "adapter.alpha.AlphaNotes"),
        rule(
            "use cases depend only on ports and domain",
            MemkitArchitecture::useCasesDependOnlyOnPortsAndDomain,
            "usecaseleak",
            "app.usecase.PrintNotes"),
        rule(
            "only the wiring names adapters",
            MemkitArchitecture::onlyTheWiringNamesAdapters,
            "adapternamed",
            "app.cli.NotesCommand"),
        rule(
            "Guice lives only in app and testkit",
            MemkitArchitecture::guiceLivesOnlyInAppAndTestkit,
            "guiceleak",
            "adapter.alpha.AlphaModule"),
        rule(
            "Jackson lives only in adapters and emulators",
            MemkitArchitecture::jacksonLivesOnlyInAdaptersAndEmulators,
            "wireleak",
            "app.cli.JsonPrinter"),
        rule(
            "Feign lives only in adapters",
            MemkitArchitecture::feignLivesOnlyInAdapters,
            "feignleak",
            "port.RemoteNotes"),
        rule(
            "HTTP support serves only adapters",
            MemkitArchitecture::httpSupportServesOnlyAdapters,
            "httpleak",
            "app.cli.Downloader"),
        rule(
            "packages are free of cycles",
            MemkitArchitecture::packagesAreFreeOfCycles,
            "cycle",
            "cycle.alpha.Alpha"));
  }

  private static Arguments rule(
      String name, Function<String, ArchRule> rule, String fixture, String offender) {
    return Arguments.of(name, rule, fixture, offender);
  }

  @ParameterizedTest(name = "{0} holds for memkit")
  @MethodSource("rules")
  void shouldHoldWhenCheckedOnMemkit(
      String name, Function<String, ArchRule> rule, String fixture, String offender) {
    assertThat(memkit.size()).as("memkit classes imported").isGreaterThan(20);

    rule.apply(ROOT).check(memkit);
  }

  @ParameterizedTest(name = "{0} fails on a broken fixture")
  @MethodSource("rules")
  void shouldFailWhenAFixtureBreaksTheRule(
      String name, Function<String, ArchRule> rule, String fixture, String offender) {
    String fixtureRoot = FIXTURES + "." + fixture;
    JavaClasses broken = new ClassFileImporter().importPackages(fixtureRoot);
    assertThat(broken).as("fixture classes").isNotEmpty();

    assertThatThrownBy(() -> rule.apply(fixtureRoot).check(broken))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(fixtureRoot + "." + offender)
        .hasMessageContaining("because");
  }
}
