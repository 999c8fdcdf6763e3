package dev.onboardingcost.core.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one place where exact figures are rounded to be shown: half-even, money to the currency's
 * minor unit, hours and days to 2 decimals (SPEC sections 5 and 9).
 */
public final class Rounding {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private Rounding() {}

  /** {@code amount} rounded half-even to the minor unit of {@code currency} (2 for USD). */
  public static BigDecimal money(BigDecimal amount, Currency currency) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return amount.setScale(digits, RoundingMode.HALF_EVEN);
  }

  /** {@code minutes} as hours, rounded half-even to 2 decimals. */
  public static BigDecimal hours(BigDecimal minutes) {
    return minutes.divide(SIXTY, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** {@code minutes} as exact hours (34 significant digits). */
  public static BigDecimal exactHours(BigDecimal minutes) {
    return minutes.divide(SIXTY, MathContext.DECIMAL128);
  }

  /** {@code value} rounded half-even to 2 decimals (days, percentages, ratios). */
  public static BigDecimal twoDecimals(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN);
  }
}
