package dev.onboardingcost.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Dimensionless figures (r², p-values, percentages of capacity) as summary.json shows them: rounded
 * half-even to 4 decimals.
 */
public final class Ratios {
  /** Decimals of a shown ratio. */
  public static final int DECIMALS = 4;

  /** The conventional level: a p-value shown below 0.05 is significant. */
  private static final BigDecimal SIGNIFICANCE_LEVEL = new BigDecimal("0.05");

  private Ratios() {}

  /** {@code value} rounded half-even to 4 decimals. */
  public static BigDecimal round(BigDecimal value) {
    return value.setScale(DECIMALS, RoundingMode.HALF_EVEN);
  }

  /** {@code value} rounded half-even to 4 decimals; it must be finite. */
  public static BigDecimal round(double value) {
    return round(BigDecimal.valueOf(value));
  }

  /** {@code value} rounded to 4 decimals as plain text, trailing zeros kept: {@code 0.0400}. */
  public static String text(double value) {
    return round(value).toPlainString();
  }

  /**
   * True when the p-value {@code p}, as shown (rounded to 4 decimals), is below 0.05; the pitch and
   * the trend chart say "could be chance" otherwise. It must be finite.
   */
  public static boolean isSignificant(double p) {
    return round(p).compareTo(SIGNIFICANCE_LEVEL) < 0;
  }

  /**
   * True when there is a p-value and it is significant: a trend whose Kendall p this rejects is "no
   * clear trend" in the pitch, the trend chart and {@code compare}.
   */
  public static boolean isSignificant(OptionalDouble p) {
    return p.isPresent() && isSignificant(p.getAsDouble());
  }
}
