package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseSlopesTest {
  @Test
  void the_theil_sen_slope_is_the_median_of_the_slopes_between_every_two_hires() {
    // GIVEN totals 100, 300, 200, 500 for hires 1..4: the slopes are
    // 1-2: 200, 1-3: 50, 1-4: 133.33…, 2-3: -100, 2-4: 100, 3-4: 300
    PairwiseSlopes slopes =
        new PairwiseSlopes(
            List.of(
                new BigDecimal("100"),
                new BigDecimal("300"),
                new BigDecimal("200"),
                new BigDecimal("500")));
    // THEN each pair's slope is its rise over the hires between them
    then(slopes.between(0, 2)).isEqualByComparingTo("50");
    then(slopes.between(1, 2)).isEqualByComparingTo("-100");
    // AND the median of the six is the mean of the middle two, (100 + 133.33…) / 2
    then(slopes.median().setScale(6, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("116.666667");
  }

  @Test
  void an_odd_count_of_slopes_takes_the_middle_one() {
    // GIVEN three hires: slopes 1-2: 10, 1-3: 25, 2-3: 40
    PairwiseSlopes slopes =
        new PairwiseSlopes(
            List.of(new BigDecimal("0"), new BigDecimal("10"), new BigDecimal("50")));
    then(slopes.median()).isEqualByComparingTo("25");
  }

  @Test
  void a_pair_needs_two_different_hires() {
    PairwiseSlopes slopes = new PairwiseSlopes(List.of(BigDecimal.ONE));
    thenThrownBy(slopes::median).isInstanceOf(IllegalStateException.class);
    thenThrownBy(() -> slopes.between(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
