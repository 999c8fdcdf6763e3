package dev.onboardingcost.report.workspace;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.time.Instant;
import java.time.ZoneId;
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
    "2026-01-05T09:30:00.000Z, 2026-01-05T09:30:00Z", // legacy GAM form, formatter path
    "2026-01-05T09:30:00+0530, 2026-01-05T04:00:00Z",
    "2026-01-05, 2026-01-05T05:00:00Z", // a bare date is midnight in the zone
  })
  void reads_the_forms_exports_write(String text, Instant expected) {
    then(newYork.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "2026-01-05T09:30:", // found by fuzzing: the fast path read past the end
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
}
