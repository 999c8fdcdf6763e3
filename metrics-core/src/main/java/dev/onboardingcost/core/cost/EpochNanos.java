package dev.onboardingcost.core.cost;

import java.time.Instant;

/**
 * An instant as one {@code long}: nanoseconds since 1970-01-01T00:00Z, which holds every instant
 * from 1677 to 2262 (an onboarding window lies in the years 1900-2200 the readers accept).
 */
final class EpochNanos {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private EpochNanos() {}

  /**
   * {@code instant} in nanoseconds since the epoch.
   *
   * @throws ArithmeticException when it lies outside the years 1677-2262
   */
  static long of(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
  }

  /** The instant {@code nanos} nanoseconds after the epoch. */
  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(0, nanos);
  }
}
