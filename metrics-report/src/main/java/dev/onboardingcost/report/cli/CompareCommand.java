package dev.onboardingcost.report.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.plan.FixEffect;
import dev.onboardingcost.core.stats.Cohort;
import dev.onboardingcost.core.stats.CohortAnalysis;
import dev.onboardingcost.core.stats.CohortFigures;
import dev.onboardingcost.core.stats.GroupComparison;
import dev.onboardingcost.core.stats.TrendAnalysis;
import dev.onboardingcost.report.EffectWords;
import dev.onboardingcost.report.Ratios;
import dev.onboardingcost.report.summary.StatsJson;
import dev.onboardingcost.report.summary.SummaryJson;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare WORKSPACE [--before DATE]}: did onboarding get cheaper, and did the fixes work?
 * First each live fix's effect on its targeted cost per hire, in words; then cohorts by quarter (or
 * before/after a date) with the ratio of their means, its 95% interval and the permutation p-value,
 * for the total, each system's access waits and each cost category; then the trend over successive
 * hires.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Did the fixes work, and what moved: fix effects, then cohorts of hires (by quarter, or"
            + " before/after --before) per system and category, and the trend.")
final class CompareCommand implements Callable<Integer> {
  private static final String DATE_EXAMPLE = "2026-07-13";

  @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
  Path workspace;

  @Option(
      names = "--before",
      paramLabel = "DATE",
      description = "Two cohorts: hires who started before DATE, and on or after it.")
  String before;

  @Mixin FormatOption output;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Optional<LocalDate> date;
    try {
      date = Optional.ofNullable(before).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      spec.commandLine()
          .getErr()
          .println(
              "onboarding-cost: --before: expected a date like "
                  + DATE_EXAMPLE
                  + ", got '"
                  + before
                  + "'");
      return OnboardingCostCli.EXIT_ERROR;
    }
    Workspace opened = Workspace.open(workspace);
    // the comparisons are statistics: the hires with evidence alone
    CostReport costs = opened.analyse(EvidenceReaders.all()).costs().withEvidence();
    List<FixEffect> effects =
        opened.fixes().map(plan -> plan.effects(costs.hires())).orElse(List.of());
    CohortAnalysis cohorts =
        date.map(d -> CohortAnalysis.beforeAndAfter(costs, d))
            .orElseGet(() -> CohortAnalysis.byQuarter(costs));
    TrendAnalysis trend = TrendAnalysis.of(costs);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      StatsJson json = new StatsJson(costs.currency());
      ObjectNode root = SummaryJson.object();
      root.put("currency", costs.currency().getCurrencyCode());
      root.set("fix_effects", json.fixEffects(effects));
      root.set("cohorts", json.cohorts(cohorts));
      root.set("trend", json.trend(trend));
      out.print(SummaryJson.toText(root));
      return 0;
    }
    EffectWords words = new EffectWords(costs.currency());
    printEffects(out, words, effects);
    Formats formats = new Formats(costs.currency());
    printCohorts(out, formats, cohorts);
    List<Cohort> list = cohorts.cohorts();
    for (int i = 1; i < list.size(); i++) {
      printMoves(out, formats, list.get(i - 1), list.get(i));
    }
    out.println();
    printTrend(out, formats, trend);
    return 0;
  }

  private static void printEffects(PrintWriter out, EffectWords words, List<FixEffect> effects) {
    if (effects.isEmpty()) {
      return;
    }
    out.println("Fixes that went live (targeted cost per hire, before against after):");
    for (FixEffect effect : effects) {
      out.println("- " + words.fixEffect(effect));
    }
    out.println();
  }

  private static void printCohorts(PrintWriter out, Formats formats, CohortAnalysis cohorts) {
    TextTable table =
        new TextTable(
            "cohort", "hires", "median", "mean", "ratio of means", "95% interval", "p", "note");
    for (Cohort cohort : cohorts.cohorts()) {
      CohortFigures f = cohort.total();
      String[] effect = effectCells(f);
      table.row(
          cohort.label(),
          Integer.toString(f.hires()),
          formats.money(f.median()),
          formats.money(f.mean()),
          effect[0],
          effect[1],
          effect[2],
          f.reason()
              .orElse(
                  f.comparison()
                      .flatMap(GroupComparison::hiresNeeded)
                      .map(n -> n + " hires a side would tell a 30% cut")
                      .orElse("")));
    }
    table.print(out);
  }

  /**
   * What moved from {@code earlier} to {@code later}: each system's access waits, each category.
   */
  private static void printMoves(PrintWriter out, Formats formats, Cohort earlier, Cohort later) {
    out.println();
    out.println(later.label() + " against " + earlier.label() + ", mean cost per hire:");
    TextTable table =
        new TextTable("what", earlier.label(), later.label(), "ratio", "95% interval", "p");
    for (Map.Entry<String, CohortFigures> entry : later.bySystem().entrySet()) {
      row(table, formats, "access: " + entry.getKey(), entry.getValue());
    }
    for (Map.Entry<Category, CohortFigures> entry : later.byCategory().entrySet()) {
      row(table, formats, entry.getKey().key(), entry.getValue());
    }
    table.print(out);
  }

  private static void row(TextTable table, Formats formats, String what, CohortFigures f) {
    GroupComparison c = f.comparison().orElseThrow();
    String[] effect = effectCells(f);
    table.row(
        what,
        formats.money(c.earlier().mean()),
        formats.money(c.later().mean()),
        effect[0],
        effect[1],
        effect[2]);
  }

  /** Ratio, interval and p-value of a cohort's comparison, "-" where there is none. */
  private static String[] effectCells(CohortFigures f) {
    Optional<GroupComparison> c = f.comparison();
    return new String[] {
      c.flatMap(GroupComparison::ratio).map(EffectWords::ratio).orElse("-"),
      c.flatMap(GroupComparison::ratioInterval).map(EffectWords::interval).orElse("-"),
      pValue(c.map(GroupComparison::pValue).orElse(OptionalDouble.empty()))
    };
  }

  /** A p-value to 4 decimals, "<0.0001" below that: a permutation p-value is never zero. */
  private static String pValue(OptionalDouble p) {
    return p.isPresent() && p.getAsDouble() < 0.00005 ? "<0.0001" : Formats.ratio(p);
  }

  /**
   * The Theil-Sen slope with its interval and Kendall's p, in the pitch's words: "no clear trend"
   * when Kendall's test cannot tell it from chance.
   */
  private static void printTrend(PrintWriter out, Formats formats, TrendAnalysis trend) {
    if (trend.theilSen().isEmpty()) {
      out.println(
          "Trend over successive hires: "
              + ConsoleText.inert(trend.reason().orElse("not available")));
      return;
    }
    var line = trend.theilSen().get();
    boolean clear = Ratios.isSignificant(trend.kendallPValue());
    out.printf(
        "Trend over %d successive hires: %s, median change %s per hire (95%% interval %s to %s,"
            + " Kendall p %s)%n",
        trend.hires(),
        clear ? "cost per hire is changing" : "no clear trend",
        formats.money(Optional.of(line.slope())),
        formats.money(Optional.of(line.interval().lower())),
        formats.money(Optional.of(line.interval().upper())),
        Formats.ratio(trend.kendallPValue()));
  }
}
