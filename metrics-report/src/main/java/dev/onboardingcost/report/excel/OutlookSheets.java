package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.report.outlook.FixPayback;
import dev.onboardingcost.report.outlook.Outlook;
import dev.onboardingcost.report.outlook.QuarterForecast;
import dev.onboardingcost.report.outlook.TrendFit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The {@code Trend}, {@code Forecast} and {@code Fixes} sheets. Each takes its figures from the
 * {@link Outlook}; where a figure was not computed in this run the sheet keeps its headers and says
 * so, and what would fill it.
 */
final class OutlookSheets {
  static final String TREND = "Trend";
  static final String FORECAST = "Forecast";
  static final String FIXES = "Fixes";
  static final String NOT_COMPUTED = "Not computed in this run";

  private final Styles styles;

  OutlookSheets(Styles styles) {
    this.styles = styles;
  }

  void write(Sheet trend, Sheet forecast, Sheet fixes, List<HireCost> hires, Outlook outlook) {
    writeTrend(trend, hires, outlook.trend());
    writeForecast(forecast, outlook.forecast());
    writeFixes(fixes, outlook.fixes());
  }

  /**
   * Hires in start order with their total (a formula over Hires); with a fit, its slope, intercept
   * and r² as live formulas over those totals, and the fitted cost per hire.
   */
  private void writeTrend(Sheet sheet, List<HireCost> hires, Optional<TrendFit> fit) {
    Headers.write(
        sheet,
        styles,
        new String[] {"#", "Hire", "Start date", "Total cost", "Fitted cost", "", "Line", "Value"},
        new int[] {5, 12, 12, 14, 14, 3, 30, 16});
    int n = hires.size();
    String ys = "$D$2:$D$" + Math.max(2, n + 1);
    String xs = "$A$2:$A$" + Math.max(2, n + 1);
    for (int i = 0; i < n; i++) {
      HireCost hire = hires.get(i);
      Row row = sheet.createRow(i + 1);
      int r = i + 2;
      Cells.number(row, 0, i + 1, styles.integer);
      Cells.text(row, 1, hire.hire().id().value(), null);
      Cells.date(row, 2, hire.hire().startDate().orElseThrow(), styles.date);
      Cells.formula(
          row,
          3,
          HiresSheet.NAME + "!$" + Cells.column(HiresSheet.TOTAL) + "$" + r,
          hire.totalCost(),
          styles.money);
      if (fit.isPresent()) {
        BigDecimal fitted =
            fit.get().intercept().add(fit.get().slopePerHire().multiply(BigDecimal.valueOf(i + 1)));
        Cells.formula(row, 4, "$H$3+$H$2*A" + r, fitted, styles.money);
      }
    }
    Row first = Cells.row(sheet, 1);
    if (fit.isEmpty()) {
      Cells.text(
          first,
          6,
          NOT_COMPUTED + ": the trend line needs the statistics of the successive hires.",
          styles.note);
      return;
    }
    TrendFit f = fit.get();
    Cells.text(first, 6, "Slope (money per successive hire)", null);
    Cells.formula(first, 7, "SLOPE(" + ys + "," + xs + ")", f.slopePerHire(), styles.money);
    Row second = Cells.row(sheet, 2);
    Cells.text(second, 6, "Intercept", null);
    Cells.formula(second, 7, "INTERCEPT(" + ys + "," + xs + ")", f.intercept(), styles.money);
    Row third = Cells.row(sheet, 3);
    Cells.text(third, 6, "r²", null);
    f.rSquared()
        .ifPresent(
            r2 -> Cells.formula(third, 7, "RSQ(" + ys + "," + xs + ")", r2, styles.fraction));
    Row fourth = Cells.row(sheet, 4);
    Cells.text(fourth, 6, "p-value of the slope (this run)", null);
    f.pValue().ifPresent(p -> Cells.number(fourth, 7, p, styles.fraction));
  }

  private void writeForecast(Sheet sheet, Optional<List<QuarterForecast>> forecast) {
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
          "Alert"
        },
        new int[] {12, 8, 16, 16, 16, 16, 14, 8});
    if (forecast.isEmpty()) {
      Cells.text(
          sheet.createRow(1),
          0,
          NOT_COMPUTED + ": add plan.yaml to the workspace to forecast a hiring plan.",
          styles.note);
      return;
    }
    int r = 1;
    for (QuarterForecast q : forecast.get()) {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, q.quarter(), null);
      Cells.number(row, 1, q.hires(), styles.integer);
      Cells.formula(row, 2, "B" + r + "*MeanCostPerHire", q.expected(), styles.money);
      Cells.number(row, 3, q.p10(), styles.money);
      Cells.number(row, 4, q.p50(), styles.money);
      Cells.number(row, 5, q.p90(), styles.money);
      Cells.number(row, 6, q.capacityLossPct(), styles.percent);
      Cells.text(row, 7, q.alert() ? "yes" : "no", null);
    }
    Cells.text(
        sheet.createRow(r + 1),
        0,
        "Expected cost follows the rates in Assumptions; P10 to P90 come from the simulation of"
            + " this run and do not.",
        styles.note);
  }

  private void writeFixes(Sheet sheet, Optional<List<FixPayback>> fixes) {
    Headers.write(
        sheet,
        styles,
        new String[] {"Fix", "Savings per hire", "One-off cost", "Payback (hires)"},
        new int[] {44, 16, 16, 14});
    if (fixes.isEmpty()) {
      Cells.text(
          sheet.createRow(1),
          0,
          NOT_COMPUTED + ": add fixes.yaml to the workspace to rank fixes by payback.",
          styles.note);
      return;
    }
    int r = 1;
    for (FixPayback fix : fixes.get()) {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, fix.name(), null);
      Cells.number(row, 1, fix.savingsPerHire(), styles.money);
      Cells.number(row, 2, fix.oneOffCost(), styles.money);
      if (fix.paybackHires().isPresent() && fix.savingsPerHire().signum() > 0) {
        Cells.formula(row, 3, "C" + r + "/B" + r, fix.paybackHires().get(), styles.decimal);
      } else {
        Cells.text(row, 3, "never", null);
      }
    }
  }
}
