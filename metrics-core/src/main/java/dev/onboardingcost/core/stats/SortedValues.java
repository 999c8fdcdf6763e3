package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.StableOrder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Values of one measure in ascending order, each with its nearest double, sorted once for the
 * percentiles, the mean and the rank test that need them.
 *
 * <p>The sort compares the nearest doubles first and the exact decimals only where those are equal.
 * Rounding to the nearest double never reverses two decimals, so this is exactly {@code
 * BigDecimal}'s order (and, being stable, the very list that sorting by it gives), without its slow
 * comparisons of values at different scales (a cost at scale 31 against one at scale 6 multiplies a
 * 34-digit integer on every comparison).
 */
final class SortedValues {
  private final List<BigDecimal> ascending;
  private final double[] nearest;
  private Optional<BigDecimal> mean; // computed when first asked for

  private SortedValues(List<BigDecimal> ascending, double[] nearest) {
    this.ascending = ascending;
    this.nearest = nearest;
  }

  /** {@code values} sorted. */
  static SortedValues of(Collection<BigDecimal> values) {
    requireNonNull(values, "values");
    BigDecimal[] given = new BigDecimal[values.size()];
    double[] givenNearest = new double[given.length];
    int i = 0;
    for (BigDecimal value : values) {
      given[i] = requireNonNull(value, "value");
      givenNearest[i++] = NearestDouble.of(value);
    }
    // by the nearest doubles, which tell nearly all values apart, then exactly
    int[] order =
        StableOrder.of(
            given.length,
            (a, b) -> {
              int byDouble = Double.compare(givenNearest[a], givenNearest[b]);
              return byDouble != 0 ? byDouble : given[a].compareTo(given[b]);
            });
    BigDecimal[] ascending = new BigDecimal[given.length];
    double[] nearest = new double[given.length];
    for (i = 0; i < given.length; i++) {
      ascending[i] = given[order[i]];
      nearest[i] = givenNearest[order[i]];
    }
    return new SortedValues(Collections.unmodifiableList(Arrays.asList(ascending)), nearest);
  }

  /** How many values there are. */
  int size() {
    return ascending.size();
  }

  /** The values, smallest first. */
  List<BigDecimal> ascending() {
    return ascending;
  }

  /** The nearest double of each value, in the same order (shared: do not change it). */
  double[] nearestDoubles() {
    return nearest;
  }

  /** The {@code p}-th percentile ({@link Percentiles}); empty when there are no values. */
  Optional<BigDecimal> percentile(BigDecimal p) {
    return ascending.isEmpty() ? Optional.empty() : Optional.of(Percentiles.ofSorted(ascending, p));
  }

  /** The mean to 34 significant digits; empty when there are no values. */
  Optional<BigDecimal> mean() {
    if (mean == null) {
      mean = Distribution.meanOf(ascending);
    }
    return mean;
  }
}
