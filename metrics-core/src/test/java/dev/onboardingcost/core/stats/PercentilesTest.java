package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.decimals;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {
  // h = (n - 1) p, k = floor(h): x[k] + (h - k)(x[k+1] - x[k]), 0-based, as PERCENTILE.INC.
  @ParameterizedTest(name = "PERCENTILE.INC({0}; {1}) = {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1 2 3 4; 0.9; 3.7", // h = 2.7: 3 + 0.7 × (4 - 3)
        "1 2 3 4; 0.5; 2.5", // h = 1.5: 2 + 0.5 × (3 - 2)
        "4 3 1 2; 0.5; 2.5", // order of input does not matter
        "5 5 5 10; 0.5; 5", // ties: h = 1.5 between two fives
        "5 5 5 10; 0.9; 8.5", // h = 2.7: 5 + 0.7 × (10 - 5)
        "7 7 7; 0.9; 7", // constant data
        "4400; 0.9; 4400", // one value is every percentile
        "10 20; 0.9; 19", // h = 0.9: 10 + 0.9 × 10
        "10 20 30; 0; 10", // p = 0 is the minimum
        "10 20 30; 1; 30", // p = 1 is the maximum
        "0.01 0.02 100.005; 0.25; 0.015", // h = 0.5, exact in decimals
      })
  void interpolates_between_closest_ranks_like_excel(String values, String p, String expected) {
    // GIVEN
    List<BigDecimal> data = decimals(values.split(" "));
    // WHEN
    BigDecimal percentile = Percentiles.of(data, new BigDecimal(p)).orElseThrow();
    // THEN
    then(percentile).isEqualByComparingTo(expected);
  }

  @Test
  void scaled_units_give_the_same_percentile_as_decimals() {
    // GIVEN 1.0000, 2.0000, 3.0000, 4.0000 in units of 0.0001
    long[] units = {10_000, 20_000, 30_000, 40_000};
    // WHEN
    BigDecimal p90 = Percentiles.ofSortedUnits(units, 4, Percentiles.P90);
    // THEN
    then(p90).isEqualByComparingTo("3.7");
  }

  @Test
  void has_no_percentile_of_nothing() {
    // GIVEN / WHEN / THEN
    then(Percentiles.of(List.of(), Percentiles.MEDIAN)).isEmpty();
  }

  @Test
  void rejects_a_share_outside_zero_to_one() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> Percentiles.of(decimals("1"), new BigDecimal("1.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percentile must be in [0, 1], was 1.1");
  }
}
