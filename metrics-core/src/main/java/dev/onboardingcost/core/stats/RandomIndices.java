package dev.onboardingcost.core.stats;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Uniform random indices for resampling, drawn exactly as Commons RNG's {@code
 * UniformRandomProvider.nextInt(bound)} draws them from a fresh {@code XO_RO_SHI_RO_128_PP}
 * generator: each 64-bit output gives two 32-bit values, low half first; a value {@code v} becomes
 * the index {@code (v × bound) >>> 32}, unless the low 32 bits of that product fall below {@code
 * 2^32 mod bound}, when it is rejected and the next value is used (Lemire's method, unbiased).
 *
 * <p>It exists for speed: through the interface each draw goes down a chain of calls and checks the
 * generator's cached half; here both halves of an output are used in straight-line code on the
 * concrete generator type, and the rejection threshold is computed once per sum. The indices are
 * the same.
 *
 * <p>Not thread-safe: give each thread its own instance (see {@link #streams}).
 */
public final class RandomIndices {
  private static final long NO_SPARE = -1L;
  private static final long LOW_32 = 0xFFFF_FFFFL;

  private final Generator generator;

  /** The unused high half of the generator's last output, or {@link #NO_SPARE}. */
  private long spare = NO_SPARE;

  private RandomIndices(XoRoShiRo128PlusPlus generator) {
    this.generator = new Generator(generator);
  }

  /**
   * Indices from the generator that {@code RandomSource.XO_RO_SHI_RO_128_PP.create(seed)} gives.
   */
  public static RandomIndices seeded(long seed) {
    return new RandomIndices(generatorOf(seed));
  }

  /**
   * {@code count} non-overlapping streams derived from {@code seed}: stream {@code k} starts where
   * the seeded generator stands after {@code k} jumps of {@code 2^64} outputs (stream 0 is {@link
   * #seeded}). A stream would need {@code 2^64} outputs to reach the next one's start.
   *
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public static RandomIndices[] streams(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("stream count must not be negative, was " + count);
    }
    XoRoShiRo128PlusPlus generator = generatorOf(seed);
    RandomIndices[] streams = new RandomIndices[count];
    for (int k = 0; k < count; k++) {
      // jump() hands back the current state and moves the generator 2^64 outputs on
      streams[k] = new RandomIndices((XoRoShiRo128PlusPlus) generator.jump());
    }
    return streams;
  }

  /**
   * The sum of {@code count} elements of {@code values} at indices drawn uniformly with
   * replacement, in draw order. The caller guarantees that the sum fits a {@code long}.
   *
   * @throws IllegalArgumentException when {@code values} is empty while {@code count > 0}
   */
  long sumOfDraws(long[] values, int count) {
    if (count <= 0) {
      return 0;
    }
    if (values.length == 0) {
      throw new IllegalArgumentException("cannot draw from an empty sample");
    }
    final long bound = values.length;
    final long threshold = (1L << 32) % bound;
    long sum = 0;
    int left = count;
    if (spare != NO_SPARE) {
      long product = spare * bound;
      if ((product & LOW_32) >= threshold) {
        sum += values[(int) (product >>> 32)];
        left--;
      }
      spare = NO_SPARE;
    }
    while (left >= 2) {
      // Every output gives at most two indices, so left / 2 outputs never draw one too many: they
      // are used in a loop whose length is known on entry (which the JIT unrolls), instead of
      // testing what is left after each output. Rejections, about one value in 600,000, leave
      // some over for another round. The outputs and indices are those of one loop per output.
      sum += generator.sumOfOutputs(values, left >>> 1, threshold);
      left -= generator.accepted;
    }
    while (left == 1) {
      long bits = generator.nextLong();
      long low = (bits & LOW_32) * bound;
      if ((low & LOW_32) >= threshold) {
        sum += values[(int) (low >>> 32)];
        left = 0;
        spare = bits >>> 32;
      } else {
        long high = (bits >>> 32) * bound;
        if ((high & LOW_32) >= threshold) {
          sum += values[(int) (high >>> 32)];
          left = 0;
        }
      }
    }
    return sum;
  }

  /**
   * The generator, stepped in local variables for whole rounds of outputs: through {@code
   * nextLong()} each output is a call that reads and writes the state in memory, which costs most
   * while the loop still runs as the JIT's first, profiling compilation (C2's queue is long right
   * after pricing, and this loop may wait seconds for it). The step is {@code next()} of {@link
   * XoRoShiRo128PlusPlus} written out, on the state that class leaves to subclasses; the tests
   * compare the indices with Commons RNG's {@code nextInt}.
   */
  private static final class Generator extends XoRoShiRo128PlusPlus {
    /** How many indices the last {@link #sumOfOutputs} accepted. */
    int accepted;

    Generator(XoRoShiRo128PlusPlus source) {
      super(source);
    }

    /**
     * The sum of the values at the indices that the next {@code outputs} outputs give, both halves
     * of each, low half first, each half rejected below {@code threshold} as {@link #sumOfDraws}
     * says; sets {@link #accepted}.
     *
     * <p>Without a branch on the data: every half reads its value, and a rejected one is masked to
     * zero (the index is within bounds either way). Rejections are rare enough (about one value in
     * 600,000 in a bootstrap) that the optimizing compiler may take a branch for one that never
     * happens and give its code up at the first rejection, back to the slow first compilation until
     * it recompiles; masks leave nothing to give up, and the profiling compilation nothing to count
     * but the loop.
     */
    long sumOfOutputs(long[] values, int outputs, long threshold) {
      final long bound = values.length;
      long s0 = state0;
      long s1 = state1;
      long sum = 0;
      long rejected = 0;
      for (int i = 0; i < outputs; i++) {
        long bits = Long.rotateLeft(s0 + s1, 17) + s0;
        long mixed = s1 ^ s0;
        s0 = Long.rotateLeft(s0, 49) ^ mixed ^ (mixed << 21);
        s1 = Long.rotateLeft(mixed, 28);
        long low = (bits & LOW_32) * bound;
        long high = (bits >>> 32) * bound;
        // both operands lie in [0, 2^32): the difference is negative, its mask -1, on rejection
        long lowRejected = ((low & LOW_32) - threshold) >> 63;
        long highRejected = ((high & LOW_32) - threshold) >> 63;
        sum +=
            (values[(int) (low >>> 32)] & ~lowRejected)
                + (values[(int) (high >>> 32)] & ~highRejected);
        rejected += lowRejected + highRejected;
      }
      state0 = s0;
      state1 = s1;
      accepted = (int) (2L * outputs + rejected);
      return sum;
    }
  }

  private static XoRoShiRo128PlusPlus generatorOf(long seed) {
    return (XoRoShiRo128PlusPlus) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
  }
}
