package dev.onboardingcost.report.summary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.core.plan.Band;
import dev.onboardingcost.core.plan.FixEffect;
import dev.onboardingcost.core.plan.FixPayback;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.ForecastBaseline;
import dev.onboardingcost.core.plan.QuarterForecast;
import dev.onboardingcost.core.stats.Change;
import dev.onboardingcost.core.stats.Cohort;
import dev.onboardingcost.core.stats.CohortAnalysis;
import dev.onboardingcost.core.stats.CohortFigures;
import dev.onboardingcost.core.stats.Distribution;
import dev.onboardingcost.core.stats.GroupComparison;
import dev.onboardingcost.core.stats.HiresNeeded;
import dev.onboardingcost.core.stats.Interval;
import dev.onboardingcost.core.stats.TheilSen;
import dev.onboardingcost.core.stats.TrendAnalysis;
import dev.onboardingcost.report.Ratios;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The statistics sections of {@code summary.json} (trend, cohorts, forecast, fixes, fix effects),
 * also printed by {@code compare --format json} and {@code forecast --format json}. Money is
 * rounded to the minor unit; percentages, r², ratios and p-values to 4 decimals; paybacks to 2; a
 * missing figure is {@code null} with a {@code reason}.
 */
public final class StatsJson {
  private static final BigDecimal SMALLEST_P = new BigDecimal("0.0001");

  private final Currency currency;

  /** Sections in {@code currency}. */
  public StatsJson(Currency currency) {
    this.currency = currency;
  }

  /** Count, sum, mean, median, P90, min, max and the bootstrap interval of per-hire totals. */
  public void distribution(ObjectNode node, Distribution d) {
    node.put("mean_cost_per_hire", money(d.mean()));
    node.put("median_cost_per_hire", money(d.median()));
    node.put("p90_cost_per_hire", money(d.p90()));
    node.put("min_cost_per_hire", money(d.min()));
    node.put("max_cost_per_hire", money(d.max()));
    node.put("mean_cost_ci95_low", money(d.meanInterval95().map(i -> i.lower())));
    node.put("mean_cost_ci95_high", money(d.meanInterval95().map(i -> i.upper())));
    node.put(
        "mean_cost_ci95_method", d.meanInterval95().isPresent() ? d.meanIntervalMethod() : null);
    node.put("mean_cost_ci95_reason", d.meanIntervalReason().orElse(null));
  }

  /** The {@code trend} section. */
  public ObjectNode trend(TrendAnalysis trend) {
    ObjectNode node = SummaryJson.object();
    node.put("slope_per_hire", money(trend.slope()));
    node.put("intercept", money(trend.intercept()));
    node.put("r_squared", ratio(trend.rSquared()));
    node.put("p_value", ratio(trend.pValue()));
    node.put("theil_sen_slope_per_hire", money(trend.theilSen().map(TheilSen::slope)));
    Optional<Interval> interval = trend.theilSen().map(TheilSen::interval);
    if (interval.isPresent()) {
      ArrayNode ci = node.putArray("theil_sen_ci");
      ci.add(money(interval.map(Interval::lower)));
      ci.add(money(interval.map(Interval::upper)));
    } else {
      node.putNull("theil_sen_ci");
    }
    node.put("kendall_tau", ratio(trend.kendallTau()));
    node.put("kendall_p_value", ratio(trend.kendallPValue()));
    node.put("hires", trend.hires());
    node.put("reason", trend.reason().orElse(null));
    return node;
  }

  /** The {@code cohorts} section. */
  public ArrayNode cohorts(CohortAnalysis analysis) {
    ArrayNode array = SummaryJson.object().arrayNode();
    for (Cohort cohort : analysis.cohorts()) {
      ObjectNode node = array.addObject();
      node.put("cohort", cohort.label());
      figures(node, cohort.total());
      ObjectNode byCategory = node.putObject("by_category");
      for (Map.Entry<Category, CohortFigures> entry : cohort.byCategory().entrySet()) {
        ObjectNode category = byCategory.putObject(entry.getKey().key());
        figures(category, entry.getValue());
      }
      ObjectNode bySystem = node.putObject("by_system");
      for (Map.Entry<String, CohortFigures> entry : cohort.bySystem().entrySet()) {
        figures(bySystem.putObject(entry.getKey()), entry.getValue());
      }
      node.put(
          "category_that_moved_most",
          cohort.categoryThatMovedMost().map(Category::key).orElse(null));
    }
    return array;
  }

  private void figures(ObjectNode node, CohortFigures figures) {
    node.put("hires", figures.hires());
    node.put("median_cost", money(figures.median()));
    node.put("mean_cost", money(figures.mean()));
    change(node, "median_change", figures.medianChange());
    change(node, "mean_change", figures.meanChange());
    Optional<GroupComparison> comparison = figures.comparison();
    node.put("ratio_of_means", ratio(comparison.flatMap(GroupComparison::ratio)));
    node.set("ratio_ci", interval(comparison.flatMap(GroupComparison::ratioInterval)));
    node.put(
        "p_value", pValue(comparison.map(GroupComparison::pValue).orElse(OptionalDouble.empty())));
    if (comparison.flatMap(GroupComparison::hiresNeeded).isPresent()) {
      hiresNeeded(node, comparison.get().hiresNeeded().get());
    }
    node.put("reason", figures.reason().orElse(null));
  }

  private static void hiresNeeded(ObjectNode node, HiresNeeded needed) {
    if (needed.moreThanMax()) {
      node.putNull("hires_needed_per_side");
    } else {
      node.put("hires_needed_per_side", needed.perSide());
    }
    node.put("hires_needed", needed.toString());
  }

  private static com.fasterxml.jackson.databind.JsonNode interval(Optional<Interval> interval) {
    if (interval.isEmpty()) {
      return SummaryJson.object().nullNode();
    }
    ArrayNode pair = SummaryJson.object().arrayNode();
    pair.add(Ratios.round(interval.get().lower()));
    pair.add(Ratios.round(interval.get().upper()));
    return pair;
  }

  private void change(ObjectNode node, String key, Optional<Change> change) {
    node.put(key, money(change.map(Change::amount)));
    node.put(key + "_pct", ratio(change.flatMap(Change::percent)));
  }

  /** The {@code forecast} section (one entry per planned quarter). */
  public ArrayNode forecast(Optional<Forecast> forecast) {
    ArrayNode array = SummaryJson.object().arrayNode();
    if (forecast.isEmpty()) {
      return array;
    }
    for (QuarterForecast q : forecast.get().quarters()) {
      ObjectNode node = array.addObject();
      node.put("quarter", q.quarter().toString());
      node.put("hires", q.hires());
      node.put("expected_cost", money(q.expectedCost()));
      node.put("p10", money(q.band().map(Band::p10)));
      node.put("p50", money(q.band().map(Band::p50)));
      node.put("p90", money(q.band().map(Band::p90)));
      node.put("band_rough", forecast.get().roughBand());
      node.put("band_note", forecast.get().bandNote().orElse(null));
      node.put("colleague_capacity_loss_pct", ratio(q.capacityLossPct()));
      node.put("alert", q.alert());
      node.put("engineers_at_start", q.engineersAtStart());
      node.put("working_hours", Rounding.twoDecimals(q.workingHours()));
      if (q.hiresToAlert().isPresent()) {
        node.put("hires_to_alert", q.hiresToAlert().getAsLong());
      } else {
        node.putNull("hires_to_alert");
      }
    }
    return array;
  }

  /** Totals over the plan, or null without a plan. */
  public ObjectNode forecastTotals(Optional<Forecast> forecast) {
    if (forecast.isEmpty()) {
      return null;
    }
    var totals = forecast.get().totals();
    ObjectNode node = SummaryJson.object();
    node.put("hires", totals.hires());
    node.put("engineers_at_end", totals.engineersAtEnd());
    node.put("expected_cost", money(totals.expectedCost()));
    node.put("p10", money(totals.band().map(Band::p10)));
    node.put("p50", money(totals.band().map(Band::p50)));
    node.put("p90", money(totals.band().map(Band::p90)));
    node.put("alerted_quarters", totals.alertedQuarters());
    node.put("reason", forecast.get().reason().orElse(null));
    node.put("band_rough", forecast.get().roughBand());
    node.put("band_note", forecast.get().bandNote().orElse(null));
    return node;
  }

  /**
   * The {@code forecast_baseline} section: {@code {"from": DATE|null, "hires": N, "why": "..."}},
   * or null without a plan.
   */
  public ObjectNode forecastBaseline(Optional<Forecast> forecast) {
    if (forecast.isEmpty()) {
      return null;
    }
    ForecastBaseline baseline = forecast.get().baseline();
    ObjectNode node = SummaryJson.object();
    node.put("from", baseline.from().map(LocalDate::toString).orElse(null));
    node.put("hires", baseline.hires());
    node.put("why", baseline.why());
    return node;
  }

  /** The {@code fix_effects} section: each live fix measured, in file order. */
  public ArrayNode fixEffects(List<FixEffect> effects) {
    ArrayNode array = SummaryJson.object().arrayNode();
    for (FixEffect effect : effects) {
      GroupComparison c = effect.comparison();
      ObjectNode node = array.addObject();
      node.put("name", effect.fix().name());
      node.put("live_from", effect.liveFrom().toString());
      node.put("targets", effect.fix().targets().toString());
      side(node.putObject("before"), c.earlier());
      side(node.putObject("after"), c.later());
      node.put("ratio", ratio(c.ratio()));
      node.set("ratio_ci", interval(c.ratioInterval()));
      node.put("p_value", pValue(c.pValue()));
      if (c.hiresNeeded().isPresent()) {
        hiresNeeded(node, c.hiresNeeded().get());
      } else {
        node.putNull("hires_needed_per_side");
      }
      node.put("verdict", effect.verdict().words());
      node.put("reason", c.reason().orElse(null));
    }
    return array;
  }

  private void side(ObjectNode node, GroupComparison.Side side) {
    node.put("hires", side.hires());
    node.put("mean_cost", money(side.mean()));
  }

  /** The {@code fixes} section: the candidates, in payback order. */
  public ArrayNode fixes(List<FixPayback> fixes) {
    ArrayNode array = SummaryJson.object().arrayNode();
    for (FixPayback fix : fixes) {
      ObjectNode node = array.addObject();
      node.put("name", fix.fix().name());
      node.put("targets", fix.fix().targets().toString());
      node.put("reduction", fix.fix().reduction());
      node.put("targeted_cost_per_hire", money(Optional.of(fix.targetedCostPerHire())));
      node.put("savings_per_hire", money(Optional.of(fix.savingsPerHire())));
      node.put("one_off_cost", money(Optional.of(fix.oneOffCost())));
      node.put("recurring_cost_per_quarter", money(Optional.of(fix.recurringCostPerQuarter())));
      node.put("hires_per_quarter", Rounding.twoDecimals(fix.hiresPerQuarter()));
      node.put("net_savings_per_quarter", money(Optional.of(fix.netSavingsPerQuarter())));
      node.put("payback_quarters", twoDecimals(fix.paybackQuarters()));
      node.put("payback_hires", twoDecimals(fix.paybackHires()));
      node.put("live_from", fix.fix().liveFrom().map(Object::toString).orElse(null));
      node.put("first_quarter_savings", money(fix.firstQuarterSavings()));
      node.put("reason", fix.reason().orElse(null));
    }
    return array;
  }

  /**
   * A permutation p-value to 4 decimals; one below 0.0001 is shown as 0.0001, an upper bound, since
   * such a p-value is never zero and 0.0000 would read as if it were.
   */
  static BigDecimal pValue(OptionalDouble p) {
    if (p.isEmpty()) {
      return null;
    }
    BigDecimal rounded = Ratios.round(p.getAsDouble());
    return rounded.compareTo(SMALLEST_P) < 0 ? SMALLEST_P : rounded;
  }

  private static BigDecimal twoDecimals(Optional<BigDecimal> value) {
    return value.map(p -> p.setScale(2, RoundingMode.HALF_EVEN)).orElse(null);
  }

  private BigDecimal money(Optional<BigDecimal> amount) {
    return amount.map(a -> Rounding.money(a, currency)).orElse(null);
  }

  private static BigDecimal ratio(Optional<BigDecimal> value) {
    return value.map(Ratios::round).orElse(null);
  }

  private static BigDecimal ratio(OptionalDouble value) {
    if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
      return null;
    }
    return Ratios.round(value.getAsDouble());
  }
}
