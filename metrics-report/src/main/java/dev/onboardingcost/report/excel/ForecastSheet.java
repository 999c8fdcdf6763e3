package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.plan.Band;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.ForecastDraws;
import dev.onboardingcost.core.plan.ForecastTotals;
import dev.onboardingcost.core.plan.HiringPlan;
import dev.onboardingcost.core.plan.QuarterForecast;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The {@code Forecast} sheet, from the engine's {@link Forecast} of plan.yaml. The expected cost of
 * a quarter is the live formula {@code hires × mean cost of the baseline}: {@code MeanCostPerHire}
 * when the baseline is every hire, else the {@code AVERAGEIFS} of the Hires sheet's totals in
 * statistics from the baseline's first start date; either follows the rates in {@code Assumptions}.
 * P10, P50 and P90 are {@code PERCENTILE.INC} of the quarter's (or the plan's) draws on {@link
 * ForecastDrawsSheet}, each priced by the rates, so the band follows them too; when the draws are
 * too many to keep they are the engine's figures. Without plan.yaml the sheet keeps its headers and
 * says what would fill it.
 */
final class ForecastSheet {
  static final String NAME = "Forecast";

  /** Forecast columns (0-based). */
  static final int QUARTER = 0;

  static final int HIRES = 1;
  static final int EXPECTED = 2;
  static final int P10 = 3;
  static final int P50 = 4;
  static final int P90 = 5;
  static final int CAPACITY = 6;
  static final int ALERT = 7;
  static final int HIRES_TO_ALERT = 8;
  static final int ENGINEERS = 9;
  static final int WORKING_HOURS = 10;

  private final Styles styles;

  ForecastSheet(Styles styles) {
    this.styles = styles;
  }

  /**
   * The Forecast sheet: one row per planned quarter, then the plan's totals.
   *
   * @param plan the workspace's plan.yaml, when it has one
   * @param forecast its forecast
   * @param hires how many hires the Hires sheet lists, one a row from row 2
   */
  void write(Sheet sheet, Optional<HiringPlan> plan, Optional<Forecast> forecast, int hires) {
    Headers.write(
        sheet,
        styles,
        new String[] {
          "Quarter",
          "Hires",
          "Expected cost",
          "P10",
          "P50",
          "P90",
          "Colleague capacity lost (%)",
          "Alert",
          "Hires to alert",
          "Engineers at start",
          "Working hours per engineer"
        },
        new int[] {12, 8, 16, 16, 16, 16, 14, 8, 10, 11, 12});
    if (forecast.isEmpty()) {
      Cells.text(
          sheet.createRow(1),
          0,
          Cells.NOT_COMPUTED + ": add plan.yaml to the workspace to forecast a hiring plan.",
          styles.note);
      return;
    }
    Forecast f = forecast.get();
    String baselineMean = baselineMean(f, hires);
    List<QuarterForecast> quarters = f.quarters();
    int r = 1;
    for (QuarterForecast q : quarters) {
      Row row = sheet.createRow(r++);
      Cells.text(row, QUARTER, q.quarter().toString(), styles.plain);
      Cells.number(row, HIRES, q.hires(), styles.integer);
      q.expectedCost()
          .ifPresent(
              expected ->
                  Cells.formula(
                      row,
                      EXPECTED,
                      Cells.column(HIRES) + row(row) + "*" + baselineMean,
                      expected,
                      styles.money));
      int set = r - 2;
      q.band().ifPresent(band -> band(row, band, f.draws(), set));
      q.capacityLossPct().ifPresent(pct -> Cells.number(row, CAPACITY, pct, styles.fraction));
      Cells.text(row, ALERT, q.alert() ? "yes" : "no", styles.plain);
      if (q.hiresToAlert().isPresent()) {
        Cells.number(row, HIRES_TO_ALERT, q.hiresToAlert().getAsLong(), styles.integer);
      } else {
        Cells.text(row, HIRES_TO_ALERT, "never", styles.plain);
      }
      Cells.number(row, ENGINEERS, q.engineersAtStart(), styles.integer);
      Cells.number(row, WORKING_HOURS, q.workingHours(), styles.hours);
    }
    ForecastTotals totals = f.totals();
    Row total = sheet.createRow(r++);
    Cells.text(total, QUARTER, "Plan", styles.section);
    String last = String.valueOf(Math.max(2, quarters.size() + 1));
    Cells.formula(
        total,
        HIRES,
        "SUM(" + Cells.column(HIRES) + "2:" + Cells.column(HIRES) + last + ")",
        BigDecimal.valueOf(totals.hires()),
        styles.integer);
    if (!quarters.isEmpty()) {
      totals
          .expectedCost()
          .ifPresent(
              expected ->
                  Cells.formula(
                      total,
                      EXPECTED,
                      "SUM(" + Cells.column(EXPECTED) + "2:" + Cells.column(EXPECTED) + last + ")",
                      expected,
                      styles.moneyBold));
    }
    totals.band().ifPresent(band -> band(total, band, f.draws(), quarters.size()));
    Cells.text(
        total,
        ALERT,
        totals.alertedQuarters() + (totals.alertedQuarters() == 1 ? " quarter" : " quarters"),
        styles.plain);
    Cells.number(total, ENGINEERS, totals.engineersAtEnd(), styles.integer);
    int noteRow = r + 1;
    if (f.reason().isPresent()) {
      Cells.text(sheet.createRow(noteRow++), 0, "Not forecast: " + f.reason().get(), styles.note);
    }
    if (f.bandNote().isPresent()) {
      Cells.text(sheet.createRow(noteRow++), 0, "Band: " + f.bandNote().get(), styles.note);
    }
    for (String line : notes(plan, f)) {
      Cells.text(sheet.createRow(noteRow++), 0, line, styles.note);
    }
  }

  private static List<String> notes(Optional<HiringPlan> plan, Forecast forecast) {
    String simulation =
        plan.map(
                p ->
                    "P10 to P90: "
                        + p.simulations()
                        + " simulated plans (seed "
                        + p.seed()
                        + ") drawing from the "
                        + forecast.observedHires()
                        + " baseline hires by a two-level bootstrap; "
                        + (forecast.draws().isPresent()
                            ? "PERCENTILE.INC of the draws on Forecast draws, each its hours"
                                + " times the rates in Assumptions, so they follow the rates."
                            : "values of this run, they do not follow the rates."))
            .orElse("P10 to P90 are values of this run; they do not follow the rates.");
    String alert =
        plan.map(
                p ->
                    "Alert: colleague capacity lost above "
                        + p.alertCapacityLossPct().stripTrailingZeros().toPlainString()
                        + "%. Hires to alert: the fewest hires in the quarter that would be.")
            .orElse("Alert: colleague capacity lost above the plan's threshold.");
    String expected =
        forecast.baseline().from().isEmpty()
            ? "Expected cost = hires × MeanCostPerHire (Summary), so it follows the rates in"
                + " Assumptions."
            : "Expected cost = hires × the mean cost of the hires starting on or after "
                + forecast.baseline().from().get()
                + " (Hires), so it follows the rates in Assumptions.";
    return List.of(
        "Baseline: " + forecast.baseline().why() + ", " + forecast.baseline().hires() + " hires.",
        expected,
        simulation,
        "The plan's P10 to P90 come from whole simulated plans, so they are not the sums of the"
            + " quarters'.",
        alert,
        "Engineers on the Plan row: at the end of the plan.");
  }

  /** The mean cost of the baseline hires as a formula over the Hires sheet. */
  private static String baselineMean(Forecast forecast, int hires) {
    if (forecast.baseline().from().isEmpty()) {
      return "MeanCostPerHire";
    }
    LocalDate from = forecast.baseline().from().get();
    int last = Math.max(2, hires + 1);
    return "AVERAGEIFS("
        + Cells.range(HiresSheet.NAME, HiresSheet.STATISTICS_TOTAL, 2, last)
        + ","
        + Cells.range(HiresSheet.NAME, HiresSheet.START, 2, last)
        + ",\">=\"&DATE("
        + from.getYear()
        + ","
        + from.getMonthValue()
        + ","
        + from.getDayOfMonth()
        + "))";
  }

  /**
   * P10, P50 and P90: {@code PERCENTILE.INC} of set {@code set}'s cost cells on {@code Forecast
   * draws} when the draws are kept, else the engine's figures.
   */
  private void band(Row row, Band band, Optional<ForecastDraws> draws, int set) {
    if (draws.isEmpty()) {
      Cells.number(row, P10, band.p10(), styles.money);
      Cells.number(row, P50, band.p50(), styles.money);
      Cells.number(row, P90, band.p90(), styles.money);
      return;
    }
    String costs = ForecastDrawsSheet.costRange(draws.get(), set);
    percentile(row, P10, costs, "0.1", band.p10());
    percentile(row, P50, costs, "0.5", band.p50());
    percentile(row, P90, costs, "0.9", band.p90());
  }

  private void percentile(Row row, int column, String costs, String p, BigDecimal cached) {
    Cells.formula(
        row, column, "_xlfn.PERCENTILE.INC(" + costs + "," + p + ")", cached, styles.money);
  }

  /** The 1-based row number of {@code row}. */
  private static int row(Row row) {
    return row.getRowNum() + 1;
  }
}
