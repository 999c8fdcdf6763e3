package dev.onboardingcost.core.model;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
  void rejects_a_negative_rate() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> HourlyRate.of("-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
