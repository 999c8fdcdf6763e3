package dev.onboardingcost.core.model;

import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

  @ParameterizedTest(name = "{0} min is {1} h")
  @CsvSource({
    "0, 0.00",
    "60, 1.00",
    "0.3, 0.00", // 0.005 h exactly: half-even keeps 0.00
    "0.9, 0.02", // 0.015 h exactly: half-even goes to 0.02
    "1.5, 0.02", // 0.025 h exactly: half-even keeps 0.02
    "0.299999, 0.00",
    "0.300001, 0.01",
    "40, 0.67", // 0.666... h
    "-0.9, -0.02",
    "999999999999.999999, 16666666666.67",
    "0.1234567, 0.00", // 7 decimals: the plain path
    "12345.66666666666666666666666666667, 205.76", // 34 digits: the plain path
  })
  void rounds_minutes_as_hours_half_even_to_two_decimals(String minutes, String hours) {
    // GIVEN / WHEN
    BigDecimal rounded = Rounding.hours(new BigDecimal(minutes));
    // THEN
    then(rounded).isEqualTo(new BigDecimal(hours));
  }

  @Test
  void whole_micro_minutes_round_as_their_exact_hours_do() {
    // GIVEN minutes with 0 to 6 decimals, many on or next to a half of a hundredth of an hour
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 300_000; i++) {
      int scale = random.nextInt(0, 7);
      long unscaled =
          switch (i % 4) {
            case 0 -> random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
            case 1 -> 300_000L * random.nextLong(-10_000_000L, 10_000_000L) + random.nextInt(-2, 3);
            case 2 -> random.nextLong(0, 1_000_000_000_000_000_000L);
            default -> random.nextLong(0, 100_000);
          };
      BigDecimal minutes = BigDecimal.valueOf(unscaled, i % 4 == 1 ? 6 : scale);
      // WHEN
      BigDecimal hours = Rounding.hours(minutes);
      // THEN it is the 34-digit exact hours rounded, value and scale
      then(hours).isEqualTo(Rounding.exactHours(minutes).setScale(2, RoundingMode.HALF_EVEN));
    }
  }
}
