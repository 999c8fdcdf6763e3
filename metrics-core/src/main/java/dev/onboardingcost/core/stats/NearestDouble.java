package dev.onboardingcost.core.stats;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The double nearest a decimal (ties to even), the same as {@link BigDecimal#doubleValue()}, but
 * without its detour through a string when the unscaled value is long: a money figure with 34
 * significant digits converts in one integer division instead of microseconds of text parsing.
 */
final class NearestDouble {
  /** Powers of ten {@code 10^0 .. 10^63}, the divisors of positive scales. */
  private static final BigInteger[] POWERS_OF_TEN = new BigInteger[64];

  /** Bits kept before rounding: the 53 of a double's significand and one rounding bit. */
  private static final int KEPT_BITS = 54;

  static {
    POWERS_OF_TEN[0] = BigInteger.ONE;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1].multiply(BigInteger.TEN);
    }
  }

  private NearestDouble() {}

  /** {@code value} as the nearest double, equal to {@code value.doubleValue()}. */
  static double of(BigDecimal value) {
    int scale = value.scale();
    BigInteger unscaled = value.unscaledValue();
    if (unscaled.bitLength() < 52 || scale <= 0 || scale >= POWERS_OF_TEN.length) {
      return value.doubleValue(); // already fast for these, or not money-like
    }
    BigInteger magnitude = unscaled.abs();
    BigInteger divisor = POWERS_OF_TEN[scale];
    // magnitude / divisor lies in [2^(e-1), 2^(e+1)); shifting by 2^shift puts the quotient in
    // [2^54, 2^56), so it holds the 53 significand bits, the rounding bit and one or two more.
    int e = magnitude.bitLength() - divisor.bitLength();
    int shift = KEPT_BITS + 1 - e;
    BigInteger[] quotient =
        shift >= 0
            ? magnitude.shiftLeft(shift).divideAndRemainder(divisor)
            : magnitude.divideAndRemainder(divisor.shiftLeft(-shift));
    long q = quotient[0].longValueExact();
    boolean sticky = quotient[1].signum() != 0;
    int extra = 64 - Long.numberOfLeadingZeros(q) - KEPT_BITS;
    sticky |= (q & ((1L << extra) - 1)) != 0;
    q >>>= extra;
    long significand = q >>> 1;
    if ((q & 1) != 0 && (sticky || (significand & 1) != 0)) {
      significand++; // above the midpoint, or on it with an odd significand: round up
    }
    int exponent = 1 + extra - shift;
    if (exponent < -1000 || exponent > 900) {
      return value.doubleValue(); // near the subnormal or infinite range: leave it to the JDK
    }
    double result = Math.scalb((double) significand, exponent);
    return unscaled.signum() < 0 ? -result : result;
  }
}
