package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.Assumptions;
import dev.onboardingcost.core.cost.CostSettings;
import dev.onboardingcost.core.plan.HiringPlan;
import dev.onboardingcost.core.time.WorkCalendar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The {@code Assumptions} sheet: every setting the figures rest on, each with what it means and
 * where its default comes from. Only the cells a formula reads are inputs (yellow, unlocked):
 * {@code context_switch_minutes}, {@code provisioning_minutes_per_hire} while some hire has an
 * (assumption) provisioning row, and the rate table. Every other setting is already applied to the
 * hours of this run, so it stands in a separate block of fixed facts (grey) that says where to
 * change it. Defines the names {@code RefocusMinutes}, {@code ProvisioningMinutes}, {@code
 * DefaultRate} and {@code RateValues}.
 */
final class AssumptionsSheet {
  static final String NAME = "Assumptions";
  static final String REFOCUS_SOURCE =
      "Gloria Mark, Daniela Gudith, Ulrich Klocke: \"The Cost of Interrupted Work: More Speed and"
          + " Stress\", CHI 2008 (about 23 minutes to resume an interrupted task)";
  private static final String CONFIG = "onboarding.yaml";

  /** What a fixed fact says about changing it. */
  static final String RERUN = "set in onboarding.yaml; run the report again to change it";

  static final String PLAN_RERUN = "set in plan.yaml; run the report again to change it";

  /** The titles of the block of inputs and of the blocks of fixed facts. */
  static final String INPUTS =
      "Inputs: change a yellow cell and every figure that rests on it follows";

  static final String FIXED = "Fixed for this run";

  private static final String PROVISIONING_KEY = "provisioning_minutes_per_hire";
  private static final String PROVISIONING_SOURCE =
      "0: only recorded provisioning counts unless set (project default)";
  private static final String[] COLUMNS = {
    "Setting", "Value", "Unit", "What it means", "Source of the default"
  };

  private final Styles styles;

  AssumptionsSheet(Styles styles) {
    this.styles = styles;
  }

  /**
   * Writes the sheet.
   *
   * @param provisioningLive whether some row of {@code Events} reads {@code
   *     provisioning_minutes_per_hire} (a hire with no provisioning event, at a non-zero setting)
   * @param plan the workspace's plan.yaml, when it has one
   */
  void write(
      Workbook workbook,
      Sheet sheet,
      CostSettings settings,
      RateTable rates,
      boolean provisioningLive,
      Optional<HiringPlan> plan) {
    Headers.write(sheet, styles, COLUMNS, new int[] {34, 16, 16, 70, 60});
    Assumptions a = settings.assumptions();
    int r = 1;
    Cells.text(sheet.createRow(r++), 0, INPUTS, styles.section);
    int refocusRow = r;
    r =
        input(
            sheet,
            r,
            "context_switch_minutes",
            a.contextSwitchMinutes(),
            "minutes",
            "A helper's refocus cost per interruption, added to every help request. Live: the"
                + " Events hours follow this cell.",
            REFOCUS_SOURCE);
    int provisioningRow = r;
    if (provisioningLive) {
      r =
          input(
              sheet,
              r,
              PROVISIONING_KEY,
              a.provisioningMinutesPerHire(),
              "minutes",
              "Manual set-up minutes for a hire with no provisioning event. Live: the (assumption)"
                  + " rows of Events follow this cell.",
              PROVISIONING_SOURCE);
    }

    r++;
    Headers.write(
        sheet,
        r++,
        styles,
        new String[] {"Rate basis", "Per hour", "Unit", "Who is paid at this rate", "Rate #"});
    int firstRate = r;
    List<RateTable.Entry> entries = rates.entries();
    for (int i = 0; i < entries.size(); i++) {
      RateTable.Entry entry = entries.get(i);
      Row row = sheet.createRow(r++);
      Cells.text(row, 0, entry.basis().toString(), styles.plain);
      Cells.number(row, 1, entry.perHour(), styles.inputMoney);
      Cells.text(row, 2, settings.currency().getCurrencyCode() + " per hour", styles.plain);
      Cells.text(row, 3, entry.meaning(), styles.wrap);
      Cells.number(row, 4, i + 1, styles.integer);
    }
    int lastRate = r - 1;
    r++;
    Cells.text(
        sheet.createRow(r++),
        0,
        "Change a yellow cell above: every hour and cost in Events, Hires, Systems, Summary, Trend"
            + " and the charts follows.",
        styles.note);

    FixedRows fixed = new FixedRows(sheet, r + 1, RERUN);
    fixed.text(
        "currency",
        settings.currency().getCurrencyCode(),
        "ISO 4217",
        "All money in this workbook is in this currency.",
        CONFIG + " (required)");
    WorkCalendar calendar = settings.calendar();
    fixed.text(
        "calendar.timezone",
        calendar.zone().getId(),
        "time zone",
        "Timestamps without an offset are read in this zone; working time is measured in it.",
        "the zone of onboarding.yaml's example (project default)");
    fixed.text(
        "calendar.workday",
        calendar.workdayStart() + " to " + calendar.workdayEnd(),
        "local time",
        "The working hours of a day: waits count only inside them.",
        "09:00 to 17:00 (project default)");
    fixed.text(
        "calendar.workdays",
        calendar.workdays().stream()
            .sorted()
            .map(d -> d.name().substring(0, 3))
            .collect(Collectors.joining(", ")),
        "days of the week",
        "The working days of a week.",
        "MON to FRI (project default)");
    fixed.text(
        "calendar.holidays",
        calendar.holidays().isEmpty()
            ? "none"
            : calendar.holidays().stream()
                .sorted()
                .map(Object::toString)
                .collect(Collectors.joining(", ")),
        "dates",
        "Days that are never working time.",
        "none (project default)");
    fixed.number(
        "window_working_days",
        BigDecimal.valueOf(settings.windowWorkingDays()),
        "working days",
        "A hire's onboarding window, counted from the start date. Already applied to which"
            + " events count and to the cap on a hire's lost time.",
        "20 working days: the first month (project default)");
    fixed.number(
        "help_minutes",
        a.helpMinutes(),
        "minutes",
        "Helper minutes per help request when no duration is known. Already applied to the base"
            + " hours of such requests.",
        "15 minutes: a short question answered (project default)");
    fixed.number(
        "blocked_fraction",
        a.blockedFraction(),
        "share of time",
        "Share of a hire's waiting time that is lost. Already applied to the access-wait hours.",
        "1.0: waiting time is fully lost unless said otherwise (project default)");
    for (Map.Entry<String, BigDecimal> e : new TreeMap<>(a.blockedFractionBySystem()).entrySet()) {
      fixed.number(
          "blocked_fraction_by_system." + e.getKey(),
          e.getValue(),
          "share of time",
          "Share of waiting time lost while waiting for this system. Already applied to the"
              + " access-wait hours.",
          "e.g. vpn 0.5: without VPN a hire can still do part of the work (project default)");
    }
    if (!provisioningLive) {
      provisioningRow = fixed.row();
      fixed.number(
          PROVISIONING_KEY,
          a.provisioningMinutesPerHire(),
          "minutes",
          "Manual set-up minutes for a hire with no provisioning event. No hire of this run has"
              + " an (assumption) provisioning row on Events for a formula to follow.",
          PROVISIONING_SOURCE);
    }
    fixed.text(
        "provisioning_role",
        a.provisioningRole(),
        "role",
        "Whose rate the default provisioning minutes are paid at (its rate above is live).",
        "ops (project default)");
    fixed.text(
        "precedence",
        settings.precedence().name().toLowerCase(Locale.ROOT),
        "logs | survey | sum",
        "Which evidence counts where a hire has both survey answers and logs for a category.",
        "logs: measured beats remembered (project default)");
    r = fixed.row();
    if (plan.isPresent()) {
      FixedRows planRows = new FixedRows(sheet, r + 1, PLAN_RERUN);
      planRows.number(
          "simulations",
          BigDecimal.valueOf(plan.get().simulations()),
          "draws",
          "Draws of each quarter's total behind the forecast band.",
          "10,000 (project default)");
      planRows.number(
          "seed",
          BigDecimal.valueOf(plan.get().seed()),
          "seed",
          "The seed of the draws: the same seed gives the same band.",
          "7 (project default)");
    }

    define(workbook, "RefocusMinutes", "$B$" + (refocusRow + 1));
    define(workbook, "ProvisioningMinutes", "$B$" + (provisioningRow + 1));
    define(workbook, "DefaultRate", "$B$" + (firstRate + 1));
    define(workbook, "RateValues", "$B$" + (firstRate + 1) + ":$B$" + (lastRate + 1));
    sheet.createFreezePane(0, 1);
  }

  /** A section of fixed facts: its title and column headers, then one row per fact. */
  private final class FixedRows {
    private final Sheet sheet;
    private final String howToChange;
    private int next;

    /** A section whose title is on row {@code titleRow} (0-based). */
    FixedRows(Sheet sheet, int titleRow, String howToChange) {
      Cells.text(sheet.createRow(titleRow), 0, FIXED + ": " + howToChange, styles.section);
      Headers.write(sheet, titleRow + 1, styles, COLUMNS);
      this.sheet = sheet;
      this.next = titleRow + 2;
      this.howToChange = howToChange;
    }

    int row() {
      return next;
    }

    void number(String key, BigDecimal value, String unit, String meaning, String source) {
      Row row = sheet.createRow(next++);
      Cells.text(row, 0, key, styles.plain);
      Cells.number(row, 1, value, styles.fixed);
      finish(row, unit, meaning + " Fixed: " + howToChange + ".", source);
    }

    void text(String key, String value, String unit, String meaning, String source) {
      Row row = sheet.createRow(next++);
      Cells.text(row, 0, key, styles.plain);
      Cells.text(row, 1, value, styles.fixed);
      finish(row, unit, meaning + " Fixed: " + howToChange + ".", source);
    }
  }

  private static void define(Workbook workbook, String name, String cells) {
    Name defined = workbook.createName();
    defined.setNameName(name);
    defined.setRefersToFormula(NAME + "!" + cells);
  }

  private int input(
      Sheet sheet,
      int r,
      String key,
      BigDecimal value,
      String unit,
      String meaning,
      String source) {
    Row row = sheet.createRow(r);
    Cells.text(row, 0, key, styles.plain);
    Cells.number(row, 1, value, styles.inputNumber);
    finish(row, unit, meaning, source);
    return r + 1;
  }

  private void finish(Row row, String unit, String meaning, String source) {
    Cells.text(row, 2, unit, styles.plain);
    Cells.text(row, 3, meaning, styles.wrap);
    Cells.text(row, 4, source, styles.wrap);
  }
}
