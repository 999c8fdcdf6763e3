package dev.onboardingcost.report.workspace;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.io.LineBlocks;
import dev.onboardingcost.report.quality.SourceCounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * events.csv read in blocks into the streaming engine gives exactly what the plain record-by-record
 * reading gives, for rows whose every field is drawn from good, bad, blank and unusual values (a
 * hire's first record and its later ones, helpers that are hires, unknown people, bad numbers and
 * timestamps, intervals backwards, outside the window, a local time in the DST gap, big and
 * fractional minutes and counts, quoted notes): the same summary, cost lines, problems (with
 * file:line) and counts, whatever the block size and threads. {@link CanonicalCsvBlocksTest} has
 * the awkward lines of the file format; this one, the many combinations of field values.
 */
class CanonicalCsvBlocksFuzzTest {
  private static final int HIRES = 12;
  private static final String[] TYPES = {
    "help",
    "help",
    "help",
    "access_wait",
    "access_wait",
    "blocked",
    "blocked",
    "milestone",
    "provisioning",
    "HELP",
    "lunch",
    ""
  };
  private static final String[] HIRE_IDS = {"h99", "c1", "", "h 1"};
  private static final String[] HELPERS = {"", "c1", "c2", "c3", "h3", "c77", "\u2003"};
  private static final String[] CATEGORIES = {
    "documentation", "knowledge", "access", "ACCESS", " tooling ", "", "vibes", "caf\u00e9"
  };
  private static final String[] SYSTEMS = {"", "github", " VPN ", "aws", "Okta\u2122"};
  private static final String[] STARTS = {
    "",
    "2026-03-02T10:00:00Z",
    "2026-03-04T16:45:00-05:00",
    "2026-03-08T02:30:00",
    "2026-03-10T09:00",
    "2027-06-01T10:00:00Z",
    "2025-12-01T10:00:00Z",
    "2026-03-3x"
  };
  private static final String[] ENDS = {
    "",
    "",
    "",
    "2026-03-05T11:00:00Z",
    "2026-03-09T09:30:00-05:00",
    "2026-03-01T10:00:00Z",
    "2027-07-01T00:00:00Z",
    "2026-03-02T10:00:00Z",
    "soon"
  };
  private static final String[] MINUTES = {
    "", "", "30", "45", "2.5", "0", "007", "3O", "-5", "1000000000000", "0.0000001"
  };
  private static final String[] COUNTS = {"", "1", "2", "3", "0", "0.5", "x", "1000000"};
  private static final String[] SOURCES = {"", "jira", "survey", "SURVEY", "okta", "sl\u00e4ck"};
  private static final String[] MILESTONES = {"", "first_pr", "nope"};

  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}, block {1} bytes, {2} threads")
  @CsvSource({"1, 256, 2", "2, 4096, 1", "3, 1048576, 2", "4, 97, 3"})
  void blocks_read_fuzzed_rows_as_the_plain_reader_does(long seed, int blockSize, int threads)
      throws IOException {
    // GIVEN hires that each have one good record first (later rows meet a hire seen before), then
    // rows of every kind
    writeWorkspace(new SplittableRandom(seed));
    Workspace workspace = Workspace.open(dir);
    for (Workspace.Detail detail : Workspace.Detail.values()) {
      // WHEN the rows are read in blocks, and by the plain reader
      Analysis blocks =
          workspace.analyse(
              List.of(CanonicalEventsReader.inBlocks(new LineBlocks(blockSize, threads))), detail);
      Analysis plain = workspace.analyse(List.of(CanonicalEventsReader.plain()), detail);
      // THEN everything is the same
      then(CanonicalCsvBlocksTest.summaryOf(blocks))
          .isEqualTo(CanonicalCsvBlocksTest.summaryOf(plain));
      then(CanonicalCsvBlocksTest.linesOf(blocks)).isEqualTo(CanonicalCsvBlocksTest.linesOf(plain));
      then(blocks.quality().problems()).isEqualTo(plain.quality().problems());
      then(blocks.quality().bySource()).isEqualTo(plain.quality().bySource());
      // AND the rows had every outcome: used, outside the window and rejected
      SourceCounts counts = blocks.quality().bySource().get(CanonicalEventsReader.NAME);
      then(counts.used()).isGreaterThan(1000);
      then(counts.rejected()).isGreaterThan(1000);
      then(counts.outsideWindow()).isGreaterThan(100);
    }
  }

  private void writeWorkspace(SplittableRandom random) throws IOException {
    Files.writeString(
        dir.resolve("onboarding.yaml"),
        "currency: USD\nrates:\n  default: 100\n  by_role: {senior: 180}\n"
            + "calendar:\n  timezone: America/New_York\n"
            + "assumptions:\n  context_switch_minutes: 10\n");
    StringBuilder people = new StringBuilder("id,name,team,role,start_date\n");
    for (int h = 1; h <= HIRES; h++) {
      people.append("h").append(h).append(",Hire ").append(h).append(",core,engineer,");
      people.append(h % 2 == 0 ? "2026-03-02" : "2026-02-23").append('\n');
    }
    for (int c = 1; c <= 3; c++) {
      people.append("c").append(c).append(",Colleague ").append(c).append(",core,senior,\n");
    }
    Files.writeString(dir.resolve("people.csv"), people);
    StringBuilder csv = new StringBuilder("type,hire,helper,category,system,start,end,");
    csv.append("minutes,count,milestone,source,note\n");
    for (int h = 1; h <= HIRES; h++) {
      csv.append("help,h").append(h).append(",c1,knowledge,,2026-03-03T10:00:00Z,,20,1,,jira,\n");
    }
    for (int i = 0; i < 4000; i++) {
      String hire =
          random.nextInt(10) == 0
              ? pick(random, HIRE_IDS, HIRE_IDS.length)
              : (random.nextBoolean() ? "h" : " h") + (1 + random.nextInt(HIRES));
      csv.append(
          String.join(
              ",",
              pick(random, TYPES, 9),
              hire,
              pick(random, HELPERS, 5),
              pick(random, CATEGORIES, 6),
              pick(random, SYSTEMS, 4),
              pick(random, STARTS, 5),
              pick(random, ENDS, 5),
              pick(random, MINUTES, 7),
              pick(random, COUNTS, 4),
              pick(random, MILESTONES, 2),
              pick(random, SOURCES, 5),
              random.nextInt(4) == 0 ? "\"a, quoted note\"" : "note " + i));
      csv.append(random.nextInt(9) == 0 ? "\r\n" : "\n");
    }
    Files.write(dir.resolve("events.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** One of the first {@code good} values seven times in eight, else any. */
  private static String pick(SplittableRandom random, String[] values, int good) {
    return values[random.nextInt(random.nextInt(8) == 0 ? values.length : good)];
  }
}
