package dev.onboardingcost.report.hardening;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.cli.CliRun;
import dev.onboardingcost.report.cli.OnboardingCostCli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text is inert everywhere (SPEC section 10): input text with HTML, Markdown, control characters
 * and terminal escapes goes through the real command line into pitch.md, the SVG charts and the
 * console without acting.
 */
class TextInertTest {
  /** A system name that tries HTML, a Markdown link, a forged heading and a control character. */
  private static final String SYSTEM =
      "git<img src=x onerror=alert(1)>](javascript:alert(1))\n# heading\u0001";

  @TempDir Path dir;
  private Path workspace;

  @BeforeEach
  void copyBase() throws IOException {
    workspace = dir.resolve("workspace");
    HostileInputTest.copyTree(Path.of("src/test/resources/hostile/_base"), workspace);
    Files.writeString(
        workspace.resolve("events.csv"),
        "type,hire,system,minutes,note\n"
            + "access_wait,h1,\""
            + SYSTEM
            + "\",90,\n"
            + "access_wait,\"ghost\u001b[2J\u001b]52;c;ZWNobyBoaQ==\u0007\nFAKE: all good\",github,5,\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void input_text_in_the_pitch_forms_no_html_link_or_heading() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("report", workspace.toString(), "--out", out.toString());
    then(run.status()).as(run.err()).isZero();

    String pitch = Files.readString(out.resolve("pitch.md"));
    then(pitch).contains("&lt;img src=x onerror=alert\\(1\\)&gt;\\]\\(javascript:alert\\(1\\)\\)");
    then(pitch).doesNotContain("<img").doesNotContain("](javascript").doesNotContain("\u0001");
    then(pitch.lines()).noneMatch(line -> line.startsWith("# heading"));
  }

  @Test
  void every_svg_chart_is_well_formed_xml_whatever_the_input_text() throws Exception {
    Path out = dir.resolve("out");
    then(CliRun.of("report", workspace.toString(), "--out", out.toString()).status()).isZero();

    List<Path> svgs;
    try (Stream<Path> files = Files.list(out.resolve("charts"))) {
      svgs = files.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
    }
    then(svgs).isNotEmpty();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (Path svg : svgs) {
      byte[] bytes = Files.readAllBytes(svg);
      factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
      then(new String(bytes, StandardCharsets.UTF_8)).as(svg.toString()).doesNotContain("\u0001");
    }
  }

  @Test
  void the_console_shows_control_characters_escaped_and_no_forged_line() {
    CliRun validate = CliRun.of("validate", workspace.toString(), "--quiet");

    then(validate.status()).as(validate.err()).isZero();
    then(validate.out()).doesNotContain("\u001b").doesNotContain("\u0007");
    then(validate.out()).contains("ghost\\u001b[2J\\u001b]52;c;ZWNobyBoaQ==\\u0007\\u000aFAKE");
    then(validate.out().lines()).noneMatch(line -> line.startsWith("FAKE"));
  }

  @Test
  void a_setting_quoted_in_an_error_cannot_reach_the_terminal() throws IOException {
    // GIVEN a currency that would write to the clipboard (OSC 52) and forge a second line
    Path settings = workspace.resolve("onboarding.yaml");
    Files.writeString(
        settings,
        Files.readString(settings)
            .replace(
                "currency: USD", "currency: \"\\e]52;c;ZWNobyBoaQ==\\a\\nonboarding-cost: ok\""));

    CliRun run = CliRun.of("validate", workspace.toString());

    then(run.status()).isEqualTo(OnboardingCostCli.EXIT_ERROR);
    then(run.err().strip().lines()).hasSize(1);
    then(run.err()).doesNotContain("\u001b").contains("\\u001b]52;c;ZWNobyBoaQ==\\u0007\\u000a");
  }
}
