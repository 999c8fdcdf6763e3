package dev.onboardingcost.core.time;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link WorkCalendar#workingTime} in constant time over a range of dates: per-day workday start
 * and end instants (computed by the calendar itself, so daylight-saving changes and holidays are
 * exact) and prefix sums of the working time before each day. Outside the range it asks the
 * calendar.
 */
public final class WorkingTimeIndex {
  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private final WorkCalendar calendar;
  private final long[] midnight; // n + 1 entries: local midnight of each day, epoch nanos
  private final long[] start;
  private final long[] end;
  private final long[] before; // working nanos of the days before each day

  /**
   * An index of {@code calendar} for the days {@code from} to {@code to}, both included.
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public WorkingTimeIndex(WorkCalendar calendar, LocalDate from, LocalDate to) {
    this.calendar = requireNonNull(calendar, "calendar");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    int n = Math.toIntExact(to.toEpochDay() - from.toEpochDay() + 1);
    midnight = new long[n + 1];
    start = new long[n];
    end = new long[n];
    before = new long[n + 1];
    LocalDate day = from;
    for (int i = 0; i <= n; i++, day = day.plusDays(1)) {
      midnight[i] = nanos(day.atStartOfDay(calendar.zone()).toInstant());
      if (i == n) {
        break;
      }
      if (calendar.isWorkingDay(day)) {
        start[i] = nanos(calendar.startOf(day));
        end[i] = nanos(calendar.endOf(day));
      } else {
        start[i] = midnight[i];
        end[i] = midnight[i];
      }
      before[i + 1] = before[i] + Math.max(0, end[i] - start[i]);
    }
  }

  /** The calendar indexed. */
  public WorkCalendar calendar() {
    return calendar;
  }

  /** {@link WorkCalendar#workingTime}, equal to it everywhere. */
  public Duration workingTime(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    int first = dayOf(from);
    int last = first < 0 ? -1 : dayOf(to);
    if (last < 0) {
      return calendar.workingTime(from, to);
    }
    long a = nanos(from);
    long b = nanos(to);
    long total = overlap(first, a, b);
    if (last > first) {
      total += before[last] - before[first + 1] + overlap(last, a, b);
    }
    return Duration.ofNanos(total);
  }

  /** {@link WorkCalendar#workingMinutes}, equal to it everywhere. */
  public BigDecimal workingMinutes(Instant from, Instant to) {
    Duration time = workingTime(from, to);
    if (time.getNano() == 0 && time.getSeconds() % 60 == 0) {
      return BigDecimal.valueOf(time.getSeconds() / 60);
    }
    return WorkCalendar.minutesOf(time);
  }

  private long overlap(int day, long a, long b) {
    return Math.max(0, Math.min(b, end[day]) - Math.max(a, start[day]));
  }

  /** The index of the day holding {@code instant}, or -1 outside the range. */
  private int dayOf(Instant instant) {
    long seconds = instant.getEpochSecond();
    // epoch nanos hold about 292 years around 1970: anything beyond is outside every range
    if (seconds < -9_000_000_000L || seconds > 9_000_000_000L) {
      return -1;
    }
    long t = nanos(instant);
    int n = start.length;
    if (t < midnight[0] || t >= midnight[n]) {
      return -1;
    }
    int i = (int) Math.min(n - 1, Math.max(0, (t - midnight[0]) / NANOS_PER_DAY));
    while (midnight[i] > t) {
      i--;
    }
    while (midnight[i + 1] <= t) {
      i++;
    }
    return i;
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
