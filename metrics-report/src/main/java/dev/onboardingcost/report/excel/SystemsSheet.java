package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.stats.Percentiles;
import dev.onboardingcost.report.Hours;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The {@code Systems} sheet: for each system waited on, how many hires waited, the hours and cost,
 * and the median and 90th percentile hours per hire, as formulas over {@code Hires} and {@code
 * Events}. A hire with no wait on a system counts as zero hours.
 */
final class SystemsSheet {
  static final String NAME = "Systems";

  /** Columns (0-based) of the system's name and of its hours lost, all hires. */
  static final int SYSTEM = 1;

  static final int HOURS = 3;

  private final Styles styles;
  private final HiresSheet hiresSheet;

  SystemsSheet(Styles styles, HiresSheet hiresSheet) {
    this.styles = styles;
    this.hiresSheet = hiresSheet;
  }

  /**
   * Writes the sheet; returns each system's hours lost, all hires, in the order of {@code systems}.
   */
  List<BigDecimal> write(Sheet sheet, List<String> systems, List<HireCost> hires) {
    List<BigDecimal> sums = new ArrayList<>();
    Headers.write(
        sheet,
        styles,
        new String[] {
          "System #",
          "System",
          "Hires who waited",
          "Hours lost, all hires",
          "Cost, all hires",
          "Median hours per hire",
          "90th percentile hours per hire",
          "Hires not granted"
        },
        new int[] {9, 18, 12, 14, 16, 14, 16, 12});
    int n = hires.size();
    for (int i = 0; i < systems.size(); i++) {
      String system = systems.get(i);
      Row row = sheet.createRow(i + 1);
      int r = i + 2;
      String perHire =
          Cells.range(HiresSheet.NAME, hiresSheet.systemColumn(i), 2, Math.max(2, n + 1));
      List<BigDecimal> hours = new ArrayList<>();
      BigDecimal cost = BigDecimal.ZERO;
      long waited = 0;
      long notGranted = 0;
      for (HireCost hire : hires) {
        BigDecimal minutes = hire.accessMinutesBySystem().getOrDefault(system, BigDecimal.ZERO);
        hours.add(Hours.ofMinutes(minutes));
        waited += minutes.signum() > 0 ? 1 : 0;
        cost = cost.add(hire.accessCostOf(system));
        notGranted += hire.notGranted().contains(system) ? 1 : 0;
      }
      BigDecimal sum = hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      sums.add(sum);
      Cells.number(row, 0, i + 1, styles.integer);
      Cells.text(row, SYSTEM, system, styles.plain);
      Cells.formula(
          row, 2, "COUNTIF(" + perHire + ",\">0\")", BigDecimal.valueOf(waited), styles.integer);
      Cells.formula(row, HOURS, "SUM(" + perHire + ")", sum, styles.hours);
      Cells.formula(
          row,
          4,
          Cells.sumifs(
              Cells.wholeColumn(EventsSheet.NAME, EventsSheet.COST),
              Cells.wholeColumn(EventsSheet.NAME, EventsSheet.SYSTEM_NO),
              "$A" + r),
          cost,
          styles.money);
      if (n > 0) {
        Cells.formula(
            row,
            5,
            "MEDIAN(" + perHire + ")",
            Percentiles.of(hours, Percentiles.MEDIAN).orElseThrow(),
            styles.hours);
        Cells.formula(
            row,
            6,
            "_xlfn.PERCENTILE.INC(" + perHire + ",0.9)",
            Percentiles.of(hours, Percentiles.P90).orElseThrow(),
            styles.hours);
      }
      Cells.number(row, 7, notGranted, styles.integer);
    }
    sheet.createFreezePane(2, 1);
    return sums;
  }
}
