package dev.onboardingcost.report.workspace;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.io.LineBlocks;
import dev.onboardingcost.report.summary.SummaryJson;
import dev.onboardingcost.report.summary.SummaryWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * events.csv read in blocks on several threads gives exactly what the plain record-by-record
 * reading gives: the same summary, the same cost lines with the same file:line, and the same
 * problems in the same order, whatever the block size, also with quotes, line breaks inside a
 * quoted note, CRLF, a byte-order mark, non-ASCII text, blank lines and broken records.
 */
class CanonicalCsvBlocksTest {
  private static final String[] CATEGORIES = {"documentation", "environment", "knowledge"};

  @TempDir Path dir;

  @ParameterizedTest(name = "block {0} bytes, {1} threads, line break in a note: {2}")
  @CsvSource({
    "64, 3, false",
    "64, 3, true",
    "1000, 2, true",
    "1000, 1, false",
    "1048576, 2, true",
    "1048576, 2, false"
  })
  void blocks_read_exactly_what_the_plain_reader_reads(
      int blockSize, int threads, boolean lineBreakInNote) throws IOException {
    // GIVEN a workspace whose events.csv has every awkward kind of line
    writeWorkspace(lineBreakInNote);
    Workspace workspace = Workspace.open(dir);
    List<EvidenceReader> blocks =
        List.of(CanonicalEventsReader.inBlocks(new LineBlocks(blockSize, threads)));
    List<EvidenceReader> plain = List.of(CanonicalEventsReader.plain());
    for (Workspace.Detail detail : Workspace.Detail.values()) {
      // WHEN it is read both ways
      Analysis expected = workspace.analyse(plain, detail);
      Analysis actual = workspace.analyse(blocks, detail);
      // THEN the figures, the cost lines (with their file:line) and the problems are the same
      then(summaryOf(actual)).isEqualTo(summaryOf(expected));
      then(linesOf(actual)).isEqualTo(linesOf(expected));
      then(actual.quality().problems()).isEqualTo(expected.quality().problems());
      then(actual.quality().bySource()).isEqualTo(expected.quality().bySource());
    }
  }

  /** The summary.json text of {@code analysis}. */
  static String summaryOf(Analysis analysis) {
    return SummaryJson.toText(SummaryWriter.summaryOf(ReportResults.of(analysis)));
  }

  /** Every cost line of {@code analysis}, as text, hire by hire. */
  static List<String> linesOf(Analysis analysis) {
    return analysis.costs().hires().stream()
        .map(HireCost::lines)
        .flatMap(List::stream)
        .map(Object::toString)
        .collect(Collectors.toList());
  }

  private void writeWorkspace(boolean lineBreakInNote) throws IOException {
    Files.writeString(
        dir.resolve("onboarding.yaml"),
        "currency: USD\nrates:\n  default: 100\ncalendar:\n  timezone: America/New_York\n");
    StringBuilder people = new StringBuilder("id,name,team,role,start_date\n");
    for (int h = 1; h <= 30; h++) {
      people.append("h").append(h).append(",Hire ").append(h).append(",core,engineer,");
      people.append(LocalDate.of(2026, 1, 5).plusWeeks(h % 10)).append('\n');
    }
    for (int c = 1; c <= 10; c++) {
      people.append("c").append(c).append(",Colleague ").append(c).append(",core,senior,\n");
    }
    Files.writeString(dir.resolve("people.csv"), people);
    List<String> lines = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 600; i++) {
      lines.add(randomEvent(random));
    }
    lines.add(200, "help,h3,c2,knowledge,,2026-03-02T10:00:00Z,,30,1,,jira,\"pairing, long\"");
    lines.add(210, "help,h3,c2,knowledge,,2026-03-02T10:00:00Z,,30,1,,jira,\"said \"\"hi\"\"\"");
    lines.add(220, "blocked,h4,,tooling,,2026-03-09T10:00:00Z,,45,,,survey,café ☕");
    lines.add(230, "");
    lines.add(240, ",,,,,,,,,,,");
    lines.add(250, "help,h99,c2,knowledge,,,,30,1,,jira,unknown hire");
    lines.add(260, "help,h5,c2,knowledge,,,,3O,1,,jira,bad minutes");
    lines.add(270, "lunch,h5,,,,,,30,,,jira,bad type");
    lines.add(280, "help,h5,c77,knowledge,,,,30,1,,jira,unknown helper");
    lines.add(290, "help,h5,c3,knowledge,,2027-06-01T10:00:00Z,,30,1,,jira,outside the window");
    lines.add(300, "  help , h6 , c4 , process , , , , 20 , 2 , , jira , padded ");
    lines.add(310, "milestone,h7,,,,2026-03-20T15:00:00-04:00,,,,first_pr,github-prs,");
    lines.add(320, "help,h8,c1,knowledge,,,,\u00a012,1,,jira,non-breaking space");
    lines.add(330, "help,h8,c1,Knowledge,,,,12,1,,SURVEY,mixed case");
    lines.add(340, "blocked,h8,, TOOLING ,,,,12,,,Survey,upper case");
    lines.add(350, "help,h8,c1,vibes,,,,12,1,,jira,bad category");
    lines.add(360, "milestone,h8,,,,2026-03-20T15:00:00,,,,FIRST_PR,github-prs,naive time");
    lines.add(370, "milestone,h8,,,,2026-03-20T15:00:00Z,,,,first_party,github-prs,bad kind");
    lines.add(380, "blocked,h8,,knowledge,,2026-03-10T15:00,2026-03-09T15:00,,,,jira,backwards");
    lines.add(390, "blocked,h8,,knowledge,,2026-03-10T15:00,2026-03-3x,,,,jira,bad end");
    lines.add(395, "blocked,h8,,documentation,,,,5,,,documentation,category text as source");
    lines.add(396, "access_wait,h8,,documentation,vpn,,,5,,,jira,wait of another category");
    lines.add(397, "access_wait,h8,,,vpn,2026-03-08T01:30,2026-03-08T03:30,,,,jira,DST gap");
    lines.add(398, "help,c3,c2,knowledge,,,,12,1,,jira,a colleague as the hire");
    lines.add(399, "help, ,c2,knowledge,,,,12,1,,jira,no hire");
    lines.add(401, "help,h8,\u2003,knowledge,, ,\u2003,12,1,,jira,blank helper and times");
    lines.add(402, "help,h8,c2,\u2003,,,,12,1,, ,blank category and source");
    if (lineBreakInNote) {
      lines.add(400, "help,h9,c5,knowledge,,,,30,1,,jira,\"two\nlines\"");
    }
    StringBuilder csv = new StringBuilder("\uFEFFtype,hire,helper,category,system,start,end,");
    csv.append("minutes,count,milestone,source,note\r\n");
    for (int i = 0; i < lines.size(); i++) {
      csv.append(lines.get(i)).append(i % 7 == 0 ? "\r\n" : "\n");
    }
    Files.write(dir.resolve("events.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String randomEvent(SplittableRandom random) {
    int hire = 1 + random.nextInt(30);
    LocalDate start = LocalDate.of(2026, 1, 5).plusWeeks(hire % 10).plusDays(random.nextInt(25));
    String at = start + "T" + (10 + random.nextInt(6)) + ":" + (10 + random.nextInt(50)) + ":00Z";
    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
    String source = random.nextInt(5) == 0 ? "survey" : "jira";
    switch (random.nextInt(5)) {
      case 0:
        return "access_wait,h"
            + hire
            + ",,access,github,"
            + at
            + ","
            + start.plusDays(2)
            + "T09:30:00-05:00,,,,okta,";
      case 1:
        return "blocked,h"
            + hire
            + ",,"
            + category
            + ",,"
            + at
            + ",,"
            + random.nextInt(90)
            + ".25,,,"
            + source
            + ",stuck";
      case 2:
        return "provisioning,h" + hire + ",c1,access,," + at + ",,45,,,it,laptop";
      case 3:
        return "milestone,h" + hire + ",,,," + at + ",,,,first_commit,github-prs,";
      default:
        return "help,h"
            + hire
            + ",c"
            + (1 + random.nextInt(10))
            + ","
            + category
            + ",,"
            + at
            + ",,"
            + (random.nextBoolean() ? "" : String.valueOf(5 + random.nextInt(60)))
            + ","
            + (1 + random.nextInt(3))
            + ",,"
            + source
            + ",pairing";
    }
  }

  @Test
  void the_fields_white_space_is_javas_for_every_ascii_byte() {
    // GIVEN every ASCII byte; WHEN the block parser's one-comparison test looks at it; THEN it
    // trims what String.strip would
    for (int b = 0; b < 128; b++) {
      then(CanonicalCsvBlockParser.isAsciiWhitespace((byte) b))
          .as("byte %d", b)
          .isEqualTo(Character.isWhitespace(b));
    }
  }
}
