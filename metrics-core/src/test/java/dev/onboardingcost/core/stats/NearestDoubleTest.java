package dev.onboardingcost.core.stats;

import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NearestDoubleTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "9495.7500000000000000000000000000000",
        "1295.3333333333333333333333333333334",
        "-2785.208333333333333333333333333333",
        "0.1",
        "0",
        "123456789012345678901234567890.123456789",
        "1E+5",
        "4503599627370497.5", // exactly between two doubles: ties to even
        "4503599627370498.5",
        "9007199254740993", // 2^53 + 1
      })
  void converts_as_double_value_does(String text) {
    BigDecimal value = new BigDecimal(text);
    then(NearestDouble.of(value)).isEqualTo(value.doubleValue());
  }

  @ParameterizedTest(name = "1 + {0} × 2^-53")
  @CsvSource({"1", "3", "5", "-1", "-3"})
  void rounds_midpoints_to_even(int odd) {
    // GIVEN decimals exactly halfway between two doubles near 1, and just off them
    BigDecimal half = new BigDecimal(Math.scalb(1.0, -53)).multiply(BigDecimal.valueOf(odd));
    BigDecimal midpoint = BigDecimal.ONE.add(half);
    BigDecimal tiny = new BigDecimal("1E-60");
    // WHEN / THEN
    for (BigDecimal value :
        new BigDecimal[] {midpoint, midpoint.add(tiny), midpoint.subtract(tiny)}) {
      then(NearestDouble.of(value)).as("%s", value).isEqualTo(value.doubleValue());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void converts_random_money_as_double_value_does(long seed) {
    // GIVEN random values of up to 40 digits at scales 0 to 40, and quotients like the engine's
    SplittableRandom random = new SplittableRandom(seed);
    Random bits = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      BigInteger unscaled = new BigInteger(1 + random.nextInt(133), bits);
      BigDecimal value =
          new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(41));
      BigDecimal quotient =
          BigDecimal.valueOf(random.nextLong(1, 10_000_000))
              .divide(BigDecimal.valueOf(random.nextLong(1, 1_000)), MathContext.DECIMAL128);
      // WHEN / THEN
      then(NearestDouble.of(value)).as("%s", value).isEqualTo(value.doubleValue());
      then(NearestDouble.of(quotient)).as("%s", quotient).isEqualTo(quotient.doubleValue());
    }
  }
}
