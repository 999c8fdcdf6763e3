package dev.onboardingcost.report.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.stats.Change;
import dev.onboardingcost.core.stats.Cohort;
import dev.onboardingcost.core.stats.CohortAnalysis;
import dev.onboardingcost.core.stats.CohortFigures;
import dev.onboardingcost.core.stats.TrendAnalysis;
import dev.onboardingcost.report.summary.StatsJson;
import dev.onboardingcost.report.summary.SummaryJson;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare WORKSPACE [--before DATE]}: did onboarding get cheaper? Cohorts by quarter (or
 * before/after a date) with their change and a Mann-Whitney test, and the trend over successive
 * hires.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare cohorts of hires (by quarter, or before/after --before) and the trend.")
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
  Path workspace;

  @Option(
      names = "--before",
      paramLabel = "DATE",
      description = "Two cohorts: hires who started before DATE, and on or after it.")
  LocalDate before;

  @Mixin FormatOption output;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CostReport costs = Workspace.open(workspace).analyse(EvidenceReaders.all()).costs();
    CohortAnalysis cohorts =
        before == null
            ? CohortAnalysis.byQuarter(costs)
            : CohortAnalysis.beforeAndAfter(costs, before);
    TrendAnalysis trend = TrendAnalysis.of(costs);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      StatsJson json = new StatsJson(costs.currency());
      ObjectNode root = SummaryJson.object();
      root.put("currency", costs.currency().getCurrencyCode());
      root.set("cohorts", json.cohorts(cohorts));
      root.set("trend", json.trend(trend));
      out.print(SummaryJson.toText(root));
      return 0;
    }
    Formats formats = new Formats(costs.currency());
    TextTable table =
        new TextTable("cohort", "hires", "median", "change", "mean", "change", "Mann-Whitney p");
    for (Cohort cohort : cohorts.cohorts()) {
      CohortFigures f = cohort.total();
      table.row(
          cohort.label(),
          Integer.toString(f.hires()),
          formats.money(f.median()),
          change(formats, f.medianChange()),
          formats.money(f.mean()),
          change(formats, f.meanChange()),
          f.test().reason().isPresent() ? "-" : Formats.ratio(f.test().pValue()));
    }
    table.print(out);
    for (Cohort cohort : cohorts.cohorts()) {
      cohort
          .categoryThatMovedMost()
          .ifPresent(
              category ->
                  out.printf(
                      "%s: %s moved most (median %s)%n",
                      ConsoleText.inert(cohort.label()),
                      category.key(),
                      change(formats, cohort.byCategory().get(category).medianChange())));
    }
    out.println();
    printTrend(out, formats, trend);
    if (!common.quiet) {
      printCategories(out, formats, cohorts);
    }
    return 0;
  }

  private static void printCategories(PrintWriter out, Formats formats, CohortAnalysis cohorts) {
    out.println();
    out.println("Median cost per hire by category:");
    java.util.List<Category> categories =
        cohorts.cohorts().stream()
            .flatMap(c -> c.byCategory().keySet().stream())
            .distinct()
            .sorted()
            .toList();
    String[] header = new String[categories.size() + 1];
    header[0] = "cohort";
    for (int i = 0; i < categories.size(); i++) {
      header[i + 1] = categories.get(i).key();
    }
    TextTable table = new TextTable(header);
    for (Cohort cohort : cohorts.cohorts()) {
      String[] row = new String[header.length];
      row[0] = cohort.label();
      Map<Category, CohortFigures> byCategory = cohort.byCategory();
      for (int i = 0; i < categories.size(); i++) {
        CohortFigures f = byCategory.get(categories.get(i));
        row[i + 1] = f == null ? "-" : formats.money(f.median());
      }
      table.row(row);
    }
    table.print(out);
  }

  private static void printTrend(PrintWriter out, Formats formats, TrendAnalysis trend) {
    if (trend.slope().isEmpty()) {
      out.println("Trend over successive hires: " + trend.reason().orElse("not available"));
      return;
    }
    out.printf(
        "Trend over %d successive hires: %s per hire (r² %s, p %s)%s%n",
        trend.hires(),
        formats.money(trend.slope()),
        Formats.ratio(trend.rSquared()),
        Formats.ratio(trend.pValue()),
        trend.reason().map(r -> "; " + r).orElse(""));
  }

  private static String change(Formats formats, Optional<Change> change) {
    if (change.isEmpty()) {
      return "-";
    }
    String amount = formats.money(change.get().amount());
    String sign = change.get().amount().signum() > 0 ? "+" : "";
    return sign + amount + " (" + Formats.percent(change.get().percent()) + ")";
  }
}
