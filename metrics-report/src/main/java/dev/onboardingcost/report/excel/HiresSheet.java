package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.report.Hours;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The {@code Hires} sheet: one row per hire in start order. Hours and money are {@code SUMIFS} over
 * the {@code Events} sheet, keyed by the hire's number in column A (a number, so no id can act as a
 * wildcard or match another id's case); milestones, systems not granted and the kinds of evidence
 * are values. "Total in statistics" repeats the total of a hire with evidence, and is empty text
 * for a hire without: the statistics on the Summary and Trend sheets are formulas over it.
 */
final class HiresSheet {
  static final String NAME = "Hires";
  static final int NO = 0;
  static final int HIRE = 1;
  static final int NAME_COL = 2;
  static final int TEAM = 3;
  static final int ROLE = 4;
  static final int START = 5;
  static final int HIRE_HOURS = 6;
  static final int COLLEAGUE_HOURS = 7;
  static final int FIRST_CATEGORY = 8;
  static final int HIRE_COST = FIRST_CATEGORY + Category.values().length;
  static final int COLLEAGUE_COST = HIRE_COST + 1;
  static final int TOTAL = COLLEAGUE_COST + 1;

  /**
   * The total of each hire that the statistics use (Summary's mean, median, percentiles, the Trend
   * sheet): the total of a hire with evidence, empty text for a hire without. Its cells are the
   * workbook name {@link #STATISTICS_TOTALS}.
   */
  static final int STATISTICS_TOTAL = TOTAL + 1;

  static final int FIRST_SYSTEM = STATISTICS_TOTAL + 1;

  /** The workbook name of the per-hire totals the statistics use. */
  static final String STATISTICS_TOTALS = "TotalsForStatistics";

  private final Styles styles;
  private final ZoneId zone;
  private final List<String> systems;
  private final List<MilestoneKind> milestones;

  HiresSheet(Styles styles, ZoneId zone, List<String> systems, List<HireCost> hires) {
    this.styles = styles;
    this.zone = zone;
    this.systems = List.copyOf(systems);
    Set<MilestoneKind> reached = EnumSet.noneOf(MilestoneKind.class);
    hires.forEach(h -> reached.addAll(h.daysToMilestone().keySet()));
    this.milestones = new ArrayList<>(reached);
  }

  /** The column of the access-wait hours on the {@code index}-th system (0-based). */
  int systemColumn(int index) {
    return FIRST_SYSTEM + index;
  }

  private int firstMilestone() {
    return FIRST_SYSTEM + systems.size();
  }

  private int notGrantedColumn() {
    return firstMilestone() + milestones.size();
  }

  /** The column of the kinds of evidence: none, logs, survey or logs+survey. */
  int evidenceColumn() {
    return notGrantedColumn() + 3;
  }

  /** Writes the sheet and defines the name {@link #STATISTICS_TOTALS} over its totals. */
  void write(Workbook workbook, Sheet sheet, List<HireCost> hires) {
    List<String> headers =
        new ArrayList<>(
            List.of(
                "#",
                "Hire",
                "Name",
                "Team",
                "Role",
                "Start date",
                "Hire's hours lost",
                "Colleagues' hours lost"));
    for (Category category : Category.values()) {
      headers.add("Cost: " + category.key());
    }
    headers.addAll(
        List.of("Hire's own cost", "Colleagues' cost", "Total cost", "Total in statistics"));
    systems.forEach(s -> headers.add("Access wait hours: " + s));
    milestones.forEach(m -> headers.add("Working days to " + m.key()));
    headers.addAll(List.of("Not granted", "Window start", "Window end", "Evidence"));
    Headers.write(sheet, 0, styles, headers.toArray(String[]::new));
    for (int i = 0; i < headers.size(); i++) {
      sheet.setColumnWidth(i, (i == NO ? 5 : i == NAME_COL ? 18 : 13) * 256);
    }

    int rowIndex = 1;
    for (HireCost hire : hires) {
      Row row = sheet.createRow(rowIndex);
      writeHire(row, rowIndex, hire);
      rowIndex++;
    }
    sheet.createFreezePane(2, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, headers.size() - 1));
    Name totals = workbook.createName();
    totals.setNameName(STATISTICS_TOTALS);
    totals.setRefersToFormula(statisticsTotals(hires.size()));
  }

  private void writeHire(Row row, int number, HireCost hire) {
    Person person = hire.hire();
    int r = row.getRowNum() + 1;
    String key = "$A" + r;
    Cells.number(row, NO, number, styles.integer);
    Cells.text(row, HIRE, person.id().value(), styles.plain);
    Cells.text(row, NAME_COL, person.name(), styles.plain);
    Cells.text(row, TEAM, person.team(), styles.plain);
    Cells.text(row, ROLE, person.role(), styles.plain);
    Cells.date(row, START, person.startDate().orElseThrow(), styles.date);
    String hours = Cells.wholeColumn(EventsSheet.NAME, EventsSheet.HOURS);
    String cost = Cells.wholeColumn(EventsSheet.NAME, EventsSheet.COST);
    String hireNo = Cells.wholeColumn(EventsSheet.NAME, EventsSheet.HIRE_NO);
    String payer = Cells.wholeColumn(EventsSheet.NAME, EventsSheet.PAYER);
    String category = Cells.wholeColumn(EventsSheet.NAME, EventsSheet.CATEGORY);
    String systemNo = Cells.wholeColumn(EventsSheet.NAME, EventsSheet.SYSTEM_NO);
    Cells.formula(
        row,
        HIRE_HOURS,
        Cells.sumifs(hours, hireNo, key, payer, "\"hire\""),
        Hours.ofMinutes(hire.hireMinutes()),
        styles.hours);
    Cells.formula(
        row,
        COLLEAGUE_HOURS,
        Cells.sumifs(hours, hireNo, key, payer, "\"colleague\""),
        Hours.ofMinutes(hire.colleagueMinutes()),
        styles.hours);
    for (Category c : Category.values()) {
      Cells.formula(
          row,
          FIRST_CATEGORY + c.ordinal(),
          Cells.sumifs(cost, hireNo, key, category, "\"" + c.key() + "\""),
          hire.costOf(c),
          styles.money);
    }
    Cells.formula(
        row,
        HIRE_COST,
        Cells.sumifs(cost, hireNo, key, payer, "\"hire\""),
        hire.hireCost(),
        styles.money);
    Cells.formula(
        row,
        COLLEAGUE_COST,
        Cells.sumifs(cost, hireNo, key, payer, "\"colleague\""),
        hire.colleagueCost(),
        styles.money);
    Cells.formula(
        row,
        TOTAL,
        Cells.column(HIRE_COST) + r + "+" + Cells.column(COLLEAGUE_COST) + r,
        hire.totalCost(),
        styles.moneyBold);
    Map<String, BigDecimal> bySystem = hire.accessMinutesBySystem();
    for (int i = 0; i < systems.size(); i++) {
      String system = systems.get(i);
      Cells.formula(
          row,
          systemColumn(i),
          Cells.sumifs(hours, hireNo, key, payer, "\"hire\"", systemNo, String.valueOf(i + 1)),
          Hours.ofMinutes(bySystem.getOrDefault(system, BigDecimal.ZERO)),
          styles.hours);
    }
    for (int i = 0; i < milestones.size(); i++) {
      BigDecimal days = hire.daysToMilestone().get(milestones.get(i));
      if (days != null) {
        Cells.number(row, firstMilestone() + i, days, styles.decimal);
      }
    }
    Cells.text(row, notGrantedColumn(), String.join(", ", hire.notGranted()), styles.plain);
    Cells.dateTime(
        row,
        notGrantedColumn() + 1,
        LocalDateTime.ofInstant(hire.window().start(), zone),
        styles.dateTime);
    Cells.dateTime(
        row,
        notGrantedColumn() + 2,
        LocalDateTime.ofInstant(hire.window().end(), zone),
        styles.dateTime);
    Cells.text(row, evidenceColumn(), hire.evidenceKind().key(), styles.plain);
    String counted =
        "IF($"
            + Cells.column(evidenceColumn())
            + r
            + "=\"none\",\"\","
            + Cells.column(TOTAL)
            + r
            + ")";
    if (hire.evidenceKind().isEvidence()) {
      Cells.formula(row, STATISTICS_TOTAL, counted, hire.totalCost(), styles.money);
    } else {
      Cells.formula(row, STATISTICS_TOTAL, counted, "", styles.money);
    }
  }

  /** The cells of {@link #STATISTICS_TOTAL} of {@code hires} hires (one empty row when none). */
  static String statisticsTotals(int hires) {
    return Cells.range(NAME, STATISTICS_TOTAL, 2, Math.max(2, hires + 1));
  }

  /** The cell of {@link #STATISTICS_TOTAL} on row {@code row} (1-based), absolute. */
  static String statisticsTotal(int row) {
    return NAME + "!$" + Cells.column(STATISTICS_TOTAL) + "$" + row;
  }
}
