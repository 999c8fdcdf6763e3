package dev.onboardingcost.core.time;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkCalendarTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final WorkCalendar calendar =
      WorkCalendar.nineToFive(NEW_YORK).withHolidays(Set.of(LocalDate.parse("2026-11-30")));

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private static BigDecimal minutes(String value) {
    return new BigDecimal(value);
  }

  @ParameterizedTest(name = "{0} .. {1} is {2} working minutes")
  @CsvSource({
    "2026-11-27T15:00-05:00, 2026-12-01T10:00-05:00, 180", // Friday, a holiday Monday, Tuesday
    "2026-10-30T16:00-04:00, 2026-11-02T10:00-05:00, 120", // across the end of daylight time
  })
  void counts_only_working_minutes(OffsetDateTime from, OffsetDateTime to, long minutes) {
    // GIVEN a 9-to-5 New York calendar with 2026-11-30 as a holiday
    // WHEN / THEN
    then(calendar.workingMinutes(from.toInstant(), to.toInstant()))
        .isEqualByComparingTo(BigDecimal.valueOf(minutes));
  }

  @ParameterizedTest(name = "{3}: {0} .. {1} is {2} working minutes")
  @CsvSource({
    // one whole Monday, 9 to 5
    "2026-01-05T09:00-05:00, 2026-01-05T17:00-05:00, 480, a whole workday",
    // a day that starts before and ends after the workday still gives 8 hours
    "2026-01-05T06:00-05:00, 2026-01-05T22:00-05:00, 480, a day longer than the workday",
    // Monday 16:00-17:00 (60) + Tuesday 09:00-10:00 (60)
    "2026-01-05T16:00-05:00, 2026-01-06T10:00-05:00, 120, across midnight",
    // Friday 16:00-17:00 (60) + Monday 09:00-09:30 (30)
    "2026-01-09T16:00-05:00, 2026-01-12T09:30-05:00, 90, across a weekend",
    // two whole weeks: 10 workdays x 480
    "2026-01-05T09:00-05:00, 2026-01-19T09:00-05:00, 4800, across two weeks",
    "2026-01-05T17:00-05:00, 2026-01-06T09:00-05:00, 0, a workday night",
    "2026-01-10T10:00-05:00, 2026-01-10T16:00-05:00, 0, a Saturday",
    "2026-01-09T17:00-05:00, 2026-01-12T09:00-05:00, 0, a whole weekend",
    "2026-11-30T09:00-05:00, 2026-11-30T17:00-05:00, 0, a holiday",
    "2026-01-05T07:00-05:00, 2026-01-05T09:00-05:00, 0, before the workday starts",
    // Friday 16:00-17:00 EST (60) + Monday 09:00-10:00 EDT (60), clocks sprang forward on Sunday
    "2026-03-06T16:00-05:00, 2026-03-09T10:00-04:00, 120, across the start of daylight time",
    // Monday to Monday across the spring change: 5 x 480, the lost hour is on a Sunday night
    "2026-03-02T09:00-05:00, 2026-03-09T09:00-04:00, 2400, a week across the spring change",
    // Monday to Monday across the autumn change: 5 x 480, the extra hour is on a Sunday night
    "2026-10-26T09:00-04:00, 2026-11-02T09:00-05:00, 2400, a week across the autumn change",
    // 14:00Z is 09:00 in New York in January; 22:00Z is 17:00
    "2026-01-05T14:00Z, 2026-01-05T22:00Z, 480, instants written in UTC",
    // 13:00Z is 09:00 in New York in July (daylight time)
    "2026-07-06T13:00Z, 2026-07-06T14:00Z, 60, a UTC hour in daylight time",
    "2026-01-05T09:00:30-05:00, 2026-01-05T09:01-05:00, 0.5, half a minute",
  })
  void counts_working_minutes_of_an_interval(
      OffsetDateTime from, OffsetDateTime to, String minutes, String why) {
    // GIVEN a 9-to-5 New York calendar with 2026-11-30 as a holiday
    // WHEN / THEN
    then(calendar.workingMinutes(from.toInstant(), to.toInstant()))
        .as(why)
        .isEqualByComparingTo(minutes(minutes));
  }

  @ParameterizedTest(name = "{0} .. {1} is zero")
  @CsvSource({
    "2026-01-05T10:00-05:00, 2026-01-05T10:00-05:00", // empty
    "2026-01-05T12:00-05:00, 2026-01-05T10:00-05:00", // reversed
    "2026-01-06T12:00-05:00, 2026-01-05T10:00-05:00", // reversed across days
  })
  void an_empty_or_reversed_interval_has_no_working_minutes(
      OffsetDateTime from, OffsetDateTime to) {
    // GIVEN a 9-to-5 calendar
    // WHEN / THEN
    then(calendar.workingMinutes(from.toInstant(), to.toInstant())).isEqualByComparingTo("0");
    then(calendar.workingTime(from.toInstant(), to.toInstant())).isZero();
  }

  @ParameterizedTest(name = "{0} .. {1} is {2} working minutes")
  @CsvSource({
    // 00:00 EST .. 12:00 EDT: the clock skips 02:00-03:00, so the workday is 11 hours long
    "2026-03-08T00:00-05:00, 2026-03-08T12:00-04:00, 660",
    // 00:00 EDT .. 12:00 EST: the clock repeats 01:00-02:00, so the workday is 13 hours long
    "2026-11-01T00:00-04:00, 2026-11-01T12:00-05:00, 780",
    // 01:30 EST .. 03:30 EDT is one real hour
    "2026-03-08T01:30-05:00, 2026-03-08T03:30-04:00, 60",
    // 01:30 EDT .. 01:30 EST is one real hour, the repeated hour
    "2026-11-01T01:30-04:00, 2026-11-01T01:30-05:00, 60",
    // a whole day around each change, from midnight to midnight
    "2026-03-07T00:00-05:00, 2026-03-09T00:00-04:00, 1380", // 720 on the 7th + 660 on the 8th
    "2026-10-31T00:00-04:00, 2026-11-02T00:00-05:00, 1500", // 720 on the 31st + 780 on the 1st
  })
  void counts_real_minutes_of_a_workday_that_contains_a_clock_change(
      OffsetDateTime from, OffsetDateTime to, long minutes) {
    // GIVEN a calendar that works every day from midnight to noon, in New York
    WorkCalendar midnightToNoon =
        new WorkCalendar(
            NEW_YORK, LocalTime.MIDNIGHT, LocalTime.NOON, EnumSet.allOf(DayOfWeek.class), Set.of());
    // WHEN / THEN
    then(midnightToNoon.workingMinutes(from.toInstant(), to.toInstant()))
        .isEqualByComparingTo(BigDecimal.valueOf(minutes));
  }

  @ParameterizedTest(name = "workday {0}-{1} on 2026-03-08 is {2} minutes")
  @CsvSource({
    // local 02:30 never happens; the first working instant is 03:00 EDT, so 03:00-05:00 EDT
    "02:30, 05:00, 120",
    // local 02:30 never happens; the workday ends at 02:00 EST, so 00:00-02:00 EST
    "00:00, 02:30, 120",
    // local 02:00-03:00 never happens at all
    "02:00, 03:00, 0",
  })
  void a_workday_edge_in_the_spring_gap_starts_or_ends_when_the_clock_jumps(
      LocalTime start, LocalTime end, long minutes) {
    // GIVEN a calendar that works every day, with a start or end that 2026-03-08 skips
    WorkCalendar odd =
        new WorkCalendar(NEW_YORK, start, end, EnumSet.allOf(DayOfWeek.class), Set.of());
    // WHEN the whole day is measured
    BigDecimal worked =
        odd.workingMinutes(at("2026-03-08T00:00-05:00"), at("2026-03-09T00:00-04:00"));
    // THEN only the minutes whose wall-clock time lies in the workday count
    then(worked).isEqualByComparingTo(BigDecimal.valueOf(minutes));
  }

  @ParameterizedTest(name = "{3}: {0} .. {1} is {2} working minutes")
  @CsvSource({
    // Sunday to Sunday: 5 days (Sun..Thu) x 495
    "2026-01-04T08:30+02:00, 2026-01-11T08:30+02:00, 2475, a whole week",
    "2026-01-09T10:00+02:00, 2026-01-10T12:00+02:00, 0, a Friday and a Saturday",
    // Thursday 16:00-16:45 (45) + Sunday 08:30-09:00 (30)
    "2026-01-08T16:00+02:00, 2026-01-11T09:00+02:00, 75, across the weekend",
    "2026-01-05T08:00+02:00, 2026-01-05T08:30+02:00, 0, before 08:30",
    "2026-01-05T16:45+02:00, 2026-01-05T18:00+02:00, 0, after 16:45",
    "2026-01-05T16:00+02:00, 2026-01-05T17:00+02:00, 45, the last 45 minutes",
  })
  void honours_a_sunday_to_thursday_week_and_a_workday_of_8h15(
      OffsetDateTime from, OffsetDateTime to, long minutes, String why) {
    // GIVEN a Jerusalem calendar, Sunday to Thursday, 08:30 to 16:45
    WorkCalendar jerusalem =
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
            Set.of());
    // WHEN / THEN
    then(jerusalem.workingMinutes(from.toInstant(), to.toInstant()))
        .as(why)
        .isEqualByComparingTo(BigDecimal.valueOf(minutes));
    then(jerusalem.workdayMinutes()).isEqualTo(495);
  }

  @Test
  void a_workday_is_the_clock_length_between_its_start_and_end() {
    // GIVEN / WHEN / THEN
    then(calendar.workdayMinutes()).isEqualTo(480);
  }

  @ParameterizedTest(name = "{0} working day: {1}")
  @CsvSource({
    "2026-01-05, true", // Monday
    "2026-01-10, false", // Saturday
    "2026-01-11, false", // Sunday
    "2026-11-30, false", // holiday Monday
  })
  void knows_working_days(LocalDate date, boolean working) {
    // GIVEN a Monday-to-Friday calendar with 2026-11-30 as a holiday
    // WHEN / THEN
    then(calendar.isWorkingDay(date)).isEqualTo(working);
  }

  @ParameterizedTest(name = "from {0} the first working day is {1}")
  @CsvSource({
    "2026-01-05, 2026-01-05", // a Monday is its own
    "2026-01-10, 2026-01-12", // Saturday -> Monday
    "2026-11-28, 2026-12-01", // Saturday before the holiday Monday -> Tuesday
  })
  void finds_the_first_working_day(LocalDate from, LocalDate first) {
    // GIVEN / WHEN / THEN
    then(calendar.firstWorkingDayFrom(from)).isEqualTo(first);
  }

  @ParameterizedTest(name = "working day {1} from {0} is {2}")
  @CsvSource({
    "2026-01-05, 1, 2026-01-05",
    "2026-01-05, 5, 2026-01-09",
    "2026-01-05, 6, 2026-01-12",
    "2026-01-05, 20, 2026-01-30",
    "2026-11-23, 6, 2026-12-01", // Mon 23 .. Fri 27 are 1..5, Mon 30 is a holiday
    "2026-01-10, 1, 2026-01-12", // a weekend start counts from Monday
  })
  void counts_working_days_forward(LocalDate from, int n, LocalDate expected) {
    // GIVEN / WHEN / THEN
    then(calendar.nthWorkingDay(from, n)).isEqualTo(expected);
  }

  @Test
  void rejects_a_zeroth_working_day() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> calendar.nthWorkingDay(LocalDate.parse("2026-01-05"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  @ParameterizedTest(name = "{0} .. {1} holds {2} working days")
  @CsvSource({
    "2026-01-05, 2026-01-09, 5",
    "2026-01-05, 2026-01-11, 5",
    "2026-11-27, 2026-12-01, 2", // Friday, holiday Monday, Tuesday
    "2026-01-10, 2026-01-11, 0",
    "2026-01-09, 2026-01-05, 0",
  })
  void counts_working_days_between_two_dates(LocalDate from, LocalDate to, long days) {
    // GIVEN / WHEN / THEN
    then(calendar.workingDaysBetween(from, to)).isEqualTo(days);
  }

  @Test
  void rejects_a_workday_that_ends_before_it_starts() {
    // GIVEN / WHEN / THEN
    thenThrownBy(
            () ->
                new WorkCalendar(
                    NEW_YORK,
                    LocalTime.of(17, 0),
                    LocalTime.of(9, 0),
                    EnumSet.of(DayOfWeek.MONDAY),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("17:00");
  }

  @Test
  void rejects_a_week_without_workdays() {
    // GIVEN / WHEN / THEN
    thenThrownBy(
            () ->
                new WorkCalendar(
                    NEW_YORK,
                    LocalTime.of(9, 0),
                    LocalTime.of(17, 0),
                    EnumSet.noneOf(DayOfWeek.class),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void starts_and_ends_a_workday_in_the_calendar_zone() {
    // GIVEN / WHEN / THEN 09:00 EST is 14:00Z, 17:00 EDT is 21:00Z
    then(calendar.startOf(LocalDate.parse("2026-01-05"))).isEqualTo(at("2026-01-05T14:00Z"));
    then(calendar.endOf(LocalDate.parse("2026-07-06"))).isEqualTo(at("2026-07-06T21:00Z"));
  }
}
