package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.time.Quarter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hires grouped by the month they started, for charts of more hires than a bar each can show: every
 * month from the first start to the last, in order, an empty list for a month with no start. When
 * the starts span more than {@link #MAX_MONTHS} months, by calendar quarter instead (the cohorts of
 * docs/method.md).
 */
final class StartPeriods {
  /** The most months shown one by one (three years); longer spans are shown by quarter. */
  static final int MAX_MONTHS = 36;

  private final boolean byQuarter;
  private final Map<String, List<HireCost>> hiresByPeriod;

  private StartPeriods(boolean byQuarter, Map<String, List<HireCost>> hiresByPeriod) {
    this.byQuarter = byQuarter;
    this.hiresByPeriod = hiresByPeriod;
  }

  /** The periods of {@code hires} (at least one, each with a start date). */
  static StartPeriods of(List<HireCost> hires) {
    YearMonth first = null;
    YearMonth last = null;
    for (HireCost hire : hires) {
      YearMonth month = YearMonth.from(startOf(hire));
      first = first == null || month.isBefore(first) ? month : first;
      last = last == null || month.isAfter(last) ? month : last;
    }
    if (first == null) {
      throw new IllegalArgumentException("no hires");
    }
    boolean byQuarter = first.plusMonths(MAX_MONTHS - 1L).isBefore(last);
    Map<String, List<HireCost>> periods = new LinkedHashMap<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      periods.putIfAbsent(label(month.atDay(1), byQuarter), new ArrayList<>());
    }
    for (HireCost hire : hires) {
      periods.get(label(startOf(hire), byQuarter)).add(hire);
    }
    return new StartPeriods(byQuarter, periods);
  }

  /** "month" or "quarter". */
  String unit() {
    return byQuarter ? "quarter" : "month";
  }

  /** The hires of each period ("2026-03" or "2026-Q1"), in time order. */
  Map<String, List<HireCost>> hiresByPeriod() {
    return hiresByPeriod;
  }

  private static String label(LocalDate date, boolean byQuarter) {
    return byQuarter ? Quarter.of(date).toString() : YearMonth.from(date).toString();
  }

  private static LocalDate startOf(HireCost hire) {
    return hire.hire().startDate().orElseThrow();
  }
}
