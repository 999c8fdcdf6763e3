package dev.onboardingcost.core.stats;

/**
 * Has the JIT compile the bootstrap's draw loop before the first bootstrap needs it, by drawing a
 * throwaway resample on a daemon thread.
 *
 * <p>Why: a report bootstraps right after pricing, when the optimizing compiler's queue is long
 * (pricing's hot methods take seconds to compile on a two-core machine). Until the compiler reaches
 * the draw loop, the loop runs in its first, profiling compilation, about three times slower: with
 * 10,000 resamples of 20,000 hires that was seconds. Started before the evidence is read, on a core
 * the start-up leaves idle, the loop is compiled long before it is needed. The throwaway sample is
 * large enough for its draws to meet rejected values (see {@link RandomIndices}), so the compiled
 * code has every path that real draws take and need not be given up at the first rejection. It
 * changes no figure: its sums are discarded, and every bootstrap seeds its own streams.
 */
public final class DrawLoopWarmUp {
  /** Values drawn from: {@code 2^32 mod 100,000 = 67,296} of the 32-bit values are rejected. */
  static final int VALUES = 100_000;

  /** Sums drawn: about 2,000,000 draws in all, some 30 of them rejected and drawn again. */
  static final int SUMS = 2_000;

  /**
   * Values in each sum; a rejection leaves a spare half over for the next sum, as in a bootstrap.
   */
  static final int DRAWS_PER_SUM = 1_000;

  private DrawLoopWarmUp() {}

  /** Starts the throwaway draws on a daemon thread and returns at once. */
  public static void startInBackground() {
    Thread thread = new Thread(DrawLoopWarmUp::draw, "draw-loop-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** The throwaway draws; their sum, returned so that no compiler can drop them as unused. */
  static long draw() {
    long[] values = new long[VALUES];
    RandomIndices indices = RandomIndices.seeded(0L);
    long total = 0;
    for (int sum = 0; sum < SUMS; sum++) {
      total += indices.sumOfDraws(values, DRAWS_PER_SUM);
    }
    return total;
  }
}
