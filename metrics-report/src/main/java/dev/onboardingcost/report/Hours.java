package dev.onboardingcost.report;

import dev.onboardingcost.core.model.Rounding;
import java.math.BigDecimal;

/** Hours as people read them: rounded as summary.json rounds them, without trailing zeros. */
public final class Hours {

  private Hours() {}

  /** Exact hours of {@code minutes}. */
  public static BigDecimal ofMinutes(BigDecimal minutes) {
    return Rounding.exactHours(minutes);
  }

  /** {@code hours} rounded half-even to 2 decimals, shown without trailing zeros: 6, 5.5, 2.38. */
  public static String text(BigDecimal hours) {
    BigDecimal rounded = Rounding.twoDecimals(hours);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }
}
