package dev.memkit.domain.schedule;

import java.time.Instant;

/**
 * Interval fuzz for FSRS review intervals (reference §3.4): the range py-fsrs and Anki use, and a
 * deterministic draw from it. The range constants are the published ones, implemented from their
 * description.
 */
final class Fuzz {

  private static final double[][] RANGES = {
    // start, end, factor
    {2.5, 7.0, 0.15}, {7.0, 20.0, 0.10}, {20.0, Double.POSITIVE_INFINITY, 0.05}
  };

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private Fuzz() {}

  /** The inclusive range a fuzzed interval falls in. */
  record Range(int min, int max) {}

  /** Whether an interval of {@code days} is fuzzed at all: only from 2.5 days on. */
  static boolean applies(long days) {
    return days >= 2.5;
  }

  /**
   * [round(ivl − δ), round(ivl + δ)] with δ = 1 + Σ factor · max(min(ivl, end) − start, 0), rounded
   * ties-to-even like Python, the low end at least 2 and the high end at most {@code maximum}.
   */
  static Range range(long days, int maximum) {
    double delta = 1.0;
    for (double[] range : RANGES) {
      delta += range[2] * Math.max(Math.min(days, range[1]) - range[0], 0.0);
    }
    long min = Math.max(2, (long) Math.rint(days - delta));
    long max = Math.min((long) Math.rint(days + delta), maximum);
    min = Math.min(min, max);
    return new Range((int) min, (int) max);
  }

  /**
   * An interval drawn uniformly from {@link #range}, every value equally likely, as Anki draws it.
   * (py-fsrs's {@code round(min + U·(max − min + 1))} gives the ends half the weight and can
   * overshoot by a day; that quirk is not reproduced.)
   */
  static long draw(long days, int maximum, long hash) {
    Range range = range(days, maximum);
    double unit = (hash >>> 11) * 0x1.0p-53;
    return range.min() + (long) Math.floor(unit * (range.max() - range.min() + 1));
  }

  /**
   * A seed mixing the configured seed, the card's state before the review and the review instant,
   * so that replaying a review gives the same interval whatever was reviewed in between (§7).
   */
  static long seed(long configured, ReviewState before, Instant at) {
    long h = mix(configured);
    if (before instanceof FsrsState fsrs) {
      h = mix(h, fsrs.phase().ordinal());
      h = mix(h, fsrs.step());
      h = mix(h, Double.doubleToLongBits(fsrs.stability()));
      h = mix(h, Double.doubleToLongBits(fsrs.difficulty()));
      h = mix(h, fsrs.lastReview().getEpochSecond());
      h = mix(h, fsrs.lastReview().getNano());
    } else {
      h = mix(h, -1);
    }
    h = mix(h, before.due().getEpochSecond());
    h = mix(h, before.due().getNano());
    h = mix(h, at.getEpochSecond());
    return mix(h, at.getNano());
  }

  private static long mix(long h, long value) {
    return mix((h + GOLDEN_GAMMA) ^ value);
  }

  // SplitMix64's finaliser: every input bit affects every output bit.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
