package dev.onboardingcost.core.model;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HourlyRateTest {

  @ParameterizedTest(name = "{1} min at {0}/h is {2}, shown {3}")
  @CsvSource({
    "200, 60, 200, 200.00",
    "200, 360, 1200, 1200.00",
    "120, 33, 66, 66.00",
    "150, 45, 112.5, 112.50",
    "200, 38, 126.6666666666666666666666666666667, 126.67", // 34 significant digits
    "0, 600, 0, 0.00",
    "99.99, 0.5, 0.83325, 0.83", // half-even: 0.83325 -> 0.83
  })
  void costs_minutes_as_minutes_over_sixty_times_the_rate(
      String rate, String minutes, String exact, String shown) {
    // GIVEN / WHEN
    BigDecimal cost = HourlyRate.of(rate).costOf(new BigDecimal(minutes));
    // THEN
    then(cost).isEqualByComparingTo(exact);
    then(cost.setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo(shown);
  }

  @Test
  void the_fast_path_gives_the_value_and_scale_of_the_decimal128_division() {
    // GIVEN
    SplittableRandom random = new SplittableRandom(42);
    BigDecimal sixty = BigDecimal.valueOf(60);
    for (int i = 0; i < 200_000; i++) {
      BigDecimal rate = BigDecimal.valueOf(random.nextLong(0, 100_000), random.nextInt(-1, 4));
      BigDecimal minutes =
          BigDecimal.valueOf(
              random.nextLong(0, i % 7 == 0 ? Long.MAX_VALUE : 100_000_000L),
              random.nextInt(-1, 6));
      // WHEN
      BigDecimal cost = new HourlyRate(rate).costOf(minutes);
      // THEN
      BigDecimal expected = rate.multiply(minutes).divide(sixty, MathContext.DECIMAL128);
      then(cost).isEqualTo(expected);
      then(cost.scale()).isEqualTo(expected.scale());
    }
  }

  @Test
  void rejects_a_negative_rate() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> HourlyRate.of("-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
