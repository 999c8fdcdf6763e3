package dev.onboardingcost.report.pitch;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.Money;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.outlook.FixPayback;
import dev.onboardingcost.report.outlook.Outlook;
import dev.onboardingcost.report.outlook.QuarterForecast;
import dev.onboardingcost.report.summary.SummaryWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PitchWriterTest {
  private static final ReportResults SAMPLE = TestWorkspaces.sampleResults();

  @Test
  void says_the_figures_of_summary_json() {
    // GIVEN summary.json's figures
    JsonNode totals = SummaryWriter.summaryOf(SAMPLE).get("totals");
    var usd = SAMPLE.analysis().costs().currency();
    // WHEN
    String pitch = PitchWriter.pitchOf(SAMPLE, Outlook.NONE, List.of("cost-per-hire"));
    // THEN
    then(pitch)
        .contains("**" + Money.text(totals.get("total_cost").decimalValue(), usd) + "**")
        .contains("**$2,730.92**") // 38,232.83 / 14 hires
        .contains("the median hire: $2,743.75")
        .contains(totals.get("hire_hours_lost").decimalValue().toPlainString() + " hours in all")
        .contains(
            totals.get("colleague_hours_lost").decimalValue().toPlainString() + " hours in all")
        .contains("The biggest cost is **access**")
        .contains("![cost-per-hire](charts/cost-per-hire.png)");
  }

  @Test
  void asks_for_plan_and_fixes_when_absent() {
    String pitch = PitchWriter.pitchOf(SAMPLE, Outlook.NONE, List.of());
    then(pitch).contains("Add `plan.yaml`").contains("Add `fixes.yaml`");
  }

  @Test
  void shows_forecast_and_fixes_when_given() {
    Outlook outlook =
        new Outlook(
            Optional.empty(),
            Optional.of(
                List.of(
                    new QuarterForecast(
                        "2027-Q1",
                        20,
                        new BigDecimal("54618.333"),
                        new BigDecimal("50000"),
                        new BigDecimal("54000"),
                        new BigDecimal("59000"),
                        new BigDecimal("12.345"),
                        true))),
            Optional.of(
                List.of(
                    new FixPayback(
                        "*Grant* [GitHub]",
                        new BigDecimal("1200"),
                        new BigDecimal("4800"),
                        Optional.of(new BigDecimal("4"))))));
    String pitch = PitchWriter.pitchOf(SAMPLE, outlook, List.of());
    then(pitch)
        .contains("**2027-Q1**: 20 hires, about **$54,618.33**")
        .contains("12.34% of their capacity (above the alert level)")
        .contains("\\*Grant\\* \\[GitHub\\]")
        .contains("pays for itself after 4.00 hires");
  }

  @Test
  void escapes_markdown_in_input_text() {
    then(PitchWriter.plain("a_b *c* <script>\nx")).isEqualTo("a\\_b \\*c\\* \\<script\\> x");
  }
}
