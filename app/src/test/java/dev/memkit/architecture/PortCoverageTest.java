package dev.memkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.memkit.testkit.wiring.FakePortsModule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every port has an abstract contract suite in the testkit, and the testkit's Guice module binds a
 * fake for it: a new port cannot be added without both.
 */
class PortCoverageTest {

  /** Ports whose contract suite carries another name. */
  private static final java.util.Map<String, String> CONTRACT_NAMES =
      java.util.Map.of("Forecasts", "ForecastContract");

  private static List<Class<?>> ports() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.memkit.port")
            .stream()
            .filter(JavaClass::isInterface)
            .filter(c -> !c.getSimpleName().equals("package-info"))
            .filter(c -> c.getPackageName().equals("dev.memkit.port"))
            .<Class<?>>map(JavaClass::reflect)
            .filter(PortCoverageTest::returnsEither)
            .toList();
  }

  /** A port's operations all answer {@code Either<Failure, T>}; query and value types do not. */
  private static boolean returnsEither(Class<?> type) {
    java.lang.reflect.Method[] methods = type.getDeclaredMethods();
    return java.util.Arrays.stream(methods)
            .filter(m -> !m.isDefault() && !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
            .allMatch(m -> m.getReturnType() == io.vavr.control.Either.class)
        && methods.length > 0;
  }

  @Test
  void shouldFindTheFullSetOfPortsWhenScanning() {
    assertThat(ports()).hasSizeGreaterThanOrEqualTo(19);
  }

  @Test
  void shouldHaveAContractSuiteWhenAPortExists() {
    List<JavaClass> testkit =
        new ClassFileImporter().importPackages("dev.memkit.testkit").stream().toList();
    for (Class<?> port : ports()) {
      String contract =
          CONTRACT_NAMES.getOrDefault(port.getSimpleName(), port.getSimpleName() + "Contract");
      List<JavaClass> suites =
          testkit.stream().filter(c -> c.getSimpleName().equals(contract)).toList();
      assertThat(suites).as("contract suite %s for %s", contract, port.getSimpleName()).hasSize(1);
      assertThat(suites.get(0).getModifiers())
          .as("%s is abstract", contract)
          .contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT);
    }
  }

  @Test
  void shouldBindAFakeWhenAPortExists() {
    Injector injector = Guice.createInjector(new FakePortsModule());

    for (Class<?> port : ports()) {
      assertThat(injector.getInstance(port))
          .as("fake for %s", port.getSimpleName())
          .isInstanceOf(port);
    }
  }
}
