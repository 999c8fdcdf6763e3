package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * When an event happened and how long it took: an interval {@code start..end}, a single instant, a
 * duration in {@code minutes}, or any mix (docs/method.md). When {@code minutes} is given it is the
 * duration, and {@code start} (or {@code end}) only places the event in time.
 */
public record Timing(Optional<Instant> start, Optional<Instant> end, Optional<BigDecimal> minutes) {
  /** No time and no duration. */
  public static final Timing NONE =
      new Timing(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Checks the timing.
   *
   * @throws IllegalArgumentException when {@code end} is before {@code start} or minutes are
   *     negative
   */
  public Timing {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(minutes, "minutes");
    check(start.orElse(null), end.orElse(null), minutes.orElse(null));
  }

  /**
   * Checks the timing {@code start}, {@code end} and {@code minutes}, each null when absent, as a
   * timing of them is checked.
   *
   * @throws IllegalArgumentException when {@code end} is before {@code start} or minutes are
   *     negative
   */
  public static void check(Instant start, Instant end, BigDecimal minutes) {
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    if (minutes != null && minutes.signum() < 0) {
      throw new IllegalArgumentException("minutes must not be negative, was " + minutes);
    }
  }

  /** The interval {@code start..end}. */
  public static Timing between(Instant start, Instant end) {
    return new Timing(Optional.of(start), Optional.of(end), Optional.empty());
  }

  /** A duration with no place in time. */
  public static Timing minutes(BigDecimal minutes) {
    return new Timing(Optional.empty(), Optional.empty(), Optional.of(minutes));
  }

  /** A duration placed at {@code at}. */
  public static Timing minutesAt(BigDecimal minutes, Instant at) {
    return new Timing(Optional.of(at), Optional.empty(), Optional.of(minutes));
  }

  /** A single instant. */
  public static Timing at(Instant at) {
    return new Timing(Optional.of(at), Optional.empty(), Optional.empty());
  }

  /** True when the duration is the interval {@code start..end} (both known, no minutes). */
  public boolean isInterval() {
    return isInterval(start.orElse(null), end.orElse(null), minutes.orElse(null));
  }

  /**
   * {@link #isInterval()} of the timing {@code start}, {@code end} and {@code minutes}, each null
   * when absent.
   */
  public static boolean isInterval(Instant start, Instant end, BigDecimal minutes) {
    return minutes == null && start != null && end != null;
  }

  /** The instant that places a non-interval event in time: {@code start}, else {@code end}. */
  public Optional<Instant> placement() {
    return start.isPresent() ? start : end;
  }
}
