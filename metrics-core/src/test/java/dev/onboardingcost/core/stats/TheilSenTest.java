package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.decimals;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class TheilSenTest {
  @Test
  void takes_the_median_slope_and_sens_interval_as_worked_by_hand() {
    // GIVEN y = 100, 300, 200, 500, 400: the 10 slopes sorted are
    // -100, -100, 33.3, 50, 75, 100, 100, 133.3, 200, 300
    List<BigDecimal> values = decimals("100", "300", "200", "500", "400");
    // WHEN var(S) = 5·4·15/18 = 50/3, C = 1.96 × 4.08 = 8.00, M1 = round(1.0) = 1,
    // M2 = round(9.0) = 9
    TheilSen theilSen = TheilSen.of(values, KendallTau.of(values).varianceOfS());
    // THEN the median is (75 + 100) / 2; the interval runs from the 1st to the 10th slope
    then(theilSen.slope()).isEqualByComparingTo("87.5");
    then(theilSen.interval().lower()).isEqualByComparingTo("-100");
    then(theilSen.interval().upper()).isEqualByComparingTo("300");
  }

  @Test
  void narrows_the_interval_by_the_tie_corrected_variance() {
    // GIVEN y = 100, 100, 200, 300, 200, 400: 15 slopes
    // -100, 0, 0, 25, 33.3, 50, 50, 60, 66.7, 66.7, 75, 100, 100, 100, 200
    List<BigDecimal> values = decimals("100", "100", "200", "300", "200", "400");
    // WHEN var(S) = 474/18, C = 10.06, M1 = round(2.47) = 2, M2 = round(12.53) = 13
    TheilSen theilSen = TheilSen.of(values, KendallTau.of(values).varianceOfS());
    // THEN the 8th slope, then the 2nd and the 14th (scipy.stats.theilslopes agrees)
    then(theilSen.slope()).isEqualByComparingTo("60");
    then(theilSen.interval().lower()).isEqualByComparingTo("0");
    then(theilSen.interval().upper()).isEqualByComparingTo("100");
  }

  @Test
  void keeps_slopes_that_do_not_terminate_to_34_digits() {
    // GIVEN y = 0, 10, 0, 10, 10: slopes 10, 0, 10/3, 5/2, -10, 0, 0, 10, 5, 0, sorted
    // -10, 0, 0, 0, 0, 2.5, 3.33.., 5, 10, 10
    // WHEN
    List<BigDecimal> values = decimals("0", "10", "0", "10", "10");
    TheilSen theilSen = TheilSen.of(values, KendallTau.of(values).varianceOfS());
    // THEN the median is (0 + 2.5) / 2 and the interval's top the 10th slope, 10
    then(theilSen.slope()).isEqualByComparingTo("1.25");
    then(theilSen.interval().upper()).isEqualByComparingTo("10");
  }

  @Test
  void locates_every_rank_by_bisection_as_the_sorted_slopes_give_it() {
    // GIVEN 300 lognormal-looking totals with cents and some repeats
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double cost = Math.exp(7 + random.nextDouble() * 2) - i;
      values.add(
          i % 17 == 0
              ? new BigDecimal("999.99")
              : BigDecimal.valueOf(cost).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }
    PairwiseSlopes sorted = new PairwiseSlopes(values, Integer.MAX_VALUE);
    PairwiseSlopes bisected = new PairwiseSlopes(values, 0);
    // WHEN / THEN every probed rank agrees to 12 significant digits
    for (long k : new long[] {1, 2, 1000, 22_425, 22_426, 44_000, 44_850}) {
      BigDecimal exact = sorted.kthSmallest(k);
      BigDecimal approx = bisected.kthSmallest(k);
      then(approx.round(new MathContext(12)))
          .as("rank %d", k)
          .isEqualByComparingTo(exact.round(new MathContext(12)));
    }
  }
}
