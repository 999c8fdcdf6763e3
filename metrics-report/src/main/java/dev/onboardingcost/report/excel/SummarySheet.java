package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.stats.Distribution;
import dev.onboardingcost.report.Hours;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The {@code Summary} sheet: the headline figures as formulas over the {@code Hires} sheet (sum,
 * mean, median, 90th percentile), a short guide, and the charts. Defines {@code MeanCostPerHire}.
 */
final class SummarySheet {
  static final String NAME = "Summary";
  static final int CHART_COLUMN = 4;
  static final int CHART_COLUMNS = 10;
  static final int CHART_ROWS = 23;

  private static final String[] GUIDE = {
    "Every money figure is a formula: hours × the hourly rate in Assumptions.",
    "Change a rate or context_switch_minutes in Assumptions and every total here follows.",
    "Hires: one row per hire in start order, cost by category and by who paid with their time.",
    "Events: every counted cost line with its hours, rate, source and file:line of the evidence.",
    "Systems: access waits per system. Data quality: every record not counted, and why.",
    "Trend: cost over successive hires. Forecast and Fixes: from plan.yaml and fixes.yaml.",
    "Blocked fractions, overlap sharing and help minutes are already in the Events hours.",
    "The charts are drawn from the cells of Hires, Trend, Systems and Forecast: they follow too.",
  };

  private final Styles styles;
  private final CostReport costs;
  private final Distribution totals;

  /**
   * @param totals the engine's distribution of the per-hire totals of the hires with evidence;
   *     cached as the values of the formulas
   */
  SummarySheet(Styles styles, CostReport costs, Distribution totals) {
    this.styles = styles;
    this.costs = costs;
    this.totals = totals;
  }

  void write(Workbook workbook, Sheet sheet, long mergedEvents) {
    List<HireCost> hires = costs.hires();
    int n = hires.size();
    sheet.setColumnWidth(0, 34 * 256);
    sheet.setColumnWidth(1, 16 * 256);
    sheet.setColumnWidth(2, 72 * 256);
    sheet.setColumnWidth(3, 3 * 256);
    for (int c = CHART_COLUMN; c < CHART_COLUMN + CHART_COLUMNS; c++) {
      sheet.setColumnWidth(c, 11 * 256);
    }
    Cells.text(sheet.createRow(0), 0, "Onboarding cost", styles.title);
    Cells.text(
        sheet.createRow(1),
        0,
        "All money in "
            + costs.currency().getCurrencyCode()
            + ". Each figure is a formula over the Hires sheet.",
        styles.note);
    Headers.write(sheet, 3, styles, new String[] {"Figure", "Value", "What it is"});

    String total = Cells.range(HiresSheet.NAME, HiresSheet.TOTAL, 2, Math.max(2, n + 1));
    BigDecimal hireMinutes = costs.hireMinutes();
    BigDecimal colleagueMinutes = costs.colleagueMinutes();
    BigDecimal hireCost = costs.hireCost();
    BigDecimal colleagueCost = costs.colleagueCost();
    int r = 4;
    figure(
        sheet,
        r++,
        "Hires",
        "COUNT(" + total + ")",
        BigDecimal.valueOf(n),
        styles.integer,
        "Hires with a start date in people.csv");
    figure(
        sheet,
        r++,
        "Total onboarding cost",
        "SUM(" + total + ")",
        costs.totalCost(),
        styles.moneyBold,
        "The hires' blocked time plus colleagues' time, all hires");
    String stats = HiresSheet.STATISTICS_TOTALS;
    if (totals.count() > 0) {
      int meanRow = r;
      figure(
          sheet,
          r++,
          "Mean cost per hire",
          "AVERAGE(" + stats + ")",
          totals.mean().orElseThrow(),
          styles.moneyBold,
          "Total of the hires with evidence divided by their number (a hire nobody asked is left"
              + " out)");
      figure(
          sheet,
          r++,
          "Median cost per hire",
          "MEDIAN(" + stats + ")",
          totals.median().orElseThrow(),
          styles.money,
          "Half the hires cost less, half more");
      figure(
          sheet,
          r++,
          "90th percentile per hire",
          "_xlfn.PERCENTILE.INC(" + stats + ",0.9)",
          totals.p90().orElseThrow(),
          styles.money,
          "One hire in ten costs more than this (PERCENTILE.INC)");
      figure(
          sheet,
          r++,
          "Lowest cost per hire",
          "MIN(" + stats + ")",
          totals.min().orElseThrow(),
          styles.money,
          "The cheapest hire's total");
      figure(
          sheet,
          r++,
          "Highest cost per hire",
          "MAX(" + stats + ")",
          totals.max().orElseThrow(),
          styles.money,
          "The most expensive hire's total");
      figure(
          sheet,
          r++,
          "Hires in the statistics",
          "COUNT(" + stats + ")",
          BigDecimal.valueOf(totals.count()),
          styles.integer,
          "How many per-hire totals the mean, median, percentile, minimum and maximum use");
      Name mean = workbook.createName();
      mean.setNameName("MeanCostPerHire");
      mean.setRefersToFormula(NAME + "!$B$" + (meanRow + 1));
    } else {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, "Mean, median, 90th percentile, minimum, maximum", styles.plain);
      Cells.text(row, 1, "no hires", styles.plain);
    }
    figure(
        sheet,
        r++,
        "Hires' own blocked time (cost)",
        "SUM(" + Cells.range(HiresSheet.NAME, HiresSheet.HIRE_COST, 2, Math.max(2, n + 1)) + ")",
        hireCost,
        styles.money,
        "What the hires' waiting and blocked hours cost");
    figure(
        sheet,
        r++,
        "Colleagues' time (cost)",
        "SUM("
            + Cells.range(HiresSheet.NAME, HiresSheet.COLLEAGUE_COST, 2, Math.max(2, n + 1))
            + ")",
        colleagueCost,
        styles.money,
        "What colleagues' help, refocus and set-up hours cost");
    figure(
        sheet,
        r++,
        "Hires' hours lost",
        "SUM(" + Cells.range(HiresSheet.NAME, HiresSheet.HIRE_HOURS, 2, Math.max(2, n + 1)) + ")",
        Hours.ofMinutes(hireMinutes),
        styles.hours,
        "Working hours the hires could not work");
    figure(
        sheet,
        r++,
        "Colleagues' hours lost",
        "SUM("
            + Cells.range(HiresSheet.NAME, HiresSheet.COLLEAGUE_HOURS, 2, Math.max(2, n + 1))
            + ")",
        Hours.ofMinutes(colleagueMinutes),
        styles.hours,
        "Hours colleagues stopped their own work, refocus included");
    r++;
    if (mergedEvents > 0) {
      Cells.text(
          sheet.createRow(r++),
          0,
          "The Events sheet is full: "
              + mergedEvents
              + " cost lines are merged (see its last row).",
          styles.note);
    }
    Cells.text(sheet.createRow(r++), 0, "How to read this", styles.section);
    for (String line : GUIDE) {
      Cells.text(sheet.createRow(r++), 0, line, styles.plain);
    }
    sheet.createFreezePane(0, 1);
  }

  private void figure(
      Sheet sheet,
      int r,
      String label,
      String formula,
      BigDecimal cached,
      CellStyle style,
      String meaning) {
    Row row = sheet.createRow(r);
    Cells.text(row, 0, label, styles.plain);
    Cells.formula(row, 1, formula, cached, style);
    Cells.text(row, 2, meaning, styles.plain);
  }
}
