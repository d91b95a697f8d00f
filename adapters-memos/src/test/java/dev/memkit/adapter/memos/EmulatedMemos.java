package dev.memkit.adapter.memos;

import dev.memkit.port.Secret;
import dev.memkit.testkit.MutableClock;
import dev.memkit.testkit.VirtualSleeper;
import dev.memkit.testkit.emulator.memos.MemosEmulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The adapter connected to a fresh emulator over loopback HTTP, with a captured request log. */
final class EmulatedMemos implements AutoCloseable {

  final MutableClock clock = MutableClock.standard();
  final VirtualSleeper sleeper = new VirtualSleeper(clock);
  final MemosEmulator emulator;
  final List<String> log = new CopyOnWriteArrayList<>();
  final MemosConfig config;
  private Memos memos;

  private EmulatedMemos(String version) {
    emulator = MemosEmulator.start(clock, version);
    config =
        MemosConfig.of(emulator.baseUri(), Secret.of(MemosEmulator.TOKEN))
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
            .withRequestLog(log::add);
  }

  static EmulatedMemos start() {
    return new EmulatedMemos("0.30.0");
  }

  static EmulatedMemos start(String version) {
    return new EmulatedMemos(version);
  }

  /** Connects anew with {@code config}. */
  io.vavr.control.Either<dev.memkit.port.Failure, Memos> connect(MemosConfig config) {
    return Memos.connect(config, clock, sleeper);
  }

  Memos memos() {
    if (memos == null) {
      memos = Memos.connect(config, clock, sleeper).get();
    }
    return memos;
  }

  @Override
  public void close() {
    emulator.close();
  }
}
