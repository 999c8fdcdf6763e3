package dev.onboardingcost.report.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Map;

/**
 * Builds {@code summary.json} (docs/method.md): money rounded half-even to the minor unit, hours
 * and days to 2 decimals, keys in a fixed order. Figures come from the engine's results; nothing is
 * re-derived here.
 */
public final class SummaryWriter {
  private final Currency currency;

  private SummaryWriter(Currency currency) {
    this.currency = currency;
  }

  /** The summary tree of {@code results}: the document {@link #write} writes, as a tree. */
  public static ObjectNode summaryOf(ReportResults results) {
    return SummaryJson.treeOf(writerOf(results));
  }

  /**
   * Writes {@code summary.json} of {@code results} to {@code file}, hire by hire, never holding the
   * whole document: the same bytes as {@code SummaryJson.write(summaryOf(results), file)}.
   */
  public static void write(ReportResults results, Path file) throws IOException {
    SummaryJson.write(file, writerOf(results));
  }

  private static SummaryJson.Body writerOf(ReportResults results) {
    SummaryWriter writer = new SummaryWriter(results.costs().currency());
    return generator -> writer.write(generator, results);
  }

  private void write(JsonGenerator out, ReportResults results) throws IOException {
    Analysis analysis = results.analysis();
    CostReport costs = analysis.costs();
    StatsJson stats = new StatsJson(currency);
    out.writeStartObject();
    out.writeStringField("currency", currency.getCurrencyCode());
    out.writeArrayFieldStart("hires");
    for (HireCost hire : costs.hires()) {
      hire(out, hire);
    }
    out.writeEndArray();
    ObjectNode totals = totals(costs);
    stats.distribution(totals, results.totals());
    section(out, "totals", totals);
    section(out, "trend", stats.trend(results.trend()));
    section(out, "cohorts", stats.cohorts(results.cohorts()));
    section(out, "forecast", stats.forecast(results.forecast()));
    section(out, "forecast_totals", stats.forecastTotals(results.forecast()));
    section(out, "forecast_baseline", stats.forecastBaseline(results.forecast()));
    section(out, "fixes", stats.fixes(results.fixes()));
    section(out, "fix_effects", stats.fixEffects(results.fixEffects()));
    section(out, "data_quality", dataQuality(analysis.quality(), costs));
    out.writeEndObject();
  }

  /** A section small enough to build as a tree first; {@code null} is written as null. */
  private static void section(JsonGenerator out, String key, JsonNode node) throws IOException {
    out.writeFieldName(key);
    if (node == null) {
      out.writeNull();
    } else {
      SummaryJson.writeTree(out, node);
    }
  }

  private void hire(JsonGenerator out, HireCost cost) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", cost.hire().id().value());
    out.writeStringField("start_date", cost.hire().startDate().orElseThrow().toString());
    out.writeStringField("team", cost.hire().team());
    out.writeStringField("role", cost.hire().role());
    out.writeStringField("evidence", cost.evidenceKind().key());
    out.writeNumberField("total_cost", money(cost.totalCost()));
    out.writeNumberField("hire_hours_lost", Rounding.hours(cost.hireMinutes()));
    out.writeNumberField("colleague_hours_lost", Rounding.hours(cost.colleagueMinutes()));
    out.writeNumberField("hire_cost", money(cost.hireCost()));
    out.writeNumberField("colleague_cost", money(cost.colleagueCost()));
    out.writeObjectFieldStart("cost_by_category");
    for (Map.Entry<Category, BigDecimal> entry : cost.costByCategory().entrySet()) {
      out.writeNumberField(entry.getKey().key(), money(entry.getValue()));
    }
    out.writeEndObject();
    out.writeObjectFieldStart("access_wait_hours_by_system");
    for (Map.Entry<String, BigDecimal> entry : cost.accessMinutesBySystem().entrySet()) {
      out.writeNumberField(entry.getKey(), Rounding.hours(entry.getValue()));
    }
    out.writeEndObject();
    out.writeArrayFieldStart("not_granted");
    for (String system : cost.notGranted()) {
      out.writeString(system);
    }
    out.writeEndArray();
    out.writeObjectFieldStart("days_to_milestone");
    for (Map.Entry<MilestoneKind, BigDecimal> entry : cost.daysToMilestone().entrySet()) {
      out.writeNumberField(entry.getKey().key(), Rounding.twoDecimals(entry.getValue()));
    }
    out.writeEndObject();
    out.writeStringField("window_start", cost.window().start().toString());
    out.writeStringField("window_end", cost.window().end().toString());
    out.writeEndObject();
  }

  private ObjectNode totals(CostReport costs) {
    ObjectNode node = SummaryJson.object();
    node.put("hires", costs.hires().size());
    node.put("hires_with_evidence", costs.withEvidence().hires().size());
    node.put("total_cost", money(costs.totalCost()));
    node.put("colleague_hours_lost", Rounding.hours(costs.colleagueMinutes()));
    node.put("hire_hours_lost", Rounding.hours(costs.hireMinutes()));
    return node;
  }

  private ObjectNode dataQuality(DataQuality quality, CostReport costs) {
    ObjectNode node = SummaryJson.object();
    SourceCounts total = quality.total();
    node.put("records_read", total.read());
    node.put("records_used", total.used());
    node.put("records_ignored", total.ignored());
    node.put("records_rejected", total.rejected());
    node.put("events_outside_window", total.outsideWindow());
    node.put("hires_without_evidence", costs.hires().size() - costs.withEvidence().hires().size());
    node.put("not_granted_without_request", quality.notGrantedWithoutRequest().size());
    node.put("capped_hires", costs.hires().stream().filter(h -> h.findings().capped()).count());
    node.put(
        "contradictions",
        costs.hires().stream().mapToLong(h -> h.findings().contradictions().size()).sum());
    node.put("contradiction_hours", Rounding.hours(costs.contradictionMinutes()));
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
    ObjectNode misses = node.putObject("identity_misses");
    quality
        .identityMisses()
        .forEach(
            (source, miss) -> {
              ObjectNode s = misses.putObject(source);
              s.put("count", miss.count());
              miss.top().forEach(s.putArray("top")::add);
            });
    return node;
  }

  private BigDecimal money(BigDecimal amount) {
    return Rounding.money(amount, currency);
  }
}
