package dev.onboardingcost.report.summary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.workspace.Analysis;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * Builds {@code summary.json} (SPEC section 9): money rounded half-even to the minor unit, hours
 * and days to 2 decimals, keys in a fixed order. Figures come from the engine's results; nothing is
 * re-derived here.
 */
public final class SummaryWriter {
  private final Currency currency;

  private SummaryWriter(Currency currency) {
    this.currency = currency;
  }

  /** The summary tree of {@code results}. */
  public static ObjectNode summaryOf(ReportResults results) {
    return new SummaryWriter(results.costs().currency()).build(results);
  }

  private ObjectNode build(ReportResults results) {
    Analysis analysis = results.analysis();
    CostReport costs = analysis.costs();
    StatsJson stats = new StatsJson(currency);
    ObjectNode root = SummaryJson.object();
    root.put("currency", currency.getCurrencyCode());
    ArrayNode hires = root.putArray("hires");
    for (HireCost hire : costs.hires()) {
      hires.add(hire(hire));
    }
    ObjectNode totals = totals(costs);
    stats.distribution(totals, results.totals());
    root.set("totals", totals);
    root.set("trend", stats.trend(results.trend()));
    root.set("cohorts", stats.cohorts(results.cohorts()));
    root.set("forecast", stats.forecast(results.forecast()));
    root.set("forecast_totals", stats.forecastTotals(results.forecast()));
    root.set("fixes", stats.fixes(results.fixes()));
    root.set("data_quality", dataQuality(analysis.quality()));
    return root;
  }

  private ObjectNode hire(HireCost cost) {
    ObjectNode node = SummaryJson.object();
    node.put("id", cost.hire().id().value());
    node.put("start_date", cost.hire().startDate().orElseThrow().toString());
    node.put("team", cost.hire().team());
    node.put("role", cost.hire().role());
    node.put("total_cost", money(cost.totalCost()));
    node.put("hire_hours_lost", Rounding.hours(cost.hireMinutes()));
    node.put("colleague_hours_lost", Rounding.hours(cost.colleagueMinutes()));
    node.put("hire_cost", money(cost.hireCost()));
    node.put("colleague_cost", money(cost.colleagueCost()));
    ObjectNode byCategory = node.putObject("cost_by_category");
    for (Map.Entry<Category, BigDecimal> entry : cost.costByCategory().entrySet()) {
      byCategory.put(entry.getKey().key(), money(entry.getValue()));
    }
    ObjectNode bySystem = node.putObject("access_wait_hours_by_system");
    cost.accessMinutesBySystem()
        .forEach((system, minutes) -> bySystem.put(system, Rounding.hours(minutes)));
    ArrayNode notGranted = node.putArray("not_granted");
    cost.notGranted().forEach(notGranted::add);
    ObjectNode days = node.putObject("days_to_milestone");
    for (Map.Entry<MilestoneKind, BigDecimal> entry : cost.daysToMilestone().entrySet()) {
      days.put(entry.getKey().key(), Rounding.twoDecimals(entry.getValue()));
    }
    node.put("window_start", cost.window().start().toString());
    node.put("window_end", cost.window().end().toString());
    return node;
  }

  private ObjectNode totals(CostReport costs) {
    ObjectNode node = SummaryJson.object();
    node.put("hires", costs.hires().size());
    node.put("total_cost", money(costs.totalCost()));
    node.put("colleague_hours_lost", Rounding.hours(costs.colleagueMinutes()));
    node.put("hire_hours_lost", Rounding.hours(costs.hireMinutes()));
    return node;
  }

  private ObjectNode dataQuality(DataQuality quality) {
    ObjectNode node = SummaryJson.object();
    SourceCounts total = quality.total();
    node.put("records_read", total.read());
    node.put("records_used", total.used());
    node.put("records_ignored", total.ignored());
    node.put("records_rejected", total.rejected());
    node.put("events_outside_window", total.outsideWindow());
    ObjectNode bySource = node.putObject("by_source");
    quality
        .bySource()
        .forEach(
            (source, counts) -> {
              ObjectNode s = bySource.putObject(source);
              s.put("records_read", counts.read());
              s.put("records_used", counts.used());
              s.put("records_ignored", counts.ignored());
              s.put("records_rejected", counts.rejected());
              s.put("events_outside_window", counts.outsideWindow());
            });
    return node;
  }

  private BigDecimal money(BigDecimal amount) {
    return Rounding.money(amount, currency);
  }
}
