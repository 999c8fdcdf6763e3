package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The figures of one cohort for one measure (the total, or one category's cost), and how they moved
 * from the previous cohort.
 *
 * @param hires how many hires the cohort has
 * @param median the median cost ({@code PERCENTILE.INC 0.5}), exact; empty with no hires
 * @param mean the mean cost (34 significant digits); empty with no hires
 * @param medianChange the change of the median from the previous cohort; empty for the first cohort
 *     or when either median is missing
 * @param meanChange the change of the mean from the previous cohort, likewise
 * @param test the Mann-Whitney test of this cohort (first group) against the previous one
 */
public record CohortFigures(
    int hires,
    Optional<BigDecimal> median,
    Optional<BigDecimal> mean,
    Optional<Change> medianChange,
    Optional<Change> meanChange,
    MannWhitney test) {

  /** Checks the figures. */
  public CohortFigures {
    if (hires < 0) {
      throw new IllegalArgumentException("hires must not be negative, was " + hires);
    }
    requireNonNull(median, "median");
    requireNonNull(mean, "mean");
    requireNonNull(medianChange, "medianChange");
    requireNonNull(meanChange, "meanChange");
    requireNonNull(test, "test");
  }

  /**
   * The figures of {@code values}, compared with {@code previous} (the previous cohort's values for
   * the same measure), or with nothing for the first cohort.
   */
  static CohortFigures of(SortedValues values, Optional<SortedValues> previous) {
    Optional<BigDecimal> median = values.percentile(Percentiles.MEDIAN);
    Optional<BigDecimal> mean = values.mean();
    if (previous.isEmpty()) {
      return new CohortFigures(
          values.size(),
          median,
          mean,
          Optional.empty(),
          Optional.empty(),
          MannWhitney.notDone("the first cohort has nothing to compare with"));
    }
    SortedValues before = previous.get();
    return new CohortFigures(
        values.size(),
        median,
        mean,
        change(before.percentile(Percentiles.MEDIAN), median),
        change(before.mean(), mean),
        MannWhitney.test(values.nearestDoubles(), before.nearestDoubles()));
  }

  private static Optional<Change> change(Optional<BigDecimal> before, Optional<BigDecimal> now) {
    return before.flatMap(b -> now.map(n -> Change.between(b, n)));
  }
}
