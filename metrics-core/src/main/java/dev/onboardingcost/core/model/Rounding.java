package dev.onboardingcost.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one place where exact figures are rounded to be shown: half-even, money to the currency's
 * minor unit, hours and days to 2 decimals (docs/method.md).
 */
public final class Rounding {

  /** Micro-minutes in a hundredth of an hour: {@code 10^6 × 60 / 100}. */
  private static final long MICRO_MINUTES_PER_HUNDREDTH_HOUR = 600_000L;

  private Rounding() {}

  /** {@code amount} rounded half-even to the minor unit of {@code currency} (2 for USD). */
  public static BigDecimal money(BigDecimal amount, Currency currency) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return amount.setScale(digits, RoundingMode.HALF_EVEN);
  }

  /**
   * {@code minutes} as hours, rounded half-even to 2 decimals: {@link #exactHours} rounded.
   *
   * <p>Minutes that are a whole number of micro-minutes (at most 6 decimals, as the engine's sums
   * mostly are) take a shortcut in {@code long} arithmetic with the same result. Their exact hours
   * {@code M / (6 × 10^7)} ({@code M} micro-minutes) either end within 27 significant digits, so
   * {@link #exactHours} has them exactly, or (when 3 does not divide {@code M}) repeat 3s or 6s
   * from the 9th decimal on, so that the 34-digit rounding of {@link #exactHours} moves them by
   * less than {@code 10^-21} and can neither reach nor cross a half-cent of an hour: either way the
   * figure rounds to 2 decimals exactly as the exact hours do.
   */
  public static BigDecimal hours(BigDecimal minutes) {
    int scale = minutes.scale();
    if (scale >= 0 && scale <= 6 && minutes.precision() - scale <= 12) {
      return hoursOfMicroMinutes(minutes.movePointRight(6).longValueExact());
    }
    return exactHours(minutes).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** {@code micros} micro-minutes as hours, rounded half-even to 2 decimals. */
  private static BigDecimal hoursOfMicroMinutes(long micros) {
    long magnitude = Math.abs(micros); // at most 10^18: micros has at most 18 digits
    long hundredths = magnitude / MICRO_MINUTES_PER_HUNDREDTH_HOUR;
    long twiceRest = 2 * (magnitude % MICRO_MINUTES_PER_HUNDREDTH_HOUR);
    if (twiceRest > MICRO_MINUTES_PER_HUNDREDTH_HOUR
        || (twiceRest == MICRO_MINUTES_PER_HUNDREDTH_HOUR && (hundredths & 1) == 1)) {
      hundredths++;
    }
    return BigDecimal.valueOf(micros < 0 ? -hundredths : hundredths, 2);
  }

  /** {@code minutes} as exact hours (34 significant digits). */
  public static BigDecimal exactHours(BigDecimal minutes) {
    return Decimal128.divide(minutes, 60);
  }

  /** {@code value} rounded half-even to 2 decimals (days, percentages, ratios). */
  public static BigDecimal twoDecimals(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN);
  }
}
