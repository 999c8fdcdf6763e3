package dev.onboardingcost.report.pitch;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.Money;
import dev.onboardingcost.report.Ratios;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.summary.SummaryWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pitch of the generated sample (plan.yaml and fixes.yaml) and of the podcast example
 * (neither); every figure is taken from summary.json, never from one particular sample.
 */
class PitchWriterTest {
  private static final ReportResults SAMPLE = TestWorkspaces.sampleResults();
  private static final JsonNode SUMMARY = SummaryWriter.summaryOf(SAMPLE);
  private static final Currency CURRENCY = SAMPLE.costs().currency();

  @Test
  void says_the_figures_of_summary_json() {
    // GIVEN summary.json's figures
    JsonNode totals = SUMMARY.get("totals");
    // WHEN
    String pitch = PitchWriter.pitchOf(SAMPLE, List.of("cost-per-hire"));
    // THEN
    then(pitch)
        .contains("*" + totals.get("hires").asInt() + " hires, starting ")
        .contains(
            "costs us **"
                + money(totals.get("mean_cost_per_hire"))
                + "** on average (the median hire: "
                + money(totals.get("median_cost_per_hire"))
                + ")")
        .contains("that is **" + money(totals.get("total_cost")) + "**")
        .contains(grouped(totals.get("hire_hours_lost")) + " hours in all")
        .contains(grouped(totals.get("colleague_hours_lost")) + " hours in all")
        .contains("![cost-per-hire](charts/cost-per-hire.png)");
  }

  @Test
  void splits_the_mean_into_the_hire_and_colleagues_as_summary_json_rounds_it() {
    // GIVEN the exact mean of the hires' own cost and of colleagues' cost, from the engine
    BigDecimal hire = BigDecimal.ZERO;
    BigDecimal colleagues = BigDecimal.ZERO;
    for (HireCost h : SAMPLE.costs().hires()) {
      hire = hire.add(h.hireCost());
      colleagues = colleagues.add(h.colleagueCost());
    }
    BigDecimal n = BigDecimal.valueOf(SAMPLE.costs().hires().size());
    // WHEN
    String pitch = PitchWriter.pitchOf(SAMPLE, List.of());
    // THEN
    then(pitch)
        .contains("- **" + whole(hire.divide(n, MathContext.DECIMAL128)) + " per hire**")
        .contains("- **" + whole(colleagues.divide(n, MathContext.DECIMAL128)) + " per hire**");
  }

  @Test
  void says_the_theil_sen_trend_of_summary_json_and_whether_it_is_clear() {
    JsonNode trend = SUMMARY.get("trend");
    BigDecimal slope = trend.get("theil_sen_slope_per_hire").decimalValue();
    boolean clear = Ratios.isSignificant(trend.get("kendall_p_value").asDouble());
    String pitch = PitchWriter.pitchOf(SAMPLE, List.of());
    then(pitch)
        .contains(
            clear
                ? "Each successive hire costs about **"
                    + whole(slope.abs())
                    + (slope.signum() < 0 ? " less**" : " more**")
                : "**No clear trend** over the " + trend.get("hires").asInt() + " hires")
        .contains("Kendall's test p = " + Ratios.text(trend.get("kendall_p_value").asDouble()))
        .contains("95% interval " + whole(trend.get("theil_sen_ci").get(0).decimalValue()));
  }

  @Test
  void says_next_quarters_band_and_capacity_share_of_summary_json() {
    JsonNode next = SUMMARY.get("forecast").get(0);
    JsonNode plan = SUMMARY.get("forecast_totals");
    then(PitchWriter.pitchOf(SAMPLE, List.of()))
        .contains(
            "- **Next quarter, "
                + next.get("quarter").asText()
                + "**: "
                + next.get("hires").asInt()
                + " hires, about **"
                + money(next.get("expected_cost"))
                + "** to onboard (8 in 10 outcomes between "
                + money(next.get("p10"))
                + " and "
                + money(next.get("p90"))
                + "); helping them takes "
                + oneDecimal(next.get("colleague_capacity_loss_pct").decimalValue())
                + "% of colleagues' capacity"
                + (next.get("alert").asBoolean() ? ", above the alert level." : "."))
        .contains(
            "- **The whole plan**: "
                + plan.get("hires").asInt()
                + " hires over "
                + SUMMARY.get("forecast").size()
                + " quarters, about **"
                + money(plan.get("expected_cost"))
                + "** (8 in 10 simulated plans between "
                + money(plan.get("p10"))
                + " and "
                + money(plan.get("p90"))
                + ")");
  }

  @Test
  void names_the_top_three_candidates_in_the_payback_order_of_summary_json() {
    String pitch = PitchWriter.pitchOf(SAMPLE, List.of());
    JsonNode fixes = SUMMARY.get("fixes");
    then(fixes.size()).isGreaterThan(PitchWriter.TOP_FIXES);
    int previous = -1;
    for (int i = 0; i < PitchWriter.TOP_FIXES; i++) {
      JsonNode fix = fixes.get(i);
      then(fix.get("payback_quarters").isNull()).as("the sample's top three pay back").isFalse();
      String line =
          (i + 1)
              + ". **"
              + PitchText.inert(fix.get("name").asText())
              + "** saves "
              + money(fix.get("savings_per_hire"))
              + " per hire and costs "
              + money(fix.get("one_off_cost"))
              + " once";
      String payback =
          "it pays for itself in "
              + oneDecimal(fix.get("payback_quarters").decimalValue())
              + " quarters ("
              + fix.get("payback_hires")
                  .decimalValue()
                  .setScale(1, java.math.RoundingMode.HALF_EVEN)
              + " hires at "
              + oneDecimal(fix.get("hires_per_quarter").decimalValue())
              + " hires a quarter), then saves "
              + money(fix.get("net_savings_per_quarter"))
              + " a quarter.";
      then(pitch).contains(line).contains(payback);
      then(pitch.indexOf(line)).isGreaterThan(previous);
      previous = pitch.indexOf(line);
    }
    then(pitch)
        .doesNotContain(
            "**" + PitchText.inert(fixes.get(PitchWriter.TOP_FIXES).get("name").asText()) + "**")
        .contains((fixes.size() - PitchWriter.TOP_FIXES) + " more fix");
  }

  @Test
  void leads_with_the_fixes_that_worked_in_the_words_of_summary_json() {
    // GIVEN the sample's measured fix, which worked
    JsonNode effect = SUMMARY.get("fix_effects").get(0);
    then(effect.get("verdict").asText()).isEqualTo("worked");
    String pitch = PitchWriter.pitchOf(SAMPLE, List.of());
    // THEN the pitch says so, with the means and the ratio, before the trend and the candidates
    String line =
        "- **"
            + PitchText.inert(effect.get("name").asText())
            + "** worked: targeted cost per hire fell from "
            + money(effect.get("before").get("mean_cost"))
            + " to "
            + money(effect.get("after").get("mean_cost"))
            + " (ratio "
            + effect.get("ratio").decimalValue().setScale(2, java.math.RoundingMode.HALF_EVEN);
    then(pitch).contains(line);
    then(pitch.indexOf(line)).isLessThan(pitch.indexOf("## Is it getting better?"));
    then(pitch.indexOf(line)).isLessThan(pitch.indexOf("## Which fix to do next"));
    // AND a live fix is not ranked as a candidate
    then(pitch.substring(pitch.indexOf("## Which fix to do next")))
        .doesNotContain(PitchText.inert(effect.get("name").asText()));
  }

  @Test
  void a_fix_that_never_pays_back_says_so_and_shows_its_quarterly_loss(@TempDir Path dir)
      throws java.io.IOException {
    // GIVEN the sample with only the buddy rota, which loses money every quarter
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    java.nio.file.Files.writeString(
        ws.resolve("fixes.yaml"),
        "fixes:\n  - name: Onboarding buddy rota\n    targets: {category: knowledge}\n"
            + "    reduction: 0.3\n    one_off_hours: 8\n    recurring_hours_per_quarter: 40\n");
    ReportResults results = TestWorkspaces.analyse(ws);
    JsonNode fix = SummaryWriter.summaryOf(results).get("fixes").get(0);
    then(fix.get("payback_quarters").isNull()).isTrue();
    // WHEN / THEN
    then(PitchWriter.pitchOf(results, List.of()))
        .contains("**Onboarding buddy rota** saves")
        .contains("it never pays back at this hiring rate")
        .contains(
            "it loses " + money(fix.get("net_savings_per_quarter")).replace("-", "") + " a quarter")
        .doesNotContain("pays for itself");
  }

  @Test
  void asks_for_plan_and_fixes_when_absent() {
    // GIVEN the podcast workspace: one hire, no plan.yaml, no fixes.yaml
    ReportResults podcast = TestWorkspaces.podcastResults();
    JsonNode totals = SummaryWriter.summaryOf(podcast).get("totals");
    // WHEN
    String pitch = PitchWriter.pitchOf(podcast, List.of());
    // THEN
    then(pitch)
        .contains("Add `plan.yaml`")
        .contains("Add `fixes.yaml`")
        .contains("No trend yet: " + PitchText.inert(podcast.trend().reason().orElseThrow()))
        .contains(
            "costs us **"
                + Money.whole(
                    totals.get("mean_cost_per_hire").decimalValue(), podcast.costs().currency())
                + "**");
  }

  @Test
  void says_why_hires_never_granted_a_system_still_cost_their_window() {
    // GIVEN the sample: hires with a request for aws that no log shows granted, none without
    long notGranted =
        SAMPLE.costs().hires().stream().filter(h -> h.notGranted().contains("aws")).count();
    then(notGranted).isPositive();
    then(SUMMARY.get("data_quality").get("not_granted_without_request").asInt()).isZero();
    // WHEN / THEN the pitch says the requests are why their waits run to the window's end
    then(PitchWriter.pitchOf(SAMPLE, List.of()))
        .contains(
            notGranted
                + " hires were still not granted it at the end of onboarding; requests show they"
                + " needed it, so their waits run to the window's end.");
  }

  @Test
  void lists_the_assumptions_of_the_workspace_settings() {
    // GIVEN the sample's settings
    var cost = SAMPLE.analysis().workspace().settings().cost();
    var assumptions = cost.assumptions();
    // WHEN
    String pitch = PitchWriter.pitchOf(SAMPLE, List.of());
    // THEN the list states the rates, the refocus and help minutes, the lost share, the window
    String list = pitch.substring(pitch.indexOf("## Assumptions"));
    then(list)
        .contains("priced at " + Money.whole(cost.rates().defaultRate().perHour(), CURRENCY))
        .contains(
            assumptions.contextSwitchMinutes().stripTrailingZeros().toPlainString()
                + " minutes to refocus")
        .contains(assumptions.helpMinutes().stripTrailingZeros().toPlainString() + " minutes.")
        .contains("first " + cost.windowWorkingDays() + " working days");
    cost.rates()
        .byRole()
        .forEach(
            (role, rate) ->
                then(list).contains(role + ": " + Money.whole(rate.perHour(), CURRENCY)));
    assumptions
        .blockedFractionBySystem()
        .forEach(
            (system, f) ->
                then(list)
                    .contains(
                        system
                            + ": "
                            + f.multiply(BigDecimal.valueOf(100))
                                .stripTrailingZeros()
                                .toPlainString()
                            + "%"));
  }

  @Test
  void escapes_markdown_in_input_text() {
    then(PitchText.inert("a_b *c* <script>\nx")).isEqualTo("a\\_b \\*c\\* &lt;script&gt; x");
  }

  @Test
  void escapes_html_links_headings_and_control_characters_in_input_text() {
    // GIVEN a name with an HTML tag, a Markdown link to a script, a new line and a heading
    String name = "a & <img src=x onerror=y>](javascript:z)\r\n# h\u0001\u202e";
    // WHEN / THEN no tag, link or heading can form, and the control characters are gone
    then(PitchText.inert(name))
        .isEqualTo("a &amp; &lt;img src=x onerror=y&gt;\\]\\(javascript:z\\) \\# h");
  }

  /** summary.json's amount (to the cent) in whole units, as the pitch shows it. */
  private static String money(JsonNode amount) {
    return whole(amount.decimalValue());
  }

  private static String whole(BigDecimal amount) {
    return Money.whole(Rounding.money(amount, CURRENCY), CURRENCY);
  }

  /** summary.json's hours (2 decimals) to one decimal, as the pitch shows them. */
  private static String grouped(JsonNode hours) {
    return oneDecimal(hours.decimalValue());
  }

  private static String oneDecimal(BigDecimal value) {
    return String.format(
        java.util.Locale.US, "%,.1f", value.setScale(1, java.math.RoundingMode.HALF_EVEN));
  }
}
