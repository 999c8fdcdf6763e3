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
 * calendar's zone, SPEC section 3), with a {@code T} or a space, with or without seconds and
 * fractions; a bare date is the start of that day in the zone. Dates are read strictly ({@code
 * 2026-02-29} is no date) and only in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}: a year
 * outside them is a typing or export mistake, not onboarding.
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

  private static void requireInRange(int year, String text) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "out of range: expected a year from "
              + FIRST_YEAR
              + " to "
              + LAST_YEAR
              + ", like 2026-01-05T09:30:00-05:00, got '"
              + text
              + "'");
    }
  }
}
