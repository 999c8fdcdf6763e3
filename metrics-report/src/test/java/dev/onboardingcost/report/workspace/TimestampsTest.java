package dev.onboardingcost.report.workspace;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
  private final Timestamps newYork = new Timestamps(ZoneId.of("America/New_York"));

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2026-01-05T09:30:00Z, 2026-01-05T09:30:00Z",
    "2026-01-05T09:30Z, 2026-01-05T09:30:00Z",
    "2026-01-05T09:30:00-05:00, 2026-01-05T14:30:00Z",
    "2026-01-05 09:30:00, 2026-01-05T14:30:00Z", // naive: read in the calendar's zone
    "2026-07-06T09:30, 2026-07-06T13:30:00Z", // naive in daylight time
    "2026-01-05T09:30:00.000Z, 2026-01-05T09:30:00Z", // Okta's and GAM's form
    "2026-01-05T09:30:00.5-05:00, 2026-01-05T14:30:00.5Z",
    "2026-01-05 09:30:00.123456789, 2026-01-05T14:30:00.123456789Z",
    "2026-01-05T09:30:00+0530, 2026-01-05T04:00:00Z",
    "2026-01-05, 2026-01-05T05:00:00Z", // a bare date is midnight in the zone
  })
  void reads_the_forms_exports_write(String text, Instant expected) {
    then(newYork.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "2026-01-05T09:30:", // cut short after the minutes
        "2026-01-05T09:3",
        "2026-13-05T09:30:00Z",
        "2026-01-05T25:00:00Z",
        "2026-01-05T09:30:00+25:00",
        "yesterday",
        "",
      })
  void refuses_anything_else_with_an_example(String text) {
    thenThrownBy(() -> newYork.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected an ISO-8601 timestamp like 2026-01-05T09:30:00-05:00");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "America/New_York",
        "Europe/Berlin",
        "Australia/Lord_Howe", // a half-hour change
        "Antarctica/Troll", // a two-hour change
        "America/St_Johns",
        "Africa/Casablanca", // two changes a year around Ramadan
        "Pacific/Chatham",
        "UTC"
      })
  void times_without_an_offset_are_read_as_java_time_reads_them_in_the_zone(String zoneId) {
    // GIVEN every quarter hour of three years in a zone, DST changes (gaps, overlaps) included
    ZoneId zone = ZoneId.of(zoneId);
    Timestamps timestamps = new Timestamps(zone);
    for (LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
        t.getYear() < 2028;
        t = t.plusMinutes(15)) {
      // WHEN read; THEN it is the instant java.time gives
      then(timestamps.parse(t.toString()))
          .as("%s in %s", t, zone)
          .isEqualTo(t.atZone(zone).toInstant());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-02-29T09:30:00Z", // not a leap year
    "2026-04-31T09:30:00Z",
    "2026-01-05T09:60:00Z",
    "2026-01-05T09:30:60Z",
    "2026-01-05T09:30:00+18:30",
    "2026-01-05T09:30:00+10:60",
  })
  void refuses_impossible_dates_times_and_offsets(String text) {
    thenThrownBy(() -> newYork.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reads_fractions_of_a_second_as_java_time_does() {
    // GIVEN every length of fraction, with Z, with an offset and local (before, in and after the
    // gap of the change to daylight time, and in the overlap of the change back)
    ZoneId zone = ZoneId.of("America/New_York");
    Timestamps timestamps = new Timestamps(zone);
    for (String local :
        new String[] {
          "2026-01-05T09:30:07",
          "2026-03-08T01:59:59",
          "2026-03-08T02:30:00",
          "2026-03-08T03:00:00",
          "2026-11-01T01:59:59"
        }) {
      for (String fraction = "9";
          fraction.length() <= 9;
          fraction = fraction + (fraction.length() % 10)) {
        String text = local + "." + fraction;
        // WHEN / THEN the instant is java.time's
        then(timestamps.parse(text + "Z")).isEqualTo(Instant.parse(text + "Z"));
        then(timestamps.parse(text + "-05:00"))
            .isEqualTo(java.time.OffsetDateTime.parse(text + "-05:00").toInstant());
        then(timestamps.parse(text))
            .as(text)
            .isEqualTo(LocalDateTime.parse(text).atZone(zone).toInstant());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1899-12-31T23:59:59Z",
        "2201-01-01T00:00:00Z",
        "0026-01-05T09:30:00-05:00", // a year typed with a digit missing
        "9999-12-31",
        "+10000-01-01T00:00:00Z",
      })
  void refuses_years_outside_1900_to_2200_as_out_of_range(String text) {
    thenThrownBy(() -> newYork.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "out of range: expected a year from 1900 to 2200, like 2026-01-05T09:30:00-05:00, got '"
                + text
                + "'");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "1900-01-01T00:00:00Z, 1900-01-01T00:00:00Z",
    "2200-12-31T23:59:59.999Z, 2200-12-31T23:59:59.999Z",
  })
  void reads_the_first_and_last_years(String text, Instant expected) {
    then(newYork.parse(text)).isEqualTo(expected);
  }
}
