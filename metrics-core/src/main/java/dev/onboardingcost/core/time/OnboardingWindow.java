package dev.onboardingcost.core.time;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A hire's onboarding window {@code [start, end)}: from the workday start of their first working
 * day on or after the start date to the workday end of the {@code n}-th working day
 * (docs/method.md).
 */
public record OnboardingWindow(Instant start, Instant end) {
  /** Checks the window. */
  public OnboardingWindow {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("window end " + end + " must be after start " + start);
    }
  }

  /** The window of a hire who starts on {@code startDate}, lasting {@code workingDays} days. */
  public static OnboardingWindow of(WorkCalendar calendar, LocalDate startDate, int workingDays) {
    LocalDate first = calendar.firstWorkingDayFrom(startDate);
    LocalDate last = calendar.nthWorkingDay(first, workingDays);
    return new OnboardingWindow(calendar.startOf(first), calendar.endOf(last));
  }

  /** True when {@code instant} is inside {@code [start, end)}. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /**
   * The part of the interval {@code [from, to)} inside the window, or empty when it lies outside.
   * An instant-long interval inside the window stays as it is.
   */
  public Optional<Span> clip(Instant from, Instant to) {
    if (from.equals(to)) {
      return contains(from) ? Optional.of(new Span(from, to)) : Optional.empty();
    }
    Instant a = from.isAfter(start) ? from : start;
    Instant b = to.isBefore(end) ? to : end;
    return b.isAfter(a) ? Optional.of(new Span(a, b)) : Optional.empty();
  }
}
