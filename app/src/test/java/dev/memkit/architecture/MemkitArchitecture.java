package dev.memkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;

/**
 * memkit's architecture as rules over a root package: {@code "dev.memkit"} for the real code, a
 * fixture package for the tests that prove each rule fails when broken. Maven module boundaries are
 * the first wall (the enforcer keeps domain and ports free of frameworks); these rules are the
 * second, inside and across modules.
 */
final class MemkitArchitecture {

  private static final String[] JDK_AND_VAVR = {"java..", "io.vavr..", "org.jspecify.."};

  private MemkitArchitecture() {}

  static ArchRule domainDependsOnlyOnTheJdkAndVavr(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(with(JDK_AND_VAVR, root + ".domain.."))
        .because(
            "the domain is the pure core every module, adapter and user application builds on; a framework in it"
                + " would be a framework everywhere")
        .allowEmptyShould(true);
  }

  static ArchRule domainNeverReadsTheClock(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .callMethodWhere(readsTheClock())
        .because(
            "domain functions receive the time they need, so schedules and forecasts are deterministic and"
                + " testable without waiting")
        .allowEmptyShould(true);
  }

  static ArchRule portsDependOnlyOnTheDomain(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".port..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(with(JDK_AND_VAVR, root + ".port..", root + ".domain.."))
        .because(
            "ports speak domain language only, so that any adapter, fake or user implementation can implement"
                + " them without inheriting another's technology")
        .allowEmptyShould(true);
  }

  static ArchRule adaptersDoNotKnowEachOther(String root) {
    return slices()
        .matching(root + ".adapter.(*)..")
        .should()
        .notDependOnEachOther()
        .because(
            "each adapter translates one service to the ports; adapters that share code through each other"
                + " cannot be installed, replaced or removed alone")
        .allowEmptyShould(true);
  }

  static ArchRule useCasesDependOnlyOnPortsAndDomain(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".app.usecase..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            with(JDK_AND_VAVR, root + ".app.usecase..", root + ".port..", root + ".domain.."))
        .because(
            "a workflow written once against the ports works with every backend, and is tested against the"
                + " fakes")
        .allowEmptyShould(true);
  }

  static ArchRule onlyTheWiringNamesAdapters(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackages(root + ".adapter..", root + ".app.wiring..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".adapter..")
        .because(
            "backends are chosen once, in the composition root; everything else sees only ports, so a backend"
                + " can be swapped by configuration")
        .allowEmptyShould(true);
  }

  static ArchRule guiceLivesOnlyInAppAndTestkit(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(root + ".app..", root + ".testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..")
        .because(
            "dependency injection is how the application is assembled, not part of the framework users"
                + " compose into their own apps (they can build adapters with static factories)")
        .allowEmptyShould(true);
  }

  static ArchRule feignLivesOnlyInAdapters(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(root + ".adapter..", root + ".http..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("feign..")
        .because(
            "HTTP is how an adapter talks to its service; it must not leak into the domain, the ports, the use"
                + " cases or the CLI")
        .allowEmptyShould(true);
  }

  static ArchRule jacksonLivesOnlyInAdaptersAndEmulators(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(
            root + ".adapter..", root + ".http..", root + ".testkit.emulator..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .because(
            "JSON is a service's wire format: adapters speak it, and so do the testkit's emulators that stand"
                + " in for the services; the domain, ports, use cases and CLI never see it")
        .allowEmptyShould(true);
  }

  static ArchRule httpSupportServesOnlyAdapters(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(root + ".adapter..", root + ".http..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".http..")
        .because(
            "the HTTP support is adapter plumbing; code outside the adapters works with ports, whatever the"
                + " transport")
        .allowEmptyShould(true);
  }

  static ArchRule packagesAreFreeOfCycles(String root) {
    return slices()
        .matching(root + ".(**)")
        .should()
        .beFreeOfCycles()
        .because("packages that need each other cannot be understood, tested or split apart alone")
        .allowEmptyShould(true);
  }

  private static DescribedPredicate<JavaMethodCall> readsTheClock() {
    Set<String> nowOwners =
        Set.of(
            "java.time.Instant",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.LocalTime",
            "java.time.ZonedDateTime",
            "java.time.OffsetDateTime",
            "java.time.OffsetTime",
            "java.time.Year",
            "java.time.YearMonth",
            "java.time.MonthDay");
    Map<String, Set<String>> otherReads =
        Map.of(
            "java.time.Clock", Set.of("systemUTC", "systemDefaultZone", "system"),
            "java.lang.System", Set.of("currentTimeMillis", "nanoTime"));
    return DescribedPredicate.describe(
        "reads the system clock",
        call -> {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          return (nowOwners.contains(owner) && name.equals("now"))
              || otherReads.getOrDefault(owner, Set.of()).contains(name);
        });
  }

  private static String[] with(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
