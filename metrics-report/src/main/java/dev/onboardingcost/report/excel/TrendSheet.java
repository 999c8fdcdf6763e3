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
 * them) with their total as a formula over the {@code Hires} totals the statistics use, and every
 * figure of the trend as a live formula over those totals, cached with the engine's figures:
 *
 * <ul>
 *   <li>the least-squares slope, intercept and r² ({@code SLOPE}, {@code INTERCEPT}, {@code RSQ})
 *       and the fitted cost per hire;
 *   <li>the two-sided p-value of the slope: Student's t with {@code n - 2} degrees of freedom,
 *       {@code t² = (n - 2) r² / (1 - r²)}, through {@code T.DIST.2T}; 0 for a perfect fit;
 *   <li>the Theil-Sen slope: {@code MEDIAN} over a block of the pairwise slopes {@code (y_j - y_i)
 *       / (j - i)}, one row per hire, laid out up to {@link #MAX_PAIRWISE_HIRES} hires. Above that
 *       the sheet says the figure is not laid out.
 * </ul>
 *
 * Where the engine has no figure the sheet says why instead.
 */
final class TrendSheet {
  static final String NAME = "Trend";

  /** Columns (0-based): hire number, total, fitted total. */
  static final int X = 0;

  static final int TOTAL = 3;
  static final int FITTED = 4;

  /** Column of the labels and of the values of the fitted line (0-based). */
  static final int LABEL = 6;

  static final int VALUE = 7;

  /** The first column of the block of pairwise slopes: the slope to hire {@code x = 2}. */
  static final int FIRST_PAIR = 9;

  /**
   * The most hires whose pairwise slopes are laid out as formulas ({@code n (n - 1) / 2} cells:
   * 19,900 at 200 hires).
   */
  static final int MAX_PAIRWISE_HIRES = 200;

  /** Rows (0-based) of the figures beside the hires. */
  static final int SLOPE_ROW = 1;

  static final int INTERCEPT_ROW = 2;
  static final int R_SQUARED_ROW = 3;
  static final int P_VALUE_ROW = 4;
  static final int HIRES_ROW = 5;
  static final int THEIL_SEN_ROW = 6;
  static final int REASON_ROW = 7;

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
    // the trend is a statistic: the hires with evidence alone
    List<HireCost> ordered = new ArrayList<>();
    for (HireCost hire : hires) {
      if (hire.evidenceKind().isEvidence()) {
        ordered.add(hire);
      }
    }
    ordered.sort(Comparator.comparing(HireCost::hire, People.START_ORDER));
    int n = ordered.size();
    boolean line = trend.slope().isPresent() && trend.intercept().isPresent();
    boolean pairs = line && n <= MAX_PAIRWISE_HIRES;
    List<String> headers =
        new ArrayList<>(
            List.of(
                "#", "Hire", "Start date", "Total cost", "Fitted cost", "", "Line", "Value", ""));
    if (pairs) {
      for (int x = 2; x <= n; x++) {
        headers.add("Slope to #" + x);
      }
    }
    Headers.write(sheet, 0, styles, headers.toArray(String[]::new));
    int[] widths = {5, 12, 12, 14, 14, 3, 40, 16, 3};
    for (int c = 0; c < headers.size(); c++) {
      sheet.setColumnWidth(c, (c < widths.length ? widths[c] : 11) * 256);
    }
    Map<HireCost, Integer> hiresRow = new IdentityHashMap<>();
    for (int i = 0; i < hires.size(); i++) {
      hiresRow.put(hires.get(i), i + 2);
    }
    List<BigDecimal> totals = ordered.stream().map(HireCost::totalCost).toList();
    PairwiseSlopes slopes = pairs ? new PairwiseSlopes(totals) : null;
    // Rows are written in order only: the workbook streams and flushes rows behind it.
    for (int i = 0; i < Math.max(n, REASON_ROW); i++) {
      Row row = sheet.createRow(i + 1);
      int r = i + 2;
      if (i < n) {
        HireCost hire = ordered.get(i);
        Cells.number(row, X, i + 1, styles.integer);
        Cells.text(row, 1, hire.hire().id().value(), styles.plain);
        Cells.date(row, 2, hire.hire().startDate().orElseThrow(), styles.date);
        Cells.formula(
            row,
            TOTAL,
            HiresSheet.statisticsTotal(hiresRow.get(hire)),
            hire.totalCost(),
            styles.money);
        if (line) {
          Cells.formula(
              row, FITTED, "$H$3+$H$2*A" + r, trend.fittedAt(i + 1).orElseThrow(), styles.money);
        }
        if (slopes != null) {
          for (int j = i + 1; j < n; j++) {
            Cells.formula(
                row,
                FIRST_PAIR + j - 1,
                "(D" + (j + 2) + "-D" + r + ")/" + (j - i),
                slopes.between(i, j),
                styles.money);
          }
        }
      }
      side(row, i + 1, trend, n, slopes);
    }
  }

  /** The trend's figures beside the hires, on sheet row {@code index} (0-based). */
  private void side(Row row, int index, TrendAnalysis trend, int n, PairwiseSlopes slopes) {
    String last = String.valueOf(Math.max(2, n + 1));
    String ys = "$D$2:$D$" + last;
    String xs = "$A$2:$A$" + last;
    switch (index) {
      case SLOPE_ROW -> {
        Cells.text(row, LABEL, "Slope (money per successive hire)", styles.plain);
        trend
            .slope()
            .ifPresent(
                slope ->
                    Cells.formula(row, VALUE, "SLOPE(" + ys + "," + xs + ")", slope, styles.money));
      }
      case INTERCEPT_ROW -> {
        Cells.text(row, LABEL, "Intercept (fitted cost at hire 0)", styles.plain);
        trend
            .intercept()
            .ifPresent(
                intercept ->
                    Cells.formula(
                        row, VALUE, "INTERCEPT(" + ys + "," + xs + ")", intercept, styles.money));
      }
      case R_SQUARED_ROW -> {
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
      case P_VALUE_ROW -> {
        Cells.text(row, LABEL, "p-value of the slope (Student's t)", styles.plain);
        trend
            .pValue()
            .ifPresent(
                p ->
                    Cells.formula(
                        row,
                        VALUE,
                        "IF($H$4>=1,0,_xlfn.T.DIST.2T(SQRT(($H$6-2)*$H$4/(1-$H$4)),$H$6-2))",
                        BigDecimal.valueOf(p),
                        styles.fraction));
      }
      case HIRES_ROW -> {
        Cells.text(row, LABEL, "Hires fitted", styles.plain);
        Cells.formula(
            row, VALUE, "COUNT(" + ys + ")", BigDecimal.valueOf(trend.hires()), styles.integer);
      }
      case THEIL_SEN_ROW -> theilSen(row, n, slopes);
      case REASON_ROW ->
          trend.reason().ifPresent(reason -> Cells.text(row, LABEL, "Why: " + reason, styles.note));
      default -> {
        // nothing beside this hire
      }
    }
  }

  private void theilSen(Row row, int n, PairwiseSlopes slopes) {
    if (slopes != null) {
      Cells.text(row, LABEL, "Theil-Sen slope (median of pairwise slopes)", styles.plain);
      String block =
          "$"
              + Cells.column(FIRST_PAIR)
              + "$2:$"
              + Cells.column(FIRST_PAIR + n - 2)
              + "$"
              + (n + 1);
      Cells.formula(row, VALUE, "MEDIAN(" + block + ")", slopes.median(), styles.money);
    } else if (n > MAX_PAIRWISE_HIRES) {
      Cells.text(
          row,
          LABEL,
          "Theil-Sen slope: not laid out over " + MAX_PAIRWISE_HIRES + " hires (see summary.json)",
          styles.note);
    }
  }
}
