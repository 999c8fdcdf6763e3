package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.EvidenceComparison;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.Hours;
import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.quality.HireFinding;
import dev.onboardingcost.report.quality.IdentityMisses;
import dev.onboardingcost.report.quality.Problem;
import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.workspace.Analysis;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The {@code Data quality} sheet: record counts per source, survey against log figures side by
 * side, the hires to check (no evidence, capped, contradicted, required systems with no grant nor
 * request), and every record that was rejected, ignored or outside the window, with file, line and
 * reason.
 */
final class QualitySheet {
  static final String NAME = "Data quality";

  private final Styles styles;
  private final int rowLimit;

  QualitySheet(Styles styles, int rowLimit) {
    this.styles = styles;
    this.rowLimit = rowLimit;
  }

  void write(Sheet sheet, Analysis analysis) {
    DataQuality quality = analysis.quality();
    int[] widths = {16, 14, 34, 10, 14, 80, 12};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    int r = 0;
    Cells.text(sheet.createRow(r++), 0, "Records per source", styles.section);
    Headers.write(
        sheet,
        r++,
        styles,
        new String[] {"Source", "Read", "Used", "Ignored", "Rejected", "Outside window"});
    for (Map.Entry<String, SourceCounts> e : quality.bySource().entrySet()) {
      r = counts(sheet, r, e.getKey(), e.getValue());
    }
    r = counts(sheet, r, "Total", quality.total());
    if (quality.ignoredNotListed() > 0) {
      Cells.text(
          sheet.createRow(r++),
          0,
          quality.ignoredNotListed()
              + " more ignored records are counted above but not listed below.",
          styles.note);
    }
    r++;

    r = identityMisses(sheet, r, quality);

    Cells.text(sheet.createRow(r++), 0, "Survey against logs", styles.section);
    Headers.write(
        sheet,
        r++,
        styles,
        new String[] {
          "Hire", "Category", "Survey hours", "Log hours", "Survey cost", "Log cost", "Counted"
        });
    boolean anyComparison = false;
    for (HireCost hire : analysis.costs().hires()) {
      for (EvidenceComparison c : hire.comparisons()) {
        anyComparison = true;
        Row row = sheet.createRow(r++);
        Cells.text(row, 0, c.hire().value(), styles.plain);
        Cells.text(row, 1, c.category().key(), styles.plain);
        Cells.number(row, 2, Hours.ofMinutes(c.surveyMinutes()), styles.hours);
        Cells.number(row, 3, Hours.ofMinutes(c.logMinutes()), styles.hours);
        Cells.number(
            row, 4, Rounding.money(c.surveyCost(), analysis.costs().currency()), styles.money);
        Cells.number(
            row, 5, Rounding.money(c.logCost(), analysis.costs().currency()), styles.money);
        Cells.text(row, 6, c.counted().name().toLowerCase(Locale.ROOT), styles.plain);
      }
    }
    if (!anyComparison) {
      Cells.text(
          sheet.createRow(r++),
          0,
          "No hire has both survey answers and logs for one category.",
          styles.note);
    }
    r++;

    Cells.text(sheet.createRow(r++), 0, "Hires to check", styles.section);
    Headers.write(sheet, r++, styles, new String[] {"Finding", "Hire", "What it means"});
    List<HireFinding> findings = HireFinding.of(analysis.costs(), quality);
    for (HireFinding finding : findings) {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, finding.kind().label(), styles.plain);
      Cells.text(row, 1, finding.hire().value(), styles.plain);
      Cells.text(row, 2, finding.text(), styles.plain);
    }
    if (findings.isEmpty()) {
      Cells.text(
          sheet.createRow(r++),
          0,
          "None: every hire has evidence, no hire was capped, no wait is contradicted, and every"
              + " required system was granted or asked for.",
          styles.note);
    }
    r++;

    Cells.text(sheet.createRow(r++), 0, "Records not counted", styles.section);
    int header = r;
    Headers.write(
        sheet, r++, styles, new String[] {"Kind", "Source", "File", "Line", "Pointer", "Reason"});
    List<Problem> problems = quality.problems();
    int room = Math.max(0, rowLimit - r - 1);
    int listed = Math.min(problems.size(), room);
    for (int i = 0; i < listed; i++) {
      Problem p = problems.get(i);
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), styles.plain);
      Cells.text(row, 1, p.source(), styles.plain);
      Cells.text(row, 2, p.ref().file(), styles.plain);
      if (p.ref().line() > 0) {
        Cells.number(row, 3, p.ref().line(), styles.integer);
      }
      Cells.text(row, 4, p.ref().pointer(), styles.plain);
      Cells.text(row, 5, p.reason(), styles.plain);
    }
    if (problems.isEmpty()) {
      Cells.text(sheet.createRow(r++), 0, "None: every record was counted.", styles.note);
    } else if (listed < problems.size()) {
      Cells.text(
          sheet.createRow(r++),
          0,
          (problems.size() - listed) + " more records are counted above but do not fit here.",
          styles.note);
    }
    sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, r - 1), 0, 5));
  }

  /** Per source, the log identities that matched no one in people.csv (a missing alias?). */
  private int identityMisses(Sheet sheet, int r, DataQuality quality) {
    Cells.text(sheet.createRow(r++), 0, "Log identities that match no one", styles.section);
    Headers.write(
        sheet,
        r++,
        styles,
        new String[] {"Source", "Identities", "Most frequent (add as aliases)"});
    Map<String, IdentityMisses> misses = quality.identityMisses();
    for (Map.Entry<String, IdentityMisses> e : misses.entrySet()) {
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, e.getKey(), styles.plain);
      Cells.number(row, 1, e.getValue().count(), styles.integer);
      Cells.text(row, 2, String.join(", ", e.getValue().top()), styles.plain);
    }
    if (misses.isEmpty()) {
      Cells.text(sheet.createRow(r++), 0, "None: every log identity matched someone.", styles.note);
    }
    return r + 1;
  }

  private int counts(Sheet sheet, int r, String source, SourceCounts c) {
    Row row = sheet.createRow(r);
    Cells.text(row, 0, source, "Total".equals(source) ? styles.section : styles.plain);
    Cells.number(row, 1, c.read(), styles.integer);
    Cells.number(row, 2, c.used(), styles.integer);
    Cells.number(row, 3, c.ignored(), styles.integer);
    Cells.number(row, 4, c.rejected(), styles.integer);
    Cells.number(row, 5, c.outsideWindow(), styles.integer);
    return r + 1;
  }
}
