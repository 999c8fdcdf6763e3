package dev.onboardingcost.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A half-open interval of time {@code [start, end)}; {@code start == end} is an instant. */
public record Span(Instant start, Instant end) {
  /** Checks the span. */
  public Span {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }
}
