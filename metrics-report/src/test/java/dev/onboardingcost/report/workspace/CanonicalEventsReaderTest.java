package dev.onboardingcost.report.workspace;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.report.quality.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalEventsReaderTest {
  private static final String HEADER =
      "type,hire,helper,category,system,start,end,minutes,count,milestone,source,note\n";

  @TempDir Path dir;

  private Analysis analyse() {
    return Workspace.open(dir).analyse(EvidenceReaders.all());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown type | teleport,h1,,,,,,10,,,, | column 'type': expected access_wait, blocked,"
            + " help, provisioning or milestone, got 'teleport'",
        "missing type | ,h1,,,,,,10,,,, | column 'type': is required",
        "unknown hire | blocked,h7,,documentation,,,,10,,,, | column 'hire': 'h7' is not in people.csv",
        "colleague as hire | blocked,c1,,documentation,,,,10,,,, | column 'hire': 'c1' has no"
            + " start_date in people.csv, so is not a hire",
        "unknown helper | help,h1,c9,knowledge,,,,10,,,, | column 'helper': 'c9' is not in people.csv",
        "missing category | blocked,h1,,,,,,10,,,, | column 'category': is required for this type",
        "unknown category | blocked,h1,,vibes,,,,10,,,, | column 'category': expected a category",
        "negative minutes | blocked,h1,,documentation,,,,-5,,,, | column 'minutes': must not be"
            + " negative, got '-5'",
        "unreadable minutes | blocked,h1,,documentation,,,,3O,,,, | column 'minutes': expected a"
            + " number like 37.5, got '3O'",
        "absurd minutes | blocked,h1,,documentation,,,,1e308,,,, | column 'minutes': expected a"
            + " number like 37.5, got '1e308'",
        "NaN count | help,h1,c1,knowledge,,,,10,NaN,,, | column 'count': expected a number like"
            + " 37.5, got 'NaN'",
        "end before start | access_wait,h1,,,github,2026-01-05T12:00:00,2026-01-05T10:00:00,,,,, |"
            + " column 'end': 2026-01-05T10:00:00 is before start 2026-01-05T12:00:00",
        "unreadable time | access_wait,h1,,,github,yesterday,2026-01-05T10:00:00,,,,, | column"
            + " 'start': expected an ISO-8601 timestamp",
        "wait without duration | access_wait,h1,,,github,2026-01-05T12:00:00,,,,,, | column"
            + " 'minutes': access_wait needs minutes or both start and end",
        "provisioning without minutes | provisioning,h1,c2,,,,,,,,, | column 'minutes':"
            + " provisioning needs minutes",
        "milestone without time | milestone,h1,,,,,,,,first_pr,, | column 'start': a milestone"
            + " needs the time",
        "unknown milestone | milestone,h1,,,,2026-01-06T10:00:00,,,,first_coffee,, | column"
            + " 'milestone': expected a milestone",
        "access wait in another category | access_wait,h1,,tooling,github,,,30,,,, | column"
            + " 'category': access_wait is always 'access'",
      })
  void rejects_a_bad_record_with_file_line_and_reason(String name, String row, String reason) {
    // GIVEN one good record and one bad one on line 3
    TestWorkspaces.withEvents(dir, HEADER + "blocked,h1,,documentation,,,,60,,,,\n" + row + "\n");

    // WHEN
    Analysis analysis = analyse();

    // THEN the bad record is rejected with its line, the good one used
    then(analysis.quality().rejected())
        .singleElement()
        .extracting(Problem::toString)
        .asString()
        .startsWith("events.csv:3: " + reason);
    var total = analysis.quality().total();
    then(total.used()).isEqualTo(1);
    then(total.read()).isEqualTo(2);
  }

  @Test
  void reads_json_lines_and_rejects_a_broken_line_between_good_ones() {
    TestWorkspaces.withEvents(dir, HEADER);
    TestWorkspaces.write(
        dir,
        "events.jsonl",
        "{\"type\": \"blocked\", \"hire\": \"h1\", \"category\": \"documentation\", \"minutes\": 90}\n"
            + "{\"type\": \"blocked\", \"hire\": \n"
            + "\n"
            + "{\"type\": \"help\", \"hire\": \"h1\", \"helper\": \"c1\", \"category\": \"knowledge\","
            + " \"minutes\": 0.1, \"count\": 3}\n"
            + "[1, 2]\n");

    Analysis analysis = analyse();

    then(analysis.quality().rejected())
        .extracting(Problem::toString)
        .satisfiesExactly(
            first -> then(first).startsWith("events.jsonl:2: not a JSON object"),
            second -> then(second).startsWith("events.jsonl:5: expected one JSON object per line"));
    HireCost hire = analysis.costs().hires().get(0);
    // 90 min blocked at $200 = $300; help 3 x 0.1 min (no refocus) at $200 = $1
    then(hire.totalCost()).isEqualByComparingTo("301");
  }

  @Test
  void counts_events_outside_the_window_as_used() {
    // Window of h1: 2026-01-05 09:00 .. 2026-01-30 17:00 New York (20 working days, no holidays)
    TestWorkspaces.withEvents(
        dir,
        HEADER
            + "blocked,h1,,documentation,,2026-02-02T10:00:00,,30,,,,after the window\n"
            + "blocked,h1,,documentation,,2026-01-30T16:00:00,2026-01-30T18:00:00,,,,,clipped\n");

    Analysis analysis = analyse();

    then(analysis.quality().total().used()).isEqualTo(2);
    then(analysis.quality().total().outsideWindow()).isEqualTo(1);
    // only 16:00-17:00 of the second counts: 60 min at $200
    then(analysis.costs().hires().get(0).totalCost()).isEqualByComparingTo("200");
  }

  @Test
  void reads_naive_timestamps_in_the_calendar_zone() {
    // 09:00-15:00 New York written without an offset, and the same in UTC with an offset
    TestWorkspaces.withEvents(
        dir,
        HEADER
            + "access_wait,h1,,,github,2026-01-05T09:00:00,2026-01-05T15:00:00,,,,,\n"
            + "access_wait,h1,,,aws,2026-01-06T14:00:00Z,2026-01-06T20:00:00Z,,,,,\n");

    HireCost hire = analyse().costs().hires().get(0);

    then(hire.accessMinutesBySystem().get("github")).isEqualByComparingTo("360");
    then(hire.accessMinutesBySystem().get("aws")).isEqualByComparingTo("360");
  }
}
