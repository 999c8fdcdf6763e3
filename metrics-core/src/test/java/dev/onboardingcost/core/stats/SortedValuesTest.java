package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.decimals;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortedValuesTest {
  @Test
  void sorts_ascending_keeping_equal_values_in_their_order() {
    // GIVEN 2.50 before 2.5 (equal, at two scales), and a value a 30th decimal above 2.5
    List<BigDecimal> values =
        decimals("2.50", "10", "2.5000000000000000000000000000001", "0.1", "2.5", "-3");
    // WHEN
    SortedValues sorted = SortedValues.of(values);
    // THEN ascending, 2.50 still before 2.5 (so the same scales show)
    then(sorted.ascending())
        .extracting(BigDecimal::toPlainString)
        .containsExactly("-3", "0.1", "2.50", "2.5", "2.5000000000000000000000000000001", "10");
    then(sorted.ascending().get(2)).isSameAs(values.get(0));
  }

  @Test
  void gives_the_median_and_mean_of_the_sorted_values() {
    // GIVEN four values out of order
    SortedValues sorted = SortedValues.of(decimals("4", "1", "10", "2"));
    // WHEN / THEN median = 2 + 0.5 × (4 - 2) = 3; mean = 17 / 4 = 4.25
    then(sorted.percentile(Percentiles.MEDIAN)).hasValue(new BigDecimal("3.0"));
    then(sorted.mean()).hasValue(new BigDecimal("4.25"));
  }

  @Test
  void has_no_percentile_or_mean_without_values() {
    SortedValues none = SortedValues.of(List.of());
    then(none.percentile(Percentiles.MEDIAN)).isEmpty();
    then(none.mean()).isEmpty();
    then(none.size()).isZero();
  }
}
