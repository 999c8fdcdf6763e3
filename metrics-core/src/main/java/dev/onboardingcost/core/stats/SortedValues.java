package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Values of one measure in ascending order, sorted once for the percentiles, the mean and the rank
 * test that need them. Equal values at different scales (2.5 and 2.50) keep the order they were
 * given in.
 */
final class SortedValues {
  private final List<BigDecimal> ascending;
  private Optional<BigDecimal> mean; // computed when first asked for

  private SortedValues(List<BigDecimal> ascending) {
    this.ascending = ascending;
  }

  /** {@code values} sorted. */
  static SortedValues of(Collection<BigDecimal> values) {
    requireNonNull(values, "values");
    List<BigDecimal> ascending = new ArrayList<>(values.size());
    for (BigDecimal value : values) {
      ascending.add(requireNonNull(value, "value"));
    }
    // stable: of two equal values, the one that comes first decides the scale a percentile shows
    ascending.sort(Comparator.naturalOrder());
    return new SortedValues(Collections.unmodifiableList(ascending));
  }

  /** How many values there are. */
  int size() {
    return ascending.size();
  }

  /** The values, smallest first. */
  List<BigDecimal> ascending() {
    return ascending;
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
