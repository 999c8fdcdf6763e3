package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.plan.Fix;
import dev.onboardingcost.core.plan.FixEffect;
import dev.onboardingcost.core.plan.FixPayback;
import dev.onboardingcost.core.plan.FixPlan;
import dev.onboardingcost.core.plan.FixTargets;
import dev.onboardingcost.core.stats.GroupComparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The {@code Fixes} sheet (docs/method.md), in three blocks.
 *
 * <p><b>Candidates</b>, in the engine's payback order: every figure that depends on a rate is a
 * formula. The targeted cost per hire averages the baseline hires' cells of the third block;
 * savings per hire = reduction × that; one-off cost = one-off hours × {@code DefaultRate} (or the
 * fixed one-off cost); recurring cost = recurring hours × {@code DefaultRate} + the fixed recurring
 * cost; net savings per quarter = savings × hires per quarter − recurring cost; payback in quarters
 * = one-off / net, in hires = one-off / (net / hires per quarter), both "never" when net savings
 * are zero or less.
 *
 * <p><b>Fix effects</b>, for the fixes live by the last hire's start: hires and mean targeted cost
 * before and after {@code live_from} and their ratio as formulas over the third block; the 95%
 * interval, p-value and hires needed are values of this run (resampled, not recalculated) and
 * marked so.
 *
 * <p><b>Targeted cost of each hire</b>: per hire and fix, a {@code SUMIFS} over the cost column of
 * {@code Events}, keyed by the hire's number (as on {@code Hires}) and the fix's category and
 * system number, so every cell follows the rates.
 */
final class FixesSheet {
  static final String NAME = "Fixes";

  /** Candidate columns (0-based). */
  static final int FIX = 0;

  static final int TARGETS = 1;
  static final int REDUCTION = 2;
  static final int TARGETED = 3;
  static final int SAVINGS = 4;
  static final int HIRES_PER_QUARTER = 5;
  static final int ONE_OFF_HOURS = 6;
  static final int ONE_OFF = 7;
  static final int RECURRING_HOURS = 8;
  static final int RECURRING = 9;
  static final int NET = 10;
  static final int PAYBACK_QUARTERS = 11;
  static final int PAYBACK = 12;
  static final int FIRST_QUARTER = 13;
  static final int LIVE_FROM = 14;
  static final int REASON = 15;

  /** Fix-effect columns (0-based). */
  static final int EFFECT_LIVE_FROM = 1;

  static final int EFFECT_TARGETS = 2;
  static final int BEFORE_HIRES = 3;
  static final int BEFORE_MEAN = 4;
  static final int AFTER_HIRES = 5;
  static final int AFTER_MEAN = 6;
  static final int RATIO = 7;
  static final int RATIO_LOW = 8;
  static final int RATIO_HIGH = 9;
  static final int P_VALUE = 10;
  static final int HIRES_NEEDED = 11;
  static final int VERDICT = 12;

  /** Per-hire columns (0-based); fix {@code k} of fixes.yaml is column {@code FIRST_FIX + k}. */
  static final int HIRE_NO = 0;

  static final int HIRE_ID = 1;
  static final int HIRE_START = 2;
  static final int IN_BASELINE = 3;
  static final int FIRST_FIX = 4;

  static final String NEVER = "never";
  static final String THIS_RUN =
      "Interval, p-value and hires needed: values of this run (resampled from the costs); they do"
          + " not follow a changed rate. Run the report again to refresh them.";

  private final Styles styles;
  private final Map<String, Integer> systemNumbers;

  FixesSheet(Styles styles, Map<String, Integer> systemNumbers) {
    this.styles = styles;
    this.systemNumbers = Map.copyOf(systemNumbers);
  }

  /** Where the blocks start (0-based rows), worked out before any row is written. */
  record Layout(int effectsHeader, int hiresTitle, int firstHire) {
    static Layout of(int candidates, int effects) {
      int effectsHeader = Math.max(candidates, 1) + 4;
      int hiresTitle = effectsHeader + Math.max(effects, 1) + 3;
      return new Layout(effectsHeader, hiresTitle, hiresTitle + 2);
    }
  }

  /**
   * The Fixes sheet.
   *
   * @param plan the fixes of fixes.yaml, if the workspace has the file
   * @param hires the hires the statistics use, in the order of the {@code Hires} sheet
   * @param baseline the hires whose targeted cost gives the candidates' savings
   * @param candidates the candidates, ranked
   * @param effects the live fixes, measured
   * @param firstQuarterHires the hires of the plan's first quarter, if there is a plan
   */
  void write(
      Sheet sheet,
      Optional<FixPlan> plan,
      List<HireCost> hires,
      List<HireCost> baseline,
      List<FixPayback> candidates,
      List<FixEffect> effects,
      Optional<Integer> firstQuarterHires) {
    Headers.write(
        sheet,
        styles,
        new String[] {
          "Fix",
          "Targets",
          "Reduction",
          "Targeted cost per hire (baseline)",
          "Savings per hire",
          "Hires per quarter",
          "One-off hours",
          "One-off cost",
          "Recurring hours per quarter",
          "Recurring cost per quarter",
          "Net savings per quarter",
          "Payback (quarters)",
          "Payback (hires)",
          "Savings in the plan's first quarter",
          "Live from",
          "Why no payback"
        },
        new int[] {40, 18, 10, 16, 14, 10, 10, 14, 12, 14, 14, 11, 11, 16, 12, 50});
    if (plan.isEmpty()) {
      Cells.text(
          sheet.createRow(1),
          0,
          Cells.NOT_COMPUTED + ": add fixes.yaml to the workspace to rank fixes by payback.",
          styles.note);
      return;
    }
    List<Fix> fixes = plan.get().fixes();
    Map<String, Integer> fixColumns = new LinkedHashMap<>();
    fixes.forEach(f -> fixColumns.put(f.name(), FIRST_FIX + fixColumns.size()));
    Layout layout = Layout.of(candidates.size(), effects.size());
    PerHire perHire = new PerHire(layout.firstHire() + 1, layout.firstHire() + hires.size());

    int r = 1;
    if (candidates.isEmpty()) {
      Cells.text(sheet.createRow(r++), 0, "No candidate fix: every fix is live.", styles.note);
    }
    for (FixPayback fix : candidates) {
      writeCandidate(
          sheet.createRow(r++), fix, perHire, fixColumns.get(fix.fix().name()), firstQuarterHires);
    }
    Cells.text(
        sheet.createRow(r + 1),
        0,
        "Candidates: fixes without live_from, or live after the last hire's start. Net savings per"
            + " quarter = savings per hire × hires per quarter − recurring cost; payback = one-off"
            + " cost / net savings per quarter (in hires: / (net / hires per quarter)). Change"
            + " DefaultRate in Assumptions and every cost here follows.",
        styles.note);

    Row effectsTitle = sheet.createRow(layout.effectsHeader() - 1);
    Cells.text(
        effectsTitle,
        0,
        "Fix effects: fixes live by the last hire's start, targeted cost per hire before and after",
        styles.section);
    Headers.write(
        sheet,
        layout.effectsHeader(),
        styles,
        new String[] {
          "Fix",
          "Live from",
          "Targets",
          "Hires before",
          "Mean before",
          "Hires after",
          "Mean after",
          "Ratio (after / before)",
          "95% interval low (this run)",
          "95% interval high (this run)",
          "p-value (this run)",
          "Hires needed per side (this run)",
          "Verdict"
        });
    r = layout.effectsHeader() + 1;
    if (effects.isEmpty()) {
      Cells.text(sheet.createRow(r++), 0, "No fix has a live_from by the last hire.", styles.note);
    }
    for (FixEffect effect : effects) {
      writeEffect(sheet.createRow(r++), effect, perHire, fixColumns.get(effect.fix().name()));
    }
    Cells.text(sheet.createRow(r), 0, THIS_RUN, styles.note);

    Cells.text(
        sheet.createRow(layout.hiresTitle()),
        0,
        "Targeted cost of each hire (the figures above average these cells)",
        styles.section);
    Row header = sheet.createRow(layout.hiresTitle() + 1);
    Cells.text(header, HIRE_NO, "#", styles.header);
    Cells.text(header, HIRE_ID, "Hire", styles.header);
    Cells.text(header, HIRE_START, "Start date", styles.header);
    Cells.text(header, IN_BASELINE, "In baseline (1 = yes)", styles.header);
    for (Fix fix : fixes) {
      Cells.text(header, fixColumns.get(fix.name()), fix.name(), styles.header);
    }
    Set<PersonId> inBaseline = new HashSet<>();
    baseline.forEach(h -> inBaseline.add(h.hire().id()));
    for (int i = 0; i < hires.size(); i++) {
      HireCost hire = hires.get(i);
      Row row = sheet.createRow(layout.firstHire() + i);
      Cells.number(row, HIRE_NO, i + 1, styles.integer);
      Cells.text(row, HIRE_ID, hire.hire().id().value(), styles.plain);
      Cells.date(row, HIRE_START, hire.hire().startDate().orElseThrow(), styles.date);
      Cells.number(row, IN_BASELINE, inBaseline.contains(hire.hire().id()) ? 1 : 0, styles.integer);
      for (Fix fix : fixes) {
        writeTargeted(row, fixColumns.get(fix.name()), fix, hire);
      }
    }
  }

  private void writeCandidate(
      Row row,
      FixPayback fix,
      PerHire perHire,
      int fixColumn,
      Optional<Integer> firstQuarterHires) {
    int r = row.getRowNum() + 1;
    Fix f = fix.fix();
    Cells.text(row, FIX, f.name(), styles.plain);
    Cells.text(row, TARGETS, f.targets().toString(), styles.plain);
    Cells.number(row, REDUCTION, f.reduction(), styles.fraction);
    String fixCells = perHire.column(fixColumn);
    String baselineCells = perHire.column(IN_BASELINE);
    Cells.formula(
        row,
        TARGETED,
        Cells.sumifs(fixCells, baselineCells, "1") + "/MAX(1,COUNTIF(" + baselineCells + ",1))",
        fix.targetedCostPerHire(),
        styles.money);
    Cells.formula(
        row, SAVINGS, at(REDUCTION, r) + "*" + at(TARGETED, r), fix.savingsPerHire(), styles.money);
    Cells.number(row, HIRES_PER_QUARTER, fix.hiresPerQuarter(), styles.decimal);
    if (f.oneOffCost().isPresent()) {
      Cells.number(row, ONE_OFF, fix.oneOffCost(), styles.money);
    } else {
      Cells.number(row, ONE_OFF_HOURS, f.oneOffHours().orElse(BigDecimal.ZERO), styles.hours);
      Cells.formula(
          row, ONE_OFF, at(ONE_OFF_HOURS, r) + "*DefaultRate", fix.oneOffCost(), styles.money);
    }
    Cells.number(row, RECURRING_HOURS, f.recurringHoursPerQuarter(), styles.hours);
    Cells.formula(
        row,
        RECURRING,
        at(RECURRING_HOURS, r)
            + "*DefaultRate"
            + f.recurringCostPerQuarter().map(c -> "+" + c.toPlainString()).orElse(""),
        fix.recurringCostPerQuarter(),
        styles.money);
    Cells.formula(
        row,
        NET,
        at(SAVINGS, r) + "*" + at(HIRES_PER_QUARTER, r) + "-" + at(RECURRING, r),
        fix.netSavingsPerQuarter(),
        styles.money);
    String net = at(NET, r);
    payback(
        row,
        PAYBACK_QUARTERS,
        "IF(" + net + "<=0,\"" + NEVER + "\"," + at(ONE_OFF, r) + "/" + net + ")",
        fix.paybackQuarters());
    payback(
        row,
        PAYBACK,
        "IF("
            + net
            + "<=0,\""
            + NEVER
            + "\","
            + at(ONE_OFF, r)
            + "/("
            + net
            + "/"
            + at(HIRES_PER_QUARTER, r)
            + "))",
        fix.paybackHires());
    if (fix.firstQuarterSavings().isPresent() && firstQuarterHires.isPresent()) {
      Cells.formula(
          row,
          FIRST_QUARTER,
          at(SAVINGS, r) + "*" + firstQuarterHires.get() + "-" + at(RECURRING, r),
          fix.firstQuarterSavings().get(),
          styles.money);
    }
    f.liveFrom().ifPresent(date -> Cells.date(row, LIVE_FROM, date, styles.date));
    fix.reason().ifPresent(reason -> Cells.text(row, REASON, reason, styles.plain));
  }

  private void payback(Row row, int col, String formula, Optional<BigDecimal> engine) {
    if (engine.isPresent()) {
      Cells.formula(row, col, formula, engine.get(), styles.decimal);
    } else {
      Cell cell = row.createCell(col);
      cell.setCellFormula(formula);
      cell.setCellValue(NEVER);
      cell.setCellStyle(styles.plain);
    }
  }

  private void writeEffect(Row row, FixEffect effect, PerHire perHire, int fixColumn) {
    int r = row.getRowNum() + 1;
    GroupComparison c = effect.comparison();
    LocalDate live = effect.liveFrom();
    String date =
        "DATE(" + live.getYear() + "," + live.getMonthValue() + "," + live.getDayOfMonth() + ")";
    String starts = perHire.column(HIRE_START);
    String costs = perHire.column(fixColumn);
    Cells.text(row, FIX, effect.fix().name(), styles.plain);
    Cells.date(row, EFFECT_LIVE_FROM, live, styles.date);
    Cells.text(row, EFFECT_TARGETS, effect.fix().targets().toString(), styles.plain);
    Cells.number(row, BEFORE_HIRES, c.earlier().hires(), styles.integer);
    Cells.number(row, AFTER_HIRES, c.later().hires(), styles.integer);
    mean(row, BEFORE_MEAN, costs, starts, "\"<\"&" + date, c.earlier().mean());
    mean(row, AFTER_MEAN, costs, starts, "\">=\"&" + date, c.later().mean());
    if (c.ratio().isPresent()) {
      Cells.formula(
          row,
          RATIO,
          at(AFTER_MEAN, r) + "/" + at(BEFORE_MEAN, r),
          c.ratio().get(),
          styles.fraction);
    } else {
      Cells.text(row, RATIO, c.reason().orElse("-"), styles.plain);
    }
    c.ratioInterval()
        .ifPresent(
            i -> {
              Cells.number(row, RATIO_LOW, i.lower(), styles.fraction);
              Cells.number(row, RATIO_HIGH, i.upper(), styles.fraction);
            });
    if (c.pValue().isPresent()) {
      Cells.number(row, P_VALUE, c.pValue().getAsDouble(), styles.fraction);
    }
    c.hiresNeeded().ifPresent(n -> Cells.text(row, HIRES_NEEDED, n.toString(), styles.plain));
    Cells.text(row, VERDICT, effect.verdict().words(), styles.plain);
  }

  private void mean(
      Row row,
      int col,
      String costs,
      String starts,
      String criterion,
      Optional<BigDecimal> engine) {
    if (engine.isEmpty()) {
      Cells.text(row, col, "-", styles.plain);
      return;
    }
    Cells.formula(
        row,
        col,
        "AVERAGEIFS(" + costs + "," + starts + "," + criterion + ")",
        engine.get(),
        styles.money);
  }

  /** A hire's targeted cost for {@code fix}: a SUMIFS over Events, or 0 for an unknown system. */
  private void writeTargeted(Row row, int col, Fix fix, HireCost hire) {
    FixTargets targets = fix.targets();
    BigDecimal cost = fix.targetedCostOf(hire);
    Optional<Integer> systemNo = targets.system().map(systemNumbers::get);
    if (targets.system().isPresent() && systemNo.isEmpty()) {
      Cells.number(row, col, cost, styles.money);
      return;
    }
    List<String> criteria = new ArrayList<>();
    criteria.add(Cells.wholeColumn(EventsSheet.NAME, EventsSheet.HIRE_NO));
    criteria.add("$A" + (row.getRowNum() + 1));
    targets
        .category()
        .ifPresent(
            c -> {
              criteria.add(Cells.wholeColumn(EventsSheet.NAME, EventsSheet.CATEGORY));
              criteria.add("\"" + c.key() + "\"");
            });
    systemNo.ifPresent(
        n -> {
          criteria.add(Cells.wholeColumn(EventsSheet.NAME, EventsSheet.SYSTEM_NO));
          criteria.add(String.valueOf(n));
        });
    String sum = Cells.wholeColumn(EventsSheet.NAME, EventsSheet.COST);
    Cells.formula(row, col, Cells.sumifs(sum, criteria.toArray(String[]::new)), cost, styles.money);
  }

  /** The A1 name of {@code col} in 1-based row {@code r}, e.g. {@code D2}. */
  private static String at(int col, int r) {
    return Cells.column(col) + r;
  }

  /** The rows of the per-hire block (1-based, inclusive). */
  private record PerHire(int firstRow, int lastRow) {
    /** An absolute range of {@code col} over the hires, e.g. {@code $E$12:$E$51}. */
    String column(int col) {
      String c = Cells.column(col);
      int last = Math.max(firstRow, lastRow);
      return "$" + c + "$" + firstRow + ":$" + c + "$" + last;
    }
  }
}
