package dev.onboardingcost.report.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.plan.Band;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.HiringPlan;
import dev.onboardingcost.core.plan.QuarterForecast;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.summary.StatsJson;
import dev.onboardingcost.report.summary.SummaryJson;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.PlanReader;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code forecast WORKSPACE}: what the hiring plan of plan.yaml will cost, quarter by quarter. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = "Forecast the cost of plan.yaml's hiring plan and the capacity it takes.")
final class ForecastCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
  Path workspace;

  @Mixin FormatOption output;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = Workspace.open(workspace);
    HiringPlan plan =
        ws.plan()
            .orElseThrow(
                () ->
                    new ConfigException(
                        PlanReader.FILE + ": not found in " + workspace + " (see 'init')"));
    // the forecast draws from the hires with evidence, from the same baseline as the report's
    CostReport costs = ws.analyse(EvidenceReaders.all()).costs().withEvidence();
    Forecast forecast =
        Forecast.of(
            costs,
            plan,
            ws.settings().cost().calendar(),
            ReportResults.latestLiveFrom(ws, costs.hires()));
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      StatsJson json = new StatsJson(costs.currency());
      ObjectNode root = SummaryJson.object();
      root.put("currency", costs.currency().getCurrencyCode());
      root.set("forecast", json.forecast(Optional.of(forecast)));
      root.set("forecast_totals", json.forecastTotals(Optional.of(forecast)));
      out.print(SummaryJson.toText(root));
      return 0;
    }
    Formats formats = new Formats(costs.currency());
    TextTable table =
        new TextTable(
            "quarter",
            "hires",
            "engineers",
            "expected",
            "P10",
            "P50",
            "P90",
            "capacity lost",
            "alert");
    for (QuarterForecast q : forecast.quarters()) {
      table.row(
          q.quarter().toString(),
          Integer.toString(q.hires()),
          Long.toString(q.engineersAtStart()),
          formats.money(q.expectedCost()),
          formats.money(q.band().map(Band::p10)),
          formats.money(q.band().map(Band::p50)),
          formats.money(q.band().map(Band::p90)),
          Formats.percent(q.capacityLossPct()),
          q.alert() ? "ALERT" : "");
    }
    var totals = forecast.totals();
    table.row(
        "plan",
        Integer.toString(totals.hires()),
        Long.toString(totals.engineersAtEnd()),
        formats.money(totals.expectedCost()),
        formats.money(totals.band().map(Band::p10)),
        formats.money(totals.band().map(Band::p50)),
        formats.money(totals.band().map(Band::p90)),
        "",
        totals.alertedQuarters() > 0 ? totals.alertedQuarters() + " quarter(s)" : "");
    table.print(out);
    forecast.reason().ifPresent(reason -> out.println("Note: " + ConsoleText.inert(reason)));
    forecast.bandNote().ifPresent(note -> out.println("Note: " + ConsoleText.inert(note)));
    if (!common.quiet) {
      out.printf(
          "From %d baseline hires (%s); %d simulations, seed %d; alert above %s%% of colleague"
              + " capacity.%n",
          forecast.observedHires(),
          ConsoleText.inert(forecast.baseline().why()),
          plan.simulations(),
          plan.seed(),
          plan.alertCapacityLossPct().toPlainString());
    }
    return 0;
  }
}
