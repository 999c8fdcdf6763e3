package dev.onboardingcost.report.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * ISO-8601 timestamps as exports write them: with an offset or {@code Z}, or without (read in the
 * calendar's zone, SPEC section 3), with a {@code T} or a space, with or without seconds and
 * fractions; a bare date is the start of that day in the zone.
 */
public final class Timestamps {
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
          .toFormatter();

  private final ZoneId zone;

  /** Timestamps without an offset are read in {@code zone}. */
  public Timestamps(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The instant {@code text} names.
   *
   * @throws IllegalArgumentException with a message like {@code expected an ISO-8601 timestamp like
   *     2026-01-05T09:30:00-05:00, got 'yesterday'}
   */
  public Instant parse(String text) {
    String trimmed = text.strip();
    Instant fast = parseCommon(trimmed);
    if (fast != null) {
      return fast;
    }
    try {
      if (trimmed.length() == 10) {
        return LocalDate.parse(trimmed).atStartOfDay(zone).toInstant();
      }
      TemporalAccessor parsed = ISO.parse(trimmed);
      LocalDateTime local = LocalDateTime.from(parsed);
      if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
        return OffsetDateTime.of(
                local, java.time.ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
            .toInstant();
      }
      return local.atZone(zone).toInstant();
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          "expected an ISO-8601 timestamp like 2026-01-05T09:30:00-05:00, got '" + text + "'");
    }
  }

  /**
   * The common forms {@code 2026-01-05T09:30[:00][Z|-05:00]} (a {@code T} or a space) read digit by
   * digit, which is several times faster than the formatter; null for anything else, which the
   * formatter then reads (or explains).
   */
  private Instant parseCommon(String s) {
    int n = s.length();
    if (n < 16 || n > 25) {
      return null;
    }
    char sep = s.charAt(10);
    if (s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || (sep != 'T' && sep != ' ')
        || s.charAt(13) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = 0;
    int at = 16;
    if (at < n && s.charAt(at) == ':') {
      second = digits(s, 17, 2);
      at = 19;
    }
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
      if (at == n) {
        return local.atZone(zone).toInstant();
      }
      char sign = s.charAt(at);
      if (sign == 'Z' && at + 1 == n) {
        return local.toInstant(java.time.ZoneOffset.UTC);
      }
      if ((sign == '+' || sign == '-') && at + 6 == n && s.charAt(at + 3) == ':') {
        int hours = digits(s, at + 1, 2);
        int minutes = digits(s, at + 4, 2);
        if ((hours | minutes) < 0) {
          return null;
        }
        java.time.ZoneOffset offset =
            sign == '+'
                ? java.time.ZoneOffset.ofHoursMinutes(hours, minutes)
                : java.time.ZoneOffset.ofHoursMinutes(-hours, -minutes);
        return local.toInstant(offset);
      }
      return null;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * The decimal number of {@code count} ASCII digits at {@code from}, or -1 (also past the end).
   */
  private static int digits(String s, int from, int count) {
    if (from + count > s.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
