package dev.onboardingcost.core.time;

import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.data.Offset;

/** Invariants of working time, over a year that holds both daylight-saving changes. */
class WorkCalendarPropertiesTest {
  /** 2026-01-01T00:00Z; the generated instants cover 2026 and a little of 2027, in seconds. */
  private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

  private static final long YEAR_SECONDS = 380L * 24 * 3600;

  @Provide
  Arbitrary<WorkCalendar> calendars() {
    return Arbitraries.of(
        WorkCalendar.nineToFive(ZoneId.of("America/New_York"))
            .withHolidays(Set.of(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-25"))),
        new WorkCalendar(
            ZoneId.of("America/New_York"),
            LocalTime.MIDNIGHT,
            LocalTime.NOON,
            EnumSet.allOf(DayOfWeek.class),
            Set.of()),
        new WorkCalendar(
            ZoneId.of("America/New_York"),
            LocalTime.of(2, 30),
            LocalTime.of(23, 59),
            EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
            Set.of()),
        new WorkCalendar(
            ZoneId.of("Asia/Jerusalem"),
            LocalTime.of(8, 30),
            LocalTime.of(16, 45),
            EnumSet.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY),
            Set.of()));
  }

  @Property(tries = 500)
  void splitting_an_interval_at_any_point_never_changes_its_working_time(
      @ForAll("calendars") WorkCalendar calendar,
      @ForAll @LongRange(min = 0, max = YEAR_SECONDS * 1000) long a,
      @ForAll @LongRange(min = 0, max = YEAR_SECONDS * 1000) long b,
      @ForAll @LongRange(min = 0, max = YEAR_SECONDS * 1000) long c) {
    // GIVEN from <= cut <= to, to the millisecond (log timestamps carry milliseconds)
    long[] sorted = LongStream.of(a, b, c).sorted().toArray();
    Instant from = ORIGIN.plusMillis(sorted[0]);
    Instant cut = ORIGIN.plusMillis(sorted[1]);
    Instant to = ORIGIN.plusMillis(sorted[2]);
    // WHEN
    Duration whole = calendar.workingTime(from, to);
    Duration parts = calendar.workingTime(from, cut).plus(calendar.workingTime(cut, to));
    // THEN exactly the same working time, and the same minutes to 34 significant digits (a
    //      minute is 60 seconds, so 1/60 of a second has no exact decimal)
    then(parts).isEqualTo(whole);
    then(calendar.workingMinutes(from, cut).add(calendar.workingMinutes(cut, to)))
        .isCloseTo(calendar.workingMinutes(from, to), Offset.offset(new BigDecimal("1e-25")));
  }

  @Property(tries = 500)
  void splitting_an_interval_at_any_minute_never_changes_its_working_minutes(
      @ForAll("calendars") WorkCalendar calendar,
      @ForAll @LongRange(min = 0, max = YEAR_SECONDS / 60) long a,
      @ForAll @LongRange(min = 0, max = YEAR_SECONDS / 60) long b,
      @ForAll @LongRange(min = 0, max = YEAR_SECONDS / 60) long c) {
    // GIVEN from <= cut <= to, on whole minutes
    long[] sorted = LongStream.of(a, b, c).sorted().toArray();
    Instant from = ORIGIN.plusSeconds(60 * sorted[0]);
    Instant cut = ORIGIN.plusSeconds(60 * sorted[1]);
    Instant to = ORIGIN.plusSeconds(60 * sorted[2]);
    // WHEN
    BigDecimal whole = calendar.workingMinutes(from, to);
    BigDecimal parts = calendar.workingMinutes(from, cut).add(calendar.workingMinutes(cut, to));
    // THEN exactly
    then(parts).isEqualByComparingTo(whole);
  }

  @Property(tries = 500)
  void working_time_lies_between_zero_and_the_elapsed_time(
      @ForAll("calendars") WorkCalendar calendar,
      @ForAll @LongRange(min = 0, max = YEAR_SECONDS) long a,
      @ForAll @LongRange(min = 0, max = 30L * 24 * 3600) long length) {
    // GIVEN an interval of up to 30 days
    Instant from = ORIGIN.plusSeconds(a);
    Instant to = from.plusSeconds(length);
    // WHEN
    Duration working = calendar.workingTime(from, to);
    // THEN
    then(working).isBetween(Duration.ZERO, Duration.between(from, to));
  }
}
