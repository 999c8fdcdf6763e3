package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** What one hour of a person's time costs, in the workspace currency. */
public record HourlyRate(BigDecimal perHour) {
  private static final long MINUTES_PER_HOUR = 60;

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
    return Decimal128.divide(perHour.multiply(minutes), MINUTES_PER_HOUR);
  }
}
