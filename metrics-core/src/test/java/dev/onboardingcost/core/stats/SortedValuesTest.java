package dev.onboardingcost.core.stats;

import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SortedValuesTest {
  @Test
  void sorts_exactly_as_big_decimal_does_keeping_equal_values_in_their_order() {
    // GIVEN costs at scales 0 to 34, some equal at different scales, some a 34th digit apart
    SplittableRandom random = new SplittableRandom(5);
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      BigDecimal minutes = BigDecimal.valueOf(random.nextLong(0, 2_000));
      BigDecimal cost =
          minutes
              .multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(60), MathContext.DECIMAL128);
      values.add(cost);
      values.add(cost.setScale(Math.max(cost.scale(), 0) + 2)); // equal, another scale
      values.add(cost.add(new BigDecimal("1E-30"))); // the same double, a larger decimal
    }
    List<BigDecimal> expected = new ArrayList<>(values);
    expected.sort(null);
    // WHEN
    SortedValues sorted = SortedValues.of(values);
    // THEN the very same objects in the very same order, with their nearest doubles
    then(sorted.ascending()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      then(sorted.ascending().get(i)).isSameAs(expected.get(i));
      then(sorted.nearestDoubles()[i]).isEqualTo(expected.get(i).doubleValue());
    }
  }

  @Test
  void has_no_percentile_or_mean_without_values() {
    SortedValues none = SortedValues.of(List.of());
    then(none.percentile(Percentiles.MEDIAN)).isEmpty();
    then(none.mean()).isEmpty();
    then(none.size()).isZero();
  }
}
