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
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of working time, over a year that holds both daylight-saving changes, each checked on
 * 500 seeded draws; a failure names its seed and the values drawn from it.
 */
class WorkCalendarPropertiesTest {
  /** 2026-01-01T00:00Z; the drawn instants cover 2026 and a little of 2027. */
  private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");

  private static final long YEAR_SECONDS = 380L * 24 * 3600;

  private static final List<WorkCalendar> CALENDARS =
      List.of(
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

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  private static WorkCalendar anyCalendar(UniformRandomProvider random) {
    return CALENDARS.get(random.nextInt(CALENDARS.size()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void splitting_an_interval_at_any_point_never_changes_its_working_time(long seed) {
    // GIVEN from <= cut <= to, to the millisecond (log timestamps carry milliseconds)
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    WorkCalendar calendar = anyCalendar(random);
    long[] millis = random.longs(3, 0, YEAR_SECONDS * 1000 + 1).sorted().toArray();
    Instant from = ORIGIN.plusMillis(millis[0]);
    Instant cut = ORIGIN.plusMillis(millis[1]);
    Instant to = ORIGIN.plusMillis(millis[2]);
    // WHEN
    Duration whole = calendar.workingTime(from, to);
    Duration parts = calendar.workingTime(from, cut).plus(calendar.workingTime(cut, to));
    // THEN exactly the same working time, and the same minutes to 34 significant digits (a
    //      minute is 60 seconds, so 1/60 of a second has no exact decimal)
    then(parts).as("seed %d: %s .. %s .. %s in %s", seed, from, cut, to, calendar).isEqualTo(whole);
    then(calendar.workingMinutes(from, cut).add(calendar.workingMinutes(cut, to)))
        .as("seed %d: %s .. %s .. %s in %s", seed, from, cut, to, calendar)
        .isCloseTo(calendar.workingMinutes(from, to), Offset.offset(new BigDecimal("1e-25")));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void splitting_an_interval_at_any_minute_never_changes_its_working_minutes(long seed) {
    // GIVEN from <= cut <= to, on whole minutes
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    WorkCalendar calendar = anyCalendar(random);
    long[] minutes = random.longs(3, 0, YEAR_SECONDS / 60 + 1).sorted().toArray();
    Instant from = ORIGIN.plusSeconds(60 * minutes[0]);
    Instant cut = ORIGIN.plusSeconds(60 * minutes[1]);
    Instant to = ORIGIN.plusSeconds(60 * minutes[2]);
    // WHEN
    BigDecimal whole = calendar.workingMinutes(from, to);
    BigDecimal parts = calendar.workingMinutes(from, cut).add(calendar.workingMinutes(cut, to));
    // THEN exactly
    then(parts)
        .as("seed %d: %s .. %s .. %s in %s", seed, from, cut, to, calendar)
        .isEqualByComparingTo(whole);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void working_time_lies_between_zero_and_the_elapsed_time(long seed) {
    // GIVEN an interval of up to 30 days, to the second
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    WorkCalendar calendar = anyCalendar(random);
    Instant from = ORIGIN.plusSeconds(random.nextLong(0, YEAR_SECONDS + 1));
    Instant to = from.plusSeconds(random.nextLong(0, 30L * 24 * 3600 + 1));
    // WHEN
    Duration working = calendar.workingTime(from, to);
    // THEN
    then(working)
        .as("seed %d: %s .. %s in %s", seed, from, to, calendar)
        .isBetween(Duration.ZERO, Duration.between(from, to));
  }
}
