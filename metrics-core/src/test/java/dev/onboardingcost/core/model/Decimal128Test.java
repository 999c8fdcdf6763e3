package dev.onboardingcost.core.model;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Decimal128Test {

  @ParameterizedTest(name = "{0} / {1} = {2}")
  @CsvSource({
    "960, 480, 2", // exact: no trailing zeros, the dividend's scale
    "1.0, 4, 0.25", // exact one scale further
    "3.6E+3, 60, 6E+1", // the smallest exact scale, above the preferred -2
    "0.00, 7, 0.00",
    "-90, 60, -1.5",
    "1, 3, 0.3333333333333333333333333333333333", // 34 digits, by BigDecimal
    "12345678901234567, 2, 6172839450617283.5", // 17 digits: by BigDecimal
  })
  void divides_to_34_significant_digits(String dividend, long divisor, String quotient) {
    // GIVEN / WHEN
    BigDecimal result = Decimal128.divide(new BigDecimal(dividend), divisor);
    // THEN value and scale
    then(result).isEqualTo(new BigDecimal(quotient));
  }

  @Test
  void gives_the_value_and_scale_of_the_decimal128_division() {
    // GIVEN dividends of every size and scale, many a multiple of the divisor
    SplittableRandom random = new SplittableRandom(128);
    long[] divisors = {1, 2, 3, 4, 5, 7, 8, 12, 25, 60, 120, 450, 480, 1000, 1024, 3125, 86400};
    for (int i = 0; i < 300_000; i++) {
      long divisor = divisors[random.nextInt(divisors.length)];
      long unscaled =
          switch (i % 3) {
            case 0 -> random.nextLong(-1_000_000, 1_000_000) * divisor;
            case 1 -> random.nextLong(-100_000_000_000L, 100_000_000_000L);
            default -> random.nextLong();
          };
      BigDecimal dividend = BigDecimal.valueOf(unscaled, random.nextInt(-3, 12));
      // WHEN
      BigDecimal quotient = Decimal128.divide(dividend, divisor);
      // THEN
      BigDecimal expected = dividend.divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL128);
      then(quotient).as("%s / %d", dividend, divisor).isEqualTo(expected);
    }
  }

  @Test
  void refuses_a_divisor_that_is_not_positive() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> Decimal128.divide(BigDecimal.ONE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
