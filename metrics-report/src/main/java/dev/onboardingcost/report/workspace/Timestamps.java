package dev.onboardingcost.report.workspace;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneRules;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT); // 2026-02-29 is no date, not February 28

  private final ZoneId zone;
  private final ZoneRules rules;

  /**
   * How the local times of recent dates map to UTC ({@link LocalDay}), so that timestamps without
   * an offset need no look-up in the zone's rules: slot {@code epochDay % 1024} holds the day last
   * learned there, or null. Shared by reading threads; a day is immutable, and a stale or missing
   * one only costs a look-up.
   */
  private final AtomicReferenceArray<LocalDay> days = new AtomicReferenceArray<>(1024);

  /**
   * A local date on which the zone changes its UTC offset at most once: local times before {@code
   * threshold} (local epoch seconds) are at offset {@code before}, later ones at {@code after}.
   * With no change both are the same; with one, {@code threshold} is the later of the local times
   * just before and just after the change, because java.time reads a time in a gap or an overlap at
   * the offset before the change.
   */
  private static final class LocalDay {
    final long epochDay;
    final long threshold;
    final int before;
    final int after;

    LocalDay(long epochDay, long threshold, int before, int after) {
      this.epochDay = epochDay;
      this.threshold = threshold;
      this.before = before;
      this.after = after;
    }
  }

  /** Timestamps without an offset are read in {@code zone}. */
  public Timestamps(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
  }

  /**
   * The instant {@code text} names.
   *
   * @throws IllegalArgumentException with a message like {@code expected an ISO-8601 timestamp like
   *     2026-01-05T09:30:00-05:00, got 'yesterday'}
   */
  public Instant parse(String text) {
    String trimmed = text.strip();
    // a character outside Latin-1 becomes '?', which no common form has: the formatter reads it
    byte[] bytes = trimmed.getBytes(StandardCharsets.ISO_8859_1);
    Instant fast = parseCommon(bytes, 0, bytes.length);
    return fast != null ? fast : formatted(text, trimmed);
  }

  /** {@link #parse} by the formatter: {@code trimmed} is {@code text} stripped. */
  private Instant formatted(String text, String trimmed) {
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
   * The instant the ASCII text {@code bytes[from, to)} (stripped of surrounding white space) names,
   * as {@link #parse(String)} reads it, without making a string in the common forms.
   *
   * @throws IllegalArgumentException as {@link #parse(String)} does
   */
  public Instant parse(byte[] bytes, int from, int to) {
    Instant fast = parseCommon(bytes, from, to);
    if (fast != null) {
      return fast;
    }
    String text = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    return formatted(text, text);
  }

  /**
   * The common forms {@code 2026-01-05T09:30[:00[.000]][Z|-05:00]} (a {@code T} or a space; 1 to 9
   * digits of a second, as Okta's {@code published} has 3) in the Latin-1 bytes {@code s[from,
   * to)}, read digit by digit, which is several times faster than the formatter; null for anything
   * else, which the formatter then reads (or explains).
   */
  private Instant parseCommon(byte[] s, int from, int to) {
    int n = to - from;
    if (n < 16 || n > 35) {
      return null;
    }
    byte sep = s[from + 10];
    if (s[from + 4] != '-'
        || s[from + 7] != '-'
        || (sep != 'T' && sep != ' ')
        || s[from + 13] != ':') {
      return null;
    }
    int year = digits(s, from, 4, to);
    int month = digits(s, from + 5, 2, to);
    int day = digits(s, from + 8, 2, to);
    int hour = digits(s, from + 11, 2, to);
    int minute = digits(s, from + 14, 2, to);
    int second = 0;
    int nanos = 0;
    int at = 16;
    if (at < n && s[from + at] == ':') {
      second = digits(s, from + 17, 2, to);
      at = 19;
      if (at < n && s[from + at] == '.') {
        int fractionDigits = 0;
        while (at + 1 + fractionDigits < n && isDigit(s[from + at + 1 + fractionDigits])) {
          fractionDigits++;
        }
        if (fractionDigits == 0 || fractionDigits > 9) {
          return null; // the formatter explains
        }
        nanos = digits(s, from + at + 1, fractionDigits, to) * NANO_SCALE[fractionDigits];
        at += 1 + fractionDigits;
      }
    }
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > lengthOfMonth(year, month)
        || hour > 23
        || minute > 59
        || second > 59) {
      return null; // the formatter explains
    }
    long epochDay = epochDay(year, month, day);
    long localSecond = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    if (at == n) {
      return local(epochDay, localSecond, nanos);
    }
    return offset(s, from + at, to, localSecond, nanos);
  }

  /** What a fraction of a second of {@code k} digits is multiplied by to make nanoseconds. */
  private static final int[] NANO_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /** The instant of a local date-time (and {@code nanos}) in the zone. */
  private Instant local(long epochDay, long localSecond, int nanos) {
    LocalDay day = days.getAcquire((int) Math.floorMod(epochDay, (long) days.length()));
    if (day == null || day.epochDay != epochDay) {
      day = learn(epochDay); // a few times per run: C2 keeps the zone's rules out of this path
      if (day == null) {
        return LocalDateTime.ofEpochSecond(localSecond, nanos, ZoneOffset.UTC)
            .atZone(zone)
            .toInstant();
      }
    }
    // the threshold is a whole second: the fraction never moves a time across it
    return Instant.ofEpochSecond(
        localSecond - (localSecond < day.threshold ? day.before : day.after), nanos);
  }

  /**
   * The {@link LocalDay} of {@code epochDay} (null when the offset changes twice near it), also
   * learning the days around it whose slots are empty, so that this runs a few times per run.
   */
  private LocalDay learn(long epochDay) {
    LocalDay wanted = dayOf(epochDay);
    for (long d = epochDay - 32; d < epochDay + 32; d++) {
      int slot = (int) Math.floorMod(d, (long) days.length());
      if (d == epochDay ? wanted != null : days.getAcquire(slot) == null) {
        LocalDay day = d == epochDay ? wanted : dayOf(d);
        if (day != null) {
          days.setRelease(slot, day);
        }
      }
    }
    return wanted;
  }

  /** {@link LocalDay} of {@code epochDay} by the zone's rules. */
  private LocalDay dayOf(long epochDay) {
    // Offsets are within 18 hours: the local times of the date are instants in these three days.
    Instant from = Instant.ofEpochSecond((epochDay - 1) * SECONDS_PER_DAY);
    Instant to = Instant.ofEpochSecond((epochDay + 2) * SECONDS_PER_DAY);
    java.time.zone.ZoneOffsetTransition change = rules.nextTransition(from);
    if (change == null || !change.getInstant().isBefore(to)) {
      int offset = rules.getOffset(from).getTotalSeconds();
      return new LocalDay(epochDay, Long.MAX_VALUE, offset, offset);
    }
    java.time.zone.ZoneOffsetTransition next = rules.nextTransition(change.getInstant());
    if (next != null && next.getInstant().isBefore(to)) {
      return null;
    }
    int before = change.getOffsetBefore().getTotalSeconds();
    int after = change.getOffsetAfter().getTotalSeconds();
    return new LocalDay(
        epochDay, change.getInstant().getEpochSecond() + Math.max(before, after), before, after);
  }

  /**
   * The instant of {@code localSecond} (and {@code nanos}) at the offset {@code Z} or {@code
   * -05:00} at {@code at}.
   */
  private static Instant offset(byte[] s, int at, int to, long localSecond, int nanos) {
    byte sign = s[at];
    if (sign == 'Z' && at + 1 == to) {
      return Instant.ofEpochSecond(localSecond, nanos);
    }
    if ((sign == '+' || sign == '-') && at + 6 == to && s[at + 3] == ':') {
      int hours = digits(s, at + 1, 2, to);
      int minutes = digits(s, at + 4, 2, to);
      if ((hours | minutes) < 0 || hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
        return null;
      }
      int offset = (hours * 3600 + minutes * 60) * (sign == '+' ? 1 : -1);
      return Instant.ofEpochSecond(localSecond - offset, nanos);
    }
    return null;
  }

  /** The number of days in {@code month} (1 to 12) of the ISO year {@code year}. */
  static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeapYear(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /**
   * {@link LocalDate#toEpochDay()} of a valid date in the years 0 to 9999, by the same arithmetic
   * but with no object (C2 then compiles the fast path in a fraction of the time).
   */
  static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12 + day - 1;
    if (month > 2) {
      total -= isLeapYear(year) ? 1 : 2;
    }
    return total - DAYS_0000_TO_1970;
  }

  private static boolean isLeapYear(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static final long DAYS_0000_TO_1970 = 719_528;
  private static final long SECONDS_PER_DAY = 86_400;

  /**
   * The decimal number of {@code count} ASCII digits at {@code from}, or -1 (also past {@code to}).
   */
  private static int digits(byte[] s, int from, int count, int to) {
    if (from + count > to) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      byte c = s[i];
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
