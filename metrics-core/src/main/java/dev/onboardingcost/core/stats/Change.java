package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * How a figure moved from one cohort to the next.
 *
 * @param amount {@code current - previous}, exact
 * @param percent {@code amount / previous × 100} (34 significant digits); empty when the previous
 *     figure is zero
 */
public record Change(BigDecimal amount, Optional<BigDecimal> percent) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks the change. */
  public Change {
    requireNonNull(amount, "amount");
    requireNonNull(percent, "percent");
  }

  /** The change from {@code previous} to {@code current}. */
  public static Change between(BigDecimal previous, BigDecimal current) {
    requireNonNull(previous, "previous");
    requireNonNull(current, "current");
    BigDecimal amount = current.subtract(previous);
    Optional<BigDecimal> percent =
        previous.signum() == 0
            ? Optional.empty()
            : Optional.of(amount.multiply(HUNDRED).divide(previous, MathContext.DECIMAL128));
    return new Change(amount, percent);
  }
}
