package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * How many hires each side needs before a comparison can tell a given reduction of the mean cost
 * (docs/method.md): the smallest {@code n} per side at which the permutation test of the two means
 * rejects at the two-sided 5% level in at least 80% of simulated comparisons.
 *
 * <p>A simulated comparison draws {@code n} earlier costs and {@code n} later costs with
 * replacement from the observed costs of the earlier side, scales the later ones by {@code 1 −
 * reduction}, and runs the permutation test with {@link #SPLITS} random splits (rejecting when
 * {@code (b + 1) / (SPLITS + 1) <= 0.05}, {@code b} being the splits at least as extreme); the
 * power at {@code n} is the share of {@link #SIMULATIONS} comparisons rejected. Costs are held as
 * {@link ScaledSample} units, the later ones rounded half-even after scaling, and the splits drawn
 * as {@link PermutationTest} draws them, so a split exactly as extreme as the observed one counts.
 * The search tries 4, 8, 16, … up to {@link #MAX_PER_SIDE}, then halves the gap between the last
 * size too small and the first large enough. Every size is simulated from the same seed, so the
 * sizes are compared on the same random numbers. The fewer splits and simulations keep the search
 * quick; they make the answer a planning figure, good to a few hires, not an exact one.
 *
 * @param perSide the hires needed per side; {@link #MAX_PER_SIDE} when {@code moreThanMax}
 * @param moreThanMax true when even {@link #MAX_PER_SIDE} hires a side would not tell
 */
public record HiresNeeded(int perSide, boolean moreThanMax) {
  /** The largest size searched: the answer is "more than" this. */
  public static final int MAX_PER_SIDE = 500;

  /** The smallest size searched: a side needs 4 hires for a test. */
  public static final int MIN_PER_SIDE = GroupComparison.MIN_PER_SIDE;

  /** Simulated comparisons per size. */
  static final int SIMULATIONS = 250;

  /** Random splits per simulated permutation test. */
  static final int SPLITS = 99;

  private static final double POWER = 0.8;
  private static final double ALPHA = 0.05;

  /**
   * Checks the figure.
   *
   * @throws IllegalArgumentException when {@code perSide} is outside {@code MIN_PER_SIDE ..
   *     MAX_PER_SIDE}
   */
  public HiresNeeded {
    if (perSide < MIN_PER_SIDE || perSide > MAX_PER_SIDE) {
      throw new IllegalArgumentException(
          "hires needed must be " + MIN_PER_SIDE + ".." + MAX_PER_SIDE + ", was " + perSide);
    }
  }

  /**
   * The hires needed per side to detect {@code reduction} (0 to 1) of the mean of costs like {@code
   * earlier}, with {@code seed}. Costs that are all zero, or a reduction of zero, can never be told
   * apart: more than the maximum.
   */
  public static HiresNeeded toDetect(List<BigDecimal> earlier, BigDecimal reduction, long seed) {
    requireNonNull(earlier, "earlier");
    requireNonNull(reduction, "reduction");
    if (reduction.signum() < 0 || reduction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("reduction must be between 0 and 1, was " + reduction);
    }
    long[] costs = ScaledSample.of(earlier).units();
    boolean anyCost = Arrays.stream(costs).anyMatch(cost -> cost != 0);
    if (!anyCost || reduction.signum() == 0) {
      return new HiresNeeded(MAX_PER_SIDE, true);
    }
    long[] reduced = reduced(costs, reduction);
    int tooFew = MIN_PER_SIDE - 1;
    int enough = MIN_PER_SIDE;
    while (!powerful(costs, reduced, enough, seed)) {
      if (enough == MAX_PER_SIDE) {
        return new HiresNeeded(MAX_PER_SIDE, true);
      }
      tooFew = enough;
      enough = Math.min(2 * enough, MAX_PER_SIDE);
    }
    while (enough - tooFew > 1) {
      int middle = (tooFew + enough) >>> 1;
      if (powerful(costs, reduced, middle, seed)) {
        enough = middle;
      } else {
        tooFew = middle;
      }
    }
    return new HiresNeeded(enough, false);
  }

  /** "6" or "more than 500". */
  @Override
  public String toString() {
    return moreThanMax ? "more than " + MAX_PER_SIDE : Integer.toString(perSide);
  }

  /**
   * Each of {@code costs} (units of {@link ScaledSample}) less {@code reduction}, rounded
   * half-even.
   */
  static long[] reduced(long[] costs, BigDecimal reduction) {
    BigDecimal keep = BigDecimal.ONE.subtract(reduction);
    return Arrays.stream(costs)
        .map(
            cost ->
                keep.multiply(BigDecimal.valueOf(cost))
                    .setScale(0, RoundingMode.HALF_EVEN)
                    .longValueExact())
        .toArray();
  }

  /**
   * True when the test rejects in at least {@code POWER} of the simulated comparisons of {@code n}
   * hires a side, earlier ones drawn from {@code costs}, later ones from {@code reduced} (the same
   * costs less the reduction, in the same order). The comparisons are simulated in order until the
   * count decides: once enough have been rejected, or too many kept, the rest cannot change the
   * answer.
   */
  static boolean powerful(long[] costs, long[] reduced, int n, long seed) {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    long[] pool = new long[2 * n];
    long[] chosen = new long[1];
    int maxExtreme = (int) Math.floor(ALPHA * (SPLITS + 1)) - 1;
    int needed = (int) Math.ceil(POWER * SIMULATIONS);
    int rejected = 0;
    for (int s = 0; s < SIMULATIONS; s++) {
      if (rejected >= needed) {
        return true;
      }
      if (s - rejected > SIMULATIONS - needed) {
        return false;
      }
      long total = 0;
      long later = 0;
      for (int i = 0; i < n; i++) {
        pool[i] = costs[random.nextInt(costs.length)];
        pool[n + i] = reduced[random.nextInt(costs.length)];
        total += pool[i] + pool[n + i];
        later += pool[n + i];
      }
      // |2 × chosen sum − pooled sum| orders equal-sized splits as the difference in means does
      long observed = Math.abs(2 * later - total);
      int[] order = PermutationTest.identity(2 * n);
      int extreme = 0;
      for (int p = 0; p < SPLITS && extreme <= maxExtreme; p++) {
        PermutationTest.randomSplitSums(pool, 1, order, n, random, chosen);
        if (Math.abs(2 * chosen[0] - total) >= observed) {
          extreme++;
        }
      }
      if (extreme <= maxExtreme) {
        rejected++;
      }
    }
    return rejected >= needed;
  }
}
