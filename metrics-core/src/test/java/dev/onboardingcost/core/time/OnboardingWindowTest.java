package dev.onboardingcost.core.time;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnboardingWindowTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private static final WorkCalendar CALENDAR =
      WorkCalendar.nineToFive(NEW_YORK)
          .withHolidays(
              Set.of(
                  LocalDate.parse("2026-11-30"),
                  LocalDate.parse("2026-12-25"),
                  LocalDate.parse("2027-01-01")));

  /** Monday 2026-01-05 09:00 EST to Friday 2026-01-30 17:00 EST: 20 working days. */
  private static final OnboardingWindow JANUARY =
      OnboardingWindow.of(CALENDAR, LocalDate.parse("2026-01-05"), 20);

  @ParameterizedTest(name = "start {0}, {1} days: {2} .. {3}")
  @CsvSource({
    // a Monday start: four whole weeks
    "2026-01-05, 20, 2026-01-05T09:00-05:00, 2026-01-30T17:00-05:00",
    // a Saturday start: the window opens on Monday
    "2026-01-03, 20, 2026-01-05T09:00-05:00, 2026-01-30T17:00-05:00",
    // a Sunday start
    "2026-01-04, 1, 2026-01-05T09:00-05:00, 2026-01-05T17:00-05:00",
    // a Saturday start before the holiday Monday 2026-11-30: the window opens on Tuesday
    "2026-11-28, 1, 2026-12-01T09:00-05:00, 2026-12-01T17:00-05:00",
    // a start on the holiday itself
    "2026-12-25, 1, 2026-12-28T09:00-05:00, 2026-12-28T17:00-05:00",
    // Dec 21-24 are days 1-4, Dec 25 a holiday, Dec 28-31 days 5-8, Jan 1 a holiday,
    // Jan 4 is day 9 and Jan 5 day 10
    "2026-12-21, 10, 2026-12-21T09:00-05:00, 2027-01-05T17:00-05:00",
    // opens in standard time, closes in daylight time (clocks change on Sunday 2026-03-08)
    "2026-03-02, 10, 2026-03-02T09:00-05:00, 2026-03-13T17:00-04:00",
  })
  void opens_at_the_first_working_day_and_closes_after_the_nth(
      LocalDate startDate, int days, OffsetDateTime start, OffsetDateTime end) {
    // GIVEN a 9-to-5 New York calendar with holidays 2026-11-30, 2026-12-25 and 2027-01-01
    // WHEN
    OnboardingWindow window = OnboardingWindow.of(CALENDAR, startDate, days);
    // THEN
    then(window.start()).isEqualTo(start.toInstant());
    then(window.end()).isEqualTo(end.toInstant());
  }

  @Test
  void a_window_holds_exactly_its_working_days() {
    // GIVEN a ten-working-day window across Christmas and New Year
    OnboardingWindow window = OnboardingWindow.of(CALENDAR, LocalDate.parse("2026-12-21"), 10);
    // WHEN / THEN 10 x 480 minutes
    then(CALENDAR.workingMinutes(window.start(), window.end())).isEqualByComparingTo("4800");
  }

  @ParameterizedTest(name = "{0} .. {1} clips to {2} .. {3}")
  @CsvSource({
    // inside: unchanged
    "2026-01-06T10:00-05:00, 2026-01-06T12:00-05:00, 2026-01-06T10:00-05:00, 2026-01-06T12:00-05:00",
    // across the start
    "2026-01-02T10:00-05:00, 2026-01-05T12:00-05:00, 2026-01-05T09:00-05:00, 2026-01-05T12:00-05:00",
    // across the end
    "2026-01-30T16:00-05:00, 2026-02-02T12:00-05:00, 2026-01-30T16:00-05:00, 2026-01-30T17:00-05:00",
    // across both ends: the window
    "2025-12-01T00:00-05:00, 2026-03-01T00:00-05:00, 2026-01-05T09:00-05:00, 2026-01-30T17:00-05:00",
    // an instant at the start is inside
    "2026-01-05T09:00-05:00, 2026-01-05T09:00-05:00, 2026-01-05T09:00-05:00, 2026-01-05T09:00-05:00",
  })
  void clips_a_span_to_the_window(
      OffsetDateTime from,
      OffsetDateTime to,
      OffsetDateTime clippedFrom,
      OffsetDateTime clippedTo) {
    // GIVEN the January window
    // WHEN
    Optional<Span> clipped = JANUARY.clip(from.toInstant(), to.toInstant());
    // THEN
    then(clipped).contains(new Span(clippedFrom.toInstant(), clippedTo.toInstant()));
  }

  @ParameterizedTest(name = "{0} .. {1} lies outside")
  @CsvSource({
    "2026-01-02T10:00-05:00, 2026-01-02T12:00-05:00", // before
    "2026-02-02T10:00-05:00, 2026-02-02T12:00-05:00", // after
    "2026-01-02T10:00-05:00, 2026-01-05T09:00-05:00", // ends where the window starts
    "2026-01-30T17:00-05:00, 2026-02-02T12:00-05:00", // starts where the window ends
    "2026-01-30T17:00-05:00, 2026-01-30T17:00-05:00", // an instant at the (open) end
  })
  void leaves_out_a_span_outside_or_only_touching_the_window(
      OffsetDateTime from, OffsetDateTime to) {
    // GIVEN the January window
    // WHEN / THEN
    then(JANUARY.clip(from.toInstant(), to.toInstant())).isEmpty();
  }

  @ParameterizedTest(name = "{0} inside: {1}")
  @CsvSource({
    "2026-01-05T09:00-05:00, true",
    "2026-01-05T08:59:59-05:00, false",
    "2026-01-30T16:59:59-05:00, true",
    "2026-01-30T17:00-05:00, false",
    "2026-01-10T12:00-05:00, true", // a weekend inside the window is inside
  })
  void contains_instants_of_the_half_open_window(OffsetDateTime instant, boolean inside) {
    // GIVEN / WHEN / THEN
    then(JANUARY.contains(instant.toInstant())).isEqualTo(inside);
  }

  @Test
  void rejects_a_window_that_ends_before_it_starts() {
    // GIVEN / WHEN / THEN
    thenThrownBy(
            () -> new OnboardingWindow(at("2026-01-05T09:00-05:00"), at("2026-01-05T09:00-05:00")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
