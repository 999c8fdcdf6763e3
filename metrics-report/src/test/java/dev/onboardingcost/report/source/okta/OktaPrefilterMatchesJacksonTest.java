package dev.onboardingcost.report.source.okta;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.io.LineBlocks;
import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.source.Golden;
import dev.onboardingcost.report.source.common.PrefilteredJsonLines;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OktaPrefilterMatchesJacksonTest {
  @TempDir Path dir;

  /** Lines the prefilter must settle exactly as Jackson does, or leave to Jackson. */
  private static final List<String> EDGE_LINES =
      List.of(
          "{\"eventType\" : \"user.session.start\" , \"n\": 1}",
          "\t{ \"eventType\":\"  user.session.start \" }  ",
          "{\"debugContext\":{\"eventType\":\"user.session.start\"}}",
          "{\"actor\":{\"eventType\":\"x\"},\"eventType\":\"user.authentication.sso\"}",
          "{\"eventType\":\"user.session.start\",\"eventType\":\"policy.evaluate_sign_on\"}",
          "{\"eventType\":\"user.session.start\", \"x\": }",
          "{\"eventType\":\"user.session.start\"",
          "{\"eventType\":\"user.session.start\"} trailing",
          "{\"eventType\":\"user.session.start\"},",
          "{\"eventType\":\"user.session.start\",\"n\":01}",
          "{\"eventType\":\"user.session.start\",\"n\":1.}",
          "{\"eventType\":\"user.session.start\",\"n\":-}",
          "{\"eventType\":\"user.session.start\",\"n\":+1}",
          "{\"eventType\":\"user.session.start\",\"s\":\"tab\there\"}",
          "{\"eventType\":\"user.session.start\",\"s\":\"bad \\q escape\"}",
          "{\"eventType\":\"user.session.start\",\"s\":\"\\u00e9\\n\\\"ok\\\"\"}",
          "{'eventType':'user.session.start'}",
          "{eventType:\"user.session.start\"}",
          "{\"eventType\":\"user.session.\\u0073tart\"}",
          "{\"event\\u0054ype\":\"user.session.start\"}",
          "{\"eventType\":\"\"}",
          "{\"eventType\":\"   \"}",
          "{\"eventType\":5}",
          "{\"eventType\":null}",
          "{\"eventType\":[\"user.session.start\"]}",
          "{}",
          "[1,2]",
          "\"just a string\"",
          "42",
          "",
          "   ",
          "\u000B",
          "{\"eventType\":\"user.session.start\",\"a\":true,\"b\":false,\"c\":null,\"d\":-1.5e+3,"
              + "\"e\":[],\"f\":{},\"g\":[{\"h\":[0,1E9,-0.0]}]}",
          "{\"eventType\":\"user.session.start\",\"a\":tru}",
          "{\"eventType\":\"user.session.start\",\"a\":nulls}",
          "{\"eventType\":\"user.session.start\",\"a\":true1}",
          "{\"eventType\":\"user.session.start\",\"displayMessage\":\"Zoë ☃ 😀\"}",
          "{\"eventType\":\"ü.start\"}",
          "{\"eventType\":\"user.session.start\",\"data\":{\"events\":[{\"eventType\":\"x\"}]}}",
          "{\"eventType\":\"user.session.start\",\"data\":5}",
          "{\"eventType\":\"app.access_request.grant\"}",
          "{\"eventType\":\"user.lifecycle.create\"}",
          "{\"eventType\":\"user.session.start\",\"deep\":"
              + "[".repeat(100)
              + "]".repeat(100)
              + "}",
          "{\"eventType\":\"user.session.start\",\"deep\":" + "[".repeat(100) + "}",
          "{\"eventType\":\"user.session.start\",\"n\":1" + "0".repeat(200) + "}",
          "{\"eventType\":\"user.session.start\"}\r{\"eventType\":\"user.session.end\"}",
          "{\"eventType\":\"user.session.start\",\"x\":\"a\u0000b\"}");

  @ParameterizedTest(name = "line ends {0}, BOM {1}")
  @CsvSource({"LF, false", "CRLF, true"})
  void prefiltered_reading_gives_the_account_and_waits_of_plain_jackson(
      String lineEnds, boolean bom) throws IOException {
    // GIVEN the golden Okta workspace with a JSON-lines log of 12,000 mostly noise events: the
    // golden grants and requests, edge lines, and randomly damaged noise lines
    Path workspace = workspace(log(lineEnds.equals("CRLF") ? "\r\n" : "\n", bom));
    // WHEN it is read with the prefilter on small blocks on two threads, and with plain Jackson
    Analysis fast = analyse(workspace, new PrefilteredJsonLines(new LineBlocks(16 * 1024, 2)));
    Analysis plain = analyse(workspace, PrefilteredJsonLines.off());
    // THEN the events, the milestones and the data-quality account are identical
    then(Golden.render(fast)).isEqualTo(Golden.render(plain));
    then(fast.quality().ignoredNotListed()).isEqualTo(plain.quality().ignoredNotListed());
    SourceCounts okta = fast.quality().bySource().get("okta");
    then(okta.used()).isPositive();
    then(okta.ignored()).isGreaterThan(10_000);
    then(okta.rejected()).isGreaterThan(100);
  }

  private static Analysis analyse(Path workspace, PrefilteredJsonLines lines) {
    return Workspace.open(workspace).analyse(List.of(new OktaReader(lines)));
  }

  private Path workspace(byte[] log) throws IOException {
    Path golden = Golden.workspace("okta");
    Path workspace = dir.resolve("ws");
    Files.createDirectories(workspace.resolve("logs/okta"));
    Files.copy(golden.resolve("onboarding.yaml"), workspace.resolve("onboarding.yaml"));
    Files.copy(golden.resolve("people.csv"), workspace.resolve("people.csv"));
    Files.write(workspace.resolve("logs/okta/system-log.jsonl"), log);
    return workspace;
  }

  private static byte[] log(String lineEnd, boolean bom) throws IOException {
    List<String> used =
        Files.readAllLines(
            Golden.workspace("okta").resolve("logs/okta/c-lines.jsonl"), StandardCharsets.UTF_8);
    Random random = new Random(7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    List<String> lines = new ArrayList<>();
    lines.add(noise(0));
    for (int i = 1; i < 12_000; i++) {
      int pick = random.nextInt(100);
      if (pick < 2) {
        lines.add(used.get(random.nextInt(used.size())));
      } else if (pick < 4) {
        lines.add(EDGE_LINES.get(random.nextInt(EDGE_LINES.size())));
      } else if (pick < 8) {
        lines.add(damaged(noise(i), random));
      } else {
        lines.add(noise(i));
      }
    }
    lines.addAll(EDGE_LINES);
    for (String line : lines) {
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.write(lineEnd.getBytes(StandardCharsets.UTF_8));
    }
    // bytes that are not UTF-8, past the first megabyte the encoding is told by
    out.write("{\"eventType\":\"user.session.start\",\"s\":\"".getBytes(StandardCharsets.UTF_8));
    out.write(new byte[] {(byte) 0xFF, (byte) 0xC3});
    out.write("\"}".getBytes(StandardCharsets.UTF_8));
    out.write(lineEnd.getBytes(StandardCharsets.UTF_8));
    out.write(noise(99_999).getBytes(StandardCharsets.UTF_8)); // no line end
    return out.toByteArray();
  }

  private static String noise(int i) {
    String[] types = {
      "user.session.start", "user.authentication.sso", "policy.evaluate_sign_on", "user.session.end"
    };
    return "{\"uuid\": \"n"
        + i
        + "\", \"published\": \"2026-03-10T12:00:00.000Z\", \"eventType\": \""
        + types[i % types.length]
        + "\", \"actor\": {\"type\": \"User\", \"alternateId\": \"ada@acme.example\"},"
        + " \"outcome\": {\"result\": \"SUCCESS\", \"reason\": null}, \"debugContext\":"
        + " {\"debugData\": {\"risk\": \"{level=LOW}\", \"n\": [1, 2.5, -3e2, true, false]}}}";
  }

  /** The line with a few characters deleted, replaced or inserted at random. */
  private static String damaged(String line, Random random) {
    StringBuilder text = new StringBuilder(line);
    String alphabet = "{}[]\",:\\ 0-.eEtfnu\t";
    for (int k = 1 + random.nextInt(2); k > 0; k--) {
      int at = random.nextInt(text.length());
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(3)) {
        case 0:
          text.deleteCharAt(at);
          break;
        case 1:
          text.setCharAt(at, c);
          break;
        default:
          text.insert(at, c);
      }
    }
    return text.toString();
  }
}
