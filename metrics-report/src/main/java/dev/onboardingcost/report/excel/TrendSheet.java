package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.stats.TrendAnalysis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The {@code Trend} sheet: hires in start order ({@code x = 1..n}, as {@link TrendAnalysis} numbers
 * them) with their total as a formula over {@code Hires}; the least-squares slope, intercept and r²
 * as live {@code SLOPE}, {@code INTERCEPT} and {@code RSQ} formulas over those totals, cached with
 * the engine's figures; the p-value as a value; and the fitted cost per hire. Where the engine has
 * no figure the sheet says why instead.
 */
final class TrendSheet {
  static final String NAME = "Trend";

  /** Column of the labels and of the values of the fitted line (0-based). */
  static final int LABEL = 6;

  static final int VALUE = 7;

  /** Rows the figures of the line take beside the hires. */
  private static final int SIDE_ROWS = 7;

  private final Styles styles;

  TrendSheet(Styles styles) {
    this.styles = styles;
  }

  /**
   * Writes the sheet.
   *
   * @param hires the hires in the order of the {@code Hires} sheet
   */
  void write(Sheet sheet, List<HireCost> hires, TrendAnalysis trend) {
    Headers.write(
        sheet,
        styles,
        new String[] {"#", "Hire", "Start date", "Total cost", "Fitted cost", "", "Line", "Value"},
        new int[] {5, 12, 12, 14, 14, 3, 34, 16});
    Map<HireCost, Integer> hiresRow = new IdentityHashMap<>();
    for (int i = 0; i < hires.size(); i++) {
      hiresRow.put(hires.get(i), i + 2);
    }
    // the trend is a statistic: the hires with evidence alone
    List<HireCost> ordered = new ArrayList<>();
    for (HireCost hire : hires) {
      if (hire.evidenceKind().isEvidence()) {
        ordered.add(hire);
      }
    }
    ordered.sort(Comparator.comparing(HireCost::hire, People.START_ORDER));
    boolean line = trend.slope().isPresent() && trend.intercept().isPresent();
    int n = ordered.size();
    // Rows are written in order only: the workbook streams and flushes rows behind it.
    for (int i = 0; i < Math.max(n, SIDE_ROWS); i++) {
      Row row = sheet.createRow(i + 1);
      int r = i + 2;
      if (i < n) {
        HireCost hire = ordered.get(i);
        Cells.number(row, 0, i + 1, styles.integer);
        Cells.text(row, 1, hire.hire().id().value(), styles.plain);
        Cells.date(row, 2, hire.hire().startDate().orElseThrow(), styles.date);
        Cells.formula(
            row,
            3,
            HiresSheet.NAME + "!$" + Cells.column(HiresSheet.TOTAL) + "$" + hiresRow.get(hire),
            hire.totalCost(),
            styles.money);
        if (line) {
          BigDecimal fitted =
              trend.intercept().get().add(trend.slope().get().multiply(BigDecimal.valueOf(i + 1)));
          Cells.formula(row, 4, "$H$3+$H$2*A" + r, fitted, styles.money);
        }
      }
      side(row, i, trend, n);
    }
  }

  /** The fitted line's figures beside the hires, on rows 2 to 8. */
  private void side(Row row, int i, TrendAnalysis trend, int n) {
    String ys = "$D$2:$D$" + Math.max(2, n + 1);
    String xs = "$A$2:$A$" + Math.max(2, n + 1);
    switch (i) {
      case 0 -> {
        Cells.text(row, LABEL, "Slope (money per successive hire)", styles.plain);
        trend
            .slope()
            .ifPresent(
                slope ->
                    Cells.formula(row, VALUE, "SLOPE(" + ys + "," + xs + ")", slope, styles.money));
      }
      case 1 -> {
        Cells.text(row, LABEL, "Intercept (fitted cost at hire 0)", styles.plain);
        trend
            .intercept()
            .ifPresent(
                intercept ->
                    Cells.formula(
                        row, VALUE, "INTERCEPT(" + ys + "," + xs + ")", intercept, styles.money));
      }
      case 2 -> {
        Cells.text(row, LABEL, "r²", styles.plain);
        trend
            .rSquared()
            .ifPresent(
                r2 ->
                    Cells.formula(
                        row,
                        VALUE,
                        "RSQ(" + ys + "," + xs + ")",
                        BigDecimal.valueOf(r2),
                        styles.fraction));
      }
      case 3 -> {
        Cells.text(row, LABEL, "p-value of the slope (Student's t)", styles.plain);
        trend.pValue().ifPresent(p -> Cells.number(row, VALUE, p, styles.fraction));
      }
      case 4 -> {
        Cells.text(row, LABEL, "Hires fitted", styles.plain);
        Cells.number(row, VALUE, trend.hires(), styles.integer);
      }
      case 6 ->
          trend.reason().ifPresent(reason -> Cells.text(row, LABEL, "Why: " + reason, styles.note));
      default -> {
        // nothing beside this hire
      }
    }
  }
}
