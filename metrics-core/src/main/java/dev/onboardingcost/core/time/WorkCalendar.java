package dev.onboardingcost.core.time;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Decimal128;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working calendar (docs/method.md, "Working time"): a time zone, the working days of the week,
 * the workday's hours and the holidays. Working time is measured in the calendar's zone, so
 * daylight-saving changes and holidays are right.
 */
public record WorkCalendar(
    ZoneId zone,
    LocalTime workdayStart,
    LocalTime workdayEnd,
    Set<DayOfWeek> workdays,
    Set<LocalDate> holidays) {

  /**
   * Checks the calendar.
   *
   * @throws IllegalArgumentException when the workday ends before it starts or there are no
   *     workdays
   */
  public WorkCalendar {
    requireNonNull(zone, "zone");
    requireNonNull(workdayStart, "workdayStart");
    requireNonNull(workdayEnd, "workdayEnd");
    if (!workdayEnd.isAfter(workdayStart)) {
      throw new IllegalArgumentException(
          "workday end " + workdayEnd + " must be after its start " + workdayStart);
    }
    requireNonNull(workdays, "workdays");
    if (workdays.isEmpty()) {
      throw new IllegalArgumentException("at least one workday is needed");
    }
    workdays = Set.copyOf(EnumSet.copyOf(workdays));
    holidays = Set.copyOf(new TreeSet<>(requireNonNull(holidays, "holidays")));
  }

  /** Monday to Friday, 9 to 5, no holidays, in {@code zone}. */
  public static WorkCalendar nineToFive(ZoneId zone) {
    return new WorkCalendar(
        zone,
        LocalTime.of(9, 0),
        LocalTime.of(17, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        Set.of());
  }

  /** The same calendar with these holidays. */
  public WorkCalendar withHolidays(Set<LocalDate> newHolidays) {
    return new WorkCalendar(zone, workdayStart, workdayEnd, workdays, newHolidays);
  }

  /** True when {@code date} is a workday and not a holiday. */
  public boolean isWorkingDay(LocalDate date) {
    return workdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /** The first working day on or after {@code date}. */
  public LocalDate firstWorkingDayFrom(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The {@code n}-th working day counting {@code firstWorkingDay} as the first (n >= 1). */
  public LocalDate nthWorkingDay(LocalDate firstWorkingDay, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    LocalDate day = firstWorkingDayFrom(firstWorkingDay);
    for (int counted = 1; counted < n; counted++) {
      day = firstWorkingDayFrom(day.plusDays(1));
    }
    return day;
  }

  /** The instant the workday starts on {@code date}, in the calendar's zone. */
  public Instant startOf(LocalDate date) {
    return instantOf(date, workdayStart);
  }

  /** The instant the workday ends on {@code date}, in the calendar's zone. */
  public Instant endOf(LocalDate date) {
    return instantOf(date, workdayEnd);
  }

  /**
   * The instant of a wall-clock time. A time the clock skips (spring forward) is the instant the
   * clock jumps, so that only minutes whose wall-clock time lies in the workday count; {@link
   * ZonedDateTime#of} would move it forward by the length of the gap. A time the clock repeats
   * (fall back) is its earlier occurrence.
   */
  private Instant instantOf(LocalDate date, LocalTime time) {
    LocalDateTime local = LocalDateTime.of(date, time);
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition != null && transition.isGap()) {
      return transition.getInstant();
    }
    return ZonedDateTime.of(local, zone).toInstant();
  }

  /** The local date of {@code instant} in the calendar's zone. */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /**
   * The working time {@code W(from, to)}: the part of {@code [from, to)} that falls on a working
   * day between the workday's start and end. Zero when {@code to} is not after {@code from}.
   */
  public Duration workingTime(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate last = dateOf(to);
    for (LocalDate day = dateOf(from); !day.isAfter(last); day = day.plusDays(1)) {
      if (!isWorkingDay(day)) {
        continue;
      }
      Instant dayStart = max(from, startOf(day));
      Instant dayEnd = min(to, endOf(day));
      if (dayEnd.isAfter(dayStart)) {
        total = total.plus(Duration.between(dayStart, dayEnd));
      }
    }
    return total;
  }

  /** {@link #workingTime} in exact decimal minutes. */
  public BigDecimal workingMinutes(Instant from, Instant to) {
    return minutesOf(workingTime(from, to));
  }

  /** The length of one workday in minutes (the clock length, e.g. 480 for 9 to 5). */
  public long workdayMinutes() {
    return Duration.between(workdayStart, workdayEnd).toMinutes();
  }

  /** The working days in {@code [from, to]}, both dates included. */
  public long workingDaysBetween(LocalDate from, LocalDate toInclusive) {
    long count = 0;
    for (LocalDate day = from; !day.isAfter(toInclusive); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Exact minutes of a duration (seconds and nanoseconds kept). */
  public static BigDecimal minutesOf(Duration duration) {
    BigDecimal seconds =
        BigDecimal.valueOf(duration.getSeconds())
            .add(BigDecimal.valueOf(duration.getNano(), 9))
            .stripTrailingZeros();
    return Decimal128.divide(seconds, 60);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
