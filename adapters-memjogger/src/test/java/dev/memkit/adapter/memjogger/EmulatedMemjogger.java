package dev.memkit.adapter.memjogger;

import dev.memkit.adapter.memjogger.MemjoggerConfig.Login;
import dev.memkit.port.Secret;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.emulator.memjogger.MemjoggerEmulator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * A Memjogger adapter on a fresh account of an emulator, on a virtual clock: what every test here
 * starts from. The contract tests share one emulator (each test has its own account, so its own
 * empty backend); tests that inject faults start their own.
 */
final class EmulatedMemjogger {

  private static final AtomicLong ACCOUNTS = new AtomicLong();
  private static MemjoggerEmulator shared;

  final MutableClock clock;
  final VirtualSleeper sleeper;
  final MemjoggerEmulator emulator;
  final MemjoggerEmulator.Account account;
  final String password;
  final ZoneId zone;
  final List<String> log = new CopyOnWriteArrayList<>();
  final Memjogger memjogger;

  private EmulatedMemjogger(
      MemjoggerEmulator emulator,
      MutableClock clock,
      ZoneId zone,
      UnaryOperator<MemjoggerConfig> adjust,
      boolean withToken) {
    this.clock = clock;
    this.sleeper = new VirtualSleeper(clock);
    this.emulator = emulator;
    this.zone = zone;
    long n = ACCOUNTS.incrementAndGet();
    this.password = "pass-word-" + n;
    this.account = emulator.createAccount("user" + n + "@example.com", password);
    Login login =
        withToken
            ? new Login.Token(Secret.of(account.login()))
            : new Login.Password(account.email(), Secret.of(password));
    MemjoggerConfig config =
        adjust.apply(
            MemjoggerConfig.of(login, zone)
                .withBaseUri(emulator.baseUri())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
                .withRequestLog(log::add));
    this.memjogger = Memjogger.connect(config, clock, sleeper).get();
  }

  /** A fresh account on the emulator all contract tests share. */
  static synchronized EmulatedMemjogger onSharedEmulator() {
    if (shared == null) {
      // Never closed: its threads are daemons and it serves every contract test of the run.
      shared = MemjoggerEmulator.create(MutableClock.standard()).start();
    }
    return new EmulatedMemjogger(
        shared, MutableClock.standard(), ZoneId.of("UTC"), config -> config, false);
  }

  /** A password login on {@code emulator}, the clock in {@code zone}. */
  static EmulatedMemjogger on(MemjoggerEmulator emulator, MutableClock clock, ZoneId zone) {
    return new EmulatedMemjogger(emulator, clock, zone, config -> config, false);
  }

  /** Like {@link #on}, with the configuration adjusted. */
  static EmulatedMemjogger on(
      MemjoggerEmulator emulator, MutableClock clock, UnaryOperator<MemjoggerConfig> adjust) {
    return new EmulatedMemjogger(emulator, clock, ZoneId.of("UTC"), adjust, false);
  }

  /** A token login (a token the emulator issued for a fresh account). */
  static EmulatedMemjogger withToken(MemjoggerEmulator emulator, MutableClock clock) {
    return withToken(emulator, clock, config -> config);
  }

  /** Like {@link #withToken(MemjoggerEmulator, MutableClock)}, with the configuration adjusted. */
  static EmulatedMemjogger withToken(
      MemjoggerEmulator emulator, MutableClock clock, UnaryOperator<MemjoggerConfig> adjust) {
    return new EmulatedMemjogger(emulator, clock, ZoneId.of("UTC"), adjust, true);
  }

  /** Today as the adapter sends it in {@code client_date}. */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }
}
