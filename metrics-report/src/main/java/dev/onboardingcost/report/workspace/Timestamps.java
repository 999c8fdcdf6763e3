package dev.onboardingcost.report.workspace;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * ISO-8601 timestamps as exports write them: with an offset or {@code Z}, or without (read in the
 * calendar's zone, the README's workspace section), with a {@code T} or a space, with or without
 * seconds and fractions; a bare date is the start of that day in the zone. Dates are read strictly
 * ({@code 2026-02-29} is no date) and only in the years {@value #FIRST_YEAR} to {@value
 * #LAST_YEAR}: a year outside them is a typing or export mistake, not onboarding.
 */
public final class Timestamps {
  /** The first year a timestamp may name. */
  public static final int FIRST_YEAR = 1900;

  /** The last year a timestamp may name. */
  public static final int LAST_YEAR = 2200;

  private static final DateTimeFormatter ISO =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT); // 2026-02-29 is no date, not February 28

  private final ZoneId zone;

  /** Timestamps without an offset are read in {@code zone}. */
  public Timestamps(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The instant {@code text} names.
   *
   * @throws IllegalArgumentException with a message like {@code expected an ISO-8601 timestamp like
   *     2026-01-05T09:30:00-05:00, got 'yesterday'}, or {@code out of range: expected a year from
   *     1900 to 2200, like 2026-01-05T09:30:00-05:00, got '0026-01-05T09:30:00Z'}
   */
  public Instant parse(String text) {
    String trimmed = text.strip();
    try {
      Instant common = commonForm(trimmed);
      if (common != null) {
        return common;
      }
      if (trimmed.length() == 10) {
        LocalDate date = LocalDate.parse(trimmed);
        requireInRange(date.getYear(), text);
        return date.atStartOfDay(zone).toInstant();
      }
      TemporalAccessor parsed = ISO.parse(trimmed);
      LocalDateTime local = LocalDateTime.from(parsed);
      requireInRange(local.getYear(), text);
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return local.toInstant(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)));
      }
      return local.atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "expected an ISO-8601 timestamp like 2026-01-05T09:30:00-05:00, got '" + text + "'");
    }
  }

  /**
   * The instant of the form most exports write, {@code 2026-01-05T09:30:00[.000][Z|-05:00]} or
   * without an offset, read by java.time's own constructors; null for any other text, which the
   * formatter then reads or explains. The formatter's many optional parts make it several times
   * slower on this form, which canonical events have two of per record.
   *
   * @throws DateTimeException when the digits are no date or time (the formatter explains)
   */
  private Instant commonForm(String s) {
    int n = s.length();
    if (n < 19
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    int at = 19;
    int nanos = 0;
    if (at < n && s.charAt(at) == '.') {
      int end = at + 1;
      while (end < n && end - at <= 9 && isDigit(s.charAt(end))) {
        end++;
      }
      if (end == at + 1) {
        return null;
      }
      nanos = digits(s, at + 1, end - at - 1) * NANO_SCALE[end - at - 1];
      at = end;
    }
    if ((year | month | day | hour | minute | second) < 0
        || year < FIRST_YEAR
        || year > LAST_YEAR) {
      return null;
    }
    LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    if (at == n) {
      return local.atZone(zone).toInstant();
    }
    if (at + 1 == n && s.charAt(at) == 'Z') {
      return local.toInstant(ZoneOffset.UTC);
    }
    char sign = s.charAt(at);
    if (at + 6 == n && (sign == '+' || sign == '-') && s.charAt(at + 3) == ':') {
      int hours = digits(s, at + 1, 2);
      int minutes = digits(s, at + 4, 2);
      if ((hours | minutes) >= 0) {
        int direction = sign == '+' ? 1 : -1;
        return local.toInstant(ZoneOffset.ofHoursMinutes(direction * hours, direction * minutes));
      }
    }
    return null;
  }

  /** What a fraction of a second of {@code k} digits is multiplied by to make nanoseconds. */
  private static final int[] NANO_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  /** The decimal number of the {@code count} digits at {@code from} of {@code s}, or -1. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The date {@code text} names: a strict ISO date ({@code 2026-01-05}) in the years {@value
   * #FIRST_YEAR} to {@value #LAST_YEAR}.
   *
   * @throws IllegalArgumentException with a message like {@code out of range: expected a year from
   *     1900 to 2200, like 2026-01-05, got '0000-01-01'}
   */
  public static LocalDate parseDate(String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "expected an ISO date like 2026-01-05, got '" + text + "'", e);
    }
    requireYearInRange(date.getYear(), text, "2026-01-05");
    return date;
  }

  /**
   * Checks that {@code year}, read from {@code text}, lies in {@value #FIRST_YEAR} to {@value
   * #LAST_YEAR}.
   *
   * @throws IllegalArgumentException naming the range, {@code example} and {@code text}
   */
  public static void requireYearInRange(int year, String text, String example) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "out of range: expected a year from "
              + FIRST_YEAR
              + " to "
              + LAST_YEAR
              + ", like "
              + example
              + ", got '"
              + text
              + "'");
    }
  }

  private static void requireInRange(int year, String text) {
    requireYearInRange(year, text, "2026-01-05T09:30:00-05:00");
  }
}
