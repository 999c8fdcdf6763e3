package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;

/** What one hour of a person's time costs, in the workspace currency. */
public record HourlyRate(BigDecimal perHour) {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  /** Checks the rate. */
  public HourlyRate {
    requireNonNull(perHour, "perHour");
    if (perHour.signum() < 0) {
      throw new IllegalArgumentException("Hourly rate must not be negative, was " + perHour);
    }
  }

  /** The rate {@code perHour}. */
  public static HourlyRate of(String perHour) {
    return new HourlyRate(new BigDecimal(perHour));
  }

  /** Exact cost of {@code minutes} at this rate (34 significant digits); round only to show. */
  public BigDecimal costOf(BigDecimal minutes) {
    BigDecimal product = perHour.multiply(minutes);
    BigDecimal exact = exactSixtieth(product);
    return exact != null ? exact : product.divide(SIXTY, MathContext.DECIMAL128);
  }

  /**
   * {@code product / 60} when the quotient is exact and small, else null; the same value and scale
   * as {@code product.divide(SIXTY, MathContext.DECIMAL128)}: the exact quotient at the smallest
   * scale not below the preferred scale (that of {@code product}), without the long division.
   */
  static BigDecimal exactSixtieth(BigDecimal product) {
    if (product.precision() > 16) {
      return null;
    }
    long unscaled = product.unscaledValue().longValueExact();
    if (unscaled % 3 != 0) {
      return null; // an endless expansion: rounded to 34 digits by the division
    }
    int scale = product.scale();
    for (int shift = 0; shift <= 2; shift++) {
      if (unscaled % 60 == 0) {
        return BigDecimal.valueOf(unscaled / 60, scale);
      }
      unscaled *= 10;
      scale++;
    }
    return null;
  }
}
