package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.Assumptions;
import dev.onboardingcost.core.cost.CostSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The {@code Assumptions} sheet: every setting the figures rest on, each with what it means and
 * where its default comes from, and the rate table the money formulas read. Defines the names
 * {@code RefocusMinutes}, {@code ProvisioningMinutes}, {@code DefaultRate} and {@code RateValues}.
 */
final class AssumptionsSheet {
  static final String NAME = "Assumptions";
  static final String REFOCUS_SOURCE =
      "Gloria Mark, Daniela Gudith, Ulrich Klocke: \"The Cost of Interrupted Work: More Speed and"
          + " Stress\", CHI 2008 (about 23 minutes to resume an interrupted task)";
  private static final String CONFIG = "onboarding.yaml";

  private final Styles styles;

  AssumptionsSheet(Styles styles) {
    this.styles = styles;
  }

  void write(Workbook workbook, Sheet sheet, CostSettings settings, RateTable rates) {
    Headers.write(
        sheet,
        styles,
        new String[] {"Setting", "Value", "Unit", "What it means", "Source of the default"},
        new int[] {34, 14, 16, 70, 60});
    Assumptions a = settings.assumptions();
    int r = 1;
    r =
        textRow(
            sheet,
            r,
            "currency",
            settings.currency().getCurrencyCode(),
            "ISO 4217",
            "All money in this workbook is in this currency.",
            CONFIG + " (required)");
    int refocusRow = r;
    r =
        numberRow(
            sheet,
            r,
            "context_switch_minutes",
            a.contextSwitchMinutes(),
            "minutes",
            "A helper's refocus cost per interruption, added to every help request. Live: Events"
                + " hours follow this cell.",
            REFOCUS_SOURCE);
    r =
        numberRow(
            sheet,
            r,
            "blocked_fraction",
            a.blockedFraction(),
            "share of time",
            "Share of a hire's waiting time that is lost. Already applied to the access-wait hours"
                + " (change it in "
                + CONFIG
                + " and run again).",
            "1.0: waiting time is fully lost unless said otherwise (project default)");
    for (Map.Entry<String, BigDecimal> e : a.blockedFractionBySystem().entrySet()) {
      r =
          numberRow(
              sheet,
              r,
              "blocked_fraction_by_system." + e.getKey(),
              e.getValue(),
              "share of time",
              "Share of waiting time lost while waiting for this system. Already"
                  + " applied to the access-wait hours.",
              "e.g. vpn 0.5: without VPN a hire can still do part of the work (project default)");
    }
    r =
        numberRow(
            sheet,
            r,
            "help_minutes",
            a.helpMinutes(),
            "minutes",
            "Helper minutes per help request when no duration is known. Already applied to the"
                + " base hours of such requests.",
            "15 minutes: a short question answered (project default)");
    int provisioningRow = r;
    r =
        numberRow(
            sheet,
            r,
            "provisioning_minutes_per_hire",
            a.provisioningMinutesPerHire(),
            "minutes",
            "Manual set-up minutes for a hire with no provisioning event. Live: the"
                + " (assumption) rows of Events follow this cell.",
            "0: only recorded provisioning counts unless set (project default)");
    r =
        textRow(
            sheet,
            r,
            "provisioning_role",
            a.provisioningRole(),
            "role",
            "Whose rate the default provisioning minutes are paid at.",
            "ops (project default)");
    r =
        numberRow(
            sheet,
            r,
            "window_working_days",
            BigDecimal.valueOf(settings.windowWorkingDays()),
            "working days",
            "A hire's onboarding window, counted from the start date.",
            "20 working days: the first month (project default)");
    r =
        textRow(
            sheet,
            r,
            "precedence",
            settings.precedence().name().toLowerCase(java.util.Locale.ROOT),
            "logs | survey | sum",
            "Which evidence counts where a hire has both survey answers and logs for a category.",
            "logs: measured beats remembered (project default)");

    r++;
    int rateHeader = r;
    Headers.write(
        sheet,
        rateHeader,
        styles,
        new String[] {"Rate basis", "Per hour", "Unit", "Who is paid at this rate", "Rate #"});
    r++;
    int firstRate = r;
    List<RateTable.Entry> entries = rates.entries();
    for (int i = 0; i < entries.size(); i++) {
      RateTable.Entry entry = entries.get(i);
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, entry.basis().toString(), styles.plain);
      Cells.number(row, 1, entry.perHour(), styles.money);
      Cells.text(row, 2, settings.currency().getCurrencyCode() + " per hour", styles.plain);
      Cells.text(row, 3, entry.meaning(), styles.wrap);
      Cells.number(row, 4, i + 1, styles.integer);
    }
    int lastRate = r - 1;
    Row hint = sheet.createRow(r + 1);
    Cells.text(
        hint,
        0,
        "Change a rate or context_switch_minutes above: every hour and cost in"
            + " Events, Hires, Systems and Summary follows.",
        styles.note);

    define(workbook, "RefocusMinutes", "$B$" + (refocusRow + 1));
    define(workbook, "ProvisioningMinutes", "$B$" + (provisioningRow + 1));
    define(workbook, "DefaultRate", "$B$" + (firstRate + 1));
    define(workbook, "RateValues", "$B$" + (firstRate + 1) + ":$B$" + (lastRate + 1));
    sheet.createFreezePane(0, 1);
  }

  private static void define(Workbook workbook, String name, String cells) {
    Name defined = workbook.createName();
    defined.setNameName(name);
    defined.setRefersToFormula(NAME + "!" + cells);
  }

  private int numberRow(
      Sheet sheet,
      int r,
      String key,
      BigDecimal value,
      String unit,
      String meaning,
      String source) {
    Row row = sheet.createRow(r);
    Cells.text(row, 0, key, styles.plain);
    Cells.number(row, 1, value, styles.fraction);
    finish(row, unit, meaning, source);
    return r + 1;
  }

  private int textRow(
      Sheet sheet, int r, String key, String value, String unit, String meaning, String source) {
    Row row = sheet.createRow(r);
    Cells.text(row, 0, key, styles.plain);
    Cells.text(row, 1, value, styles.plain);
    finish(row, unit, meaning, source);
    return r + 1;
  }

  private void finish(Row row, String unit, String meaning, String source) {
    Cells.text(row, 2, unit, styles.plain);
    Cells.text(row, 3, meaning, styles.wrap);
    Cells.text(row, 4, source, styles.wrap);
  }
}
