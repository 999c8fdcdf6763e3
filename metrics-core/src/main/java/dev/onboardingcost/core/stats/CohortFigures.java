package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The figures of one cohort for one measure (the total, one category's cost or one system's
 * access-wait cost), and how they compare with the previous cohort.
 *
 * @param hires how many hires the cohort has
 * @param median the median cost ({@code PERCENTILE.INC 0.5}), exact; empty with no hires
 * @param mean the mean cost (34 significant digits); empty with no hires
 * @param medianChange the change of the median from the previous cohort; empty for the first cohort
 *     or when either median is missing
 * @param meanChange the change of the mean from the previous cohort, likewise
 * @param comparison the previous cohort (earlier) against this one (later): ratio of means, its
 *     interval and the permutation p-value; empty for the first cohort
 */
public record CohortFigures(
    int hires,
    Optional<BigDecimal> median,
    Optional<BigDecimal> mean,
    Optional<Change> medianChange,
    Optional<Change> meanChange,
    Optional<GroupComparison> comparison) {

  /** Why the first cohort has no comparison. */
  public static final String FIRST_COHORT = "the first cohort has nothing to compare with";

  /** Checks the figures. */
  public CohortFigures {
    if (hires < 0) {
      throw new IllegalArgumentException("hires must not be negative, was " + hires);
    }
    requireNonNull(median, "median");
    requireNonNull(mean, "mean");
    requireNonNull(medianChange, "medianChange");
    requireNonNull(meanChange, "meanChange");
    requireNonNull(comparison, "comparison");
  }

  /** Why there is no ratio or p-value; empty when both are there. */
  public Optional<String> reason() {
    return comparison.isEmpty() ? Optional.of(FIRST_COHORT) : comparison.get().reason();
  }

  /**
   * The figures of {@code values}, with the change from {@code previous} (the previous cohort's
   * values for the same measure; empty for the first cohort) and {@code comparison}, the previous
   * cohort's values tested against these (empty for the first cohort).
   */
  static CohortFigures of(
      SortedValues values, Optional<SortedValues> previous, Optional<GroupComparison> comparison) {
    Optional<BigDecimal> median = values.percentile(Percentiles.MEDIAN);
    Optional<BigDecimal> mean = values.mean();
    if (previous.isEmpty()) {
      return new CohortFigures(
          values.size(), median, mean, Optional.empty(), Optional.empty(), Optional.empty());
    }
    SortedValues before = previous.get();
    return new CohortFigures(
        values.size(),
        median,
        mean,
        change(before.percentile(Percentiles.MEDIAN), median),
        change(before.mean(), mean),
        comparison);
  }

  private static Optional<Change> change(Optional<BigDecimal> before, Optional<BigDecimal> now) {
    return before.flatMap(b -> now.map(n -> Change.between(b, n)));
  }
}
