package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * A two-sided Mann-Whitney U test of two groups of costs, by Apache Commons Statistics' {@code
 * MannWhitneyUTest} with its defaults (exact p-value for small samples without ties, else the
 * normal approximation with tie and continuity correction). Values are compared as doubles, which
 * only matters for costs that agree to 15 significant digits.
 *
 * <p>Each group needs at least {@link #MIN_PER_GROUP} values: with a single value on one side the
 * smallest two-sided p-value possible is {@code 2 / (m + 1)}, which can never be significant for
 * the cohort sizes we see, so the test is reported as not done, with a reason, rather than as a
 * misleading number.
 *
 * @param u the statistic of the first group: the pairs {@code (a, b)} with {@code a > b}, plus half
 *     the ties
 * @param pValue the two-sided p-value
 * @param reason why the test was not done; empty when it was
 */
public record MannWhitney(OptionalDouble u, OptionalDouble pValue, Optional<String> reason) {
  /** The fewest values a group needs. */
  public static final int MIN_PER_GROUP = 2;

  /**
   * Checks the result.
   *
   * @throws IllegalArgumentException when the p-value is missing without a reason
   */
  public MannWhitney {
    requireNonNull(u, "u");
    requireNonNull(pValue, "pValue");
    requireNonNull(reason, "reason");
    if (pValue.isEmpty() && reason.isEmpty()) {
      throw new IllegalArgumentException("a test not done needs a reason");
    }
  }

  /** A test not done, for {@code reason}. */
  public static MannWhitney notDone(String reason) {
    return new MannWhitney(
        OptionalDouble.empty(), OptionalDouble.empty(), Optional.of(requireNonNull(reason)));
  }

  /**
   * Tests whether {@code first} and {@code second} come from the same distribution; {@link #u()} is
   * the statistic of {@code first}.
   */
  public static MannWhitney test(List<BigDecimal> first, List<BigDecimal> second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    return test(toDoubles(first), toDoubles(second));
  }

  /**
   * The test of two groups given as the doubles nearest their values, in any order (the test only
   * ranks them, so the order does not change {@code u} or the p-value).
   */
  static MannWhitney test(double[] first, double[] second) {
    if (first.length < MIN_PER_GROUP || second.length < MIN_PER_GROUP) {
      return notDone(
          "the Mann-Whitney test needs at least "
              + MIN_PER_GROUP
              + " hires on each side, there are "
              + first.length
              + " and "
              + second.length);
    }
    MannWhitneyUTest.Result result = MannWhitneyUTest.withDefaults().test(first, second);
    double p = result.getPValue();
    if (Double.isNaN(p)) {
      return notDone("every hire on both sides cost the same, so the test is undefined");
    }
    return new MannWhitney(
        OptionalDouble.of(result.getStatistic()), OptionalDouble.of(p), Optional.empty());
  }

  private static double[] toDoubles(List<BigDecimal> values) {
    double[] doubles = new double[values.size()];
    for (int i = 0; i < doubles.length; i++) {
      doubles[i] = values.get(i).doubleValue();
    }
    return doubles;
  }
}
