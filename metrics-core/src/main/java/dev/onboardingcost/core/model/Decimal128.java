package dev.onboardingcost.core.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Division by a whole number to 34 significant digits ({@link MathContext#DECIMAL128}), the
 * precision of every quotient in the engine, with a shortcut for exact quotients.
 *
 * <p>{@code BigDecimal} finds an exact quotient by dividing at 34 digits and then stripping the
 * trailing zeros one {@code BigInteger} division by ten at a time (about 30 of them for {@code 960
 * / 480}). Minutes over 60, minutes over a workday and a total over the few systems sharing it are
 * mostly exact, so {@link #divide} first tries the exact quotient in {@code long} arithmetic.
 */
public final class Decimal128 {
  /** Dividends of at most this many digits take the shortcut: they and the quotient fit a long. */
  private static final int SMALL_PRECISION = 16;

  private Decimal128() {}

  /**
   * {@code dividend / divisor}: the same value and scale as {@code
   * dividend.divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL128)}.
   *
   * <p>When the dividend has at most 16 digits and the quotient is exact, it is found without the
   * long division: the exact quotient at the smallest scale not below the preferred scale (that of
   * the dividend), which is what {@code BigDecimal} gives for a quotient of fewer than 34 digits.
   * Writing {@code divisor} as {@code 2^a × 5^b × m} with {@code m} prime to 10, the quotient is
   * exact at some scale only if it is at scale {@code max(a, b)} above the dividend's, so at most
   * that many scales are tried; any other quotient goes to {@code BigDecimal}.
   *
   * @throws IllegalArgumentException when {@code divisor} is not positive
   */
  public static BigDecimal divide(BigDecimal dividend, long divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor must be positive, was " + divisor);
    }
    if (dividend.precision() <= SMALL_PRECISION) {
      long unscaled = dividend.unscaledValue().longValueExact();
      int scale = dividend.scale();
      int shifts = extraDecimals(divisor);
      // 16 digits times 10^shifts stays below 2^63 while shifts <= 2; beyond, check overflow
      for (int shift = 0; shift <= shifts; shift++) {
        if (unscaled % divisor == 0) {
          return BigDecimal.valueOf(unscaled / divisor, scale);
        }
        if (Math.abs(unscaled) > Long.MAX_VALUE / 10) {
          break;
        }
        unscaled *= 10;
        scale++;
      }
    }
    return dividend.divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL128);
  }

  /** {@code max(a, b)} for {@code divisor = 2^a × 5^b × m}: decimals an exact quotient may add. */
  private static int extraDecimals(long divisor) {
    int twos = Long.numberOfTrailingZeros(divisor);
    int fives = 0;
    for (long rest = divisor; rest % 5 == 0; rest /= 5) {
      fives++;
    }
    return Math.max(twos, fives);
  }
}
