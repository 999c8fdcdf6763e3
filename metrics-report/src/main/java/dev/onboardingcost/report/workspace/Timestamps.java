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
}
