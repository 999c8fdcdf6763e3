package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.plan.FixPayback;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The {@code Fixes} sheet, from the engine's {@link FixPayback}s of fixes.yaml. A fix's payback is
 * the live formula {@code one-off cost / savings per hire}. Without fixes.yaml the sheet keeps its
 * headers and says what would fill it.
 */
final class FixesSheet {
  static final String NAME = "Fixes";

  /** Fixes columns (0-based). */
  static final int FIX = 0;

  static final int SAVINGS = 1;
  static final int ONE_OFF = 2;
  static final int PAYBACK = 3;
  static final int FIRST_QUARTER = 4;
  static final int RECURRING = 5;
  static final int TARGETED = 6;
  static final int TARGETS = 7;
  static final int REDUCTION = 8;
  static final int REASON = 9;

  private final Styles styles;

  FixesSheet(Styles styles) {
    this.styles = styles;
  }

  /**
   * The Fixes sheet, in the engine's payback order.
   *
   * @param hasFixesFile whether the workspace has fixes.yaml
   */
  void write(Sheet sheet, boolean hasFixesFile, List<FixPayback> fixes) {
    Headers.write(
        sheet,
        styles,
        new String[] {
          "Fix",
          "Savings per hire",
          "One-off cost",
          "Payback (hires)",
          "Savings in the plan's first quarter",
          "Recurring cost per quarter",
          "Targeted cost per hire",
          "Targets",
          "Reduction",
          "Why no payback"
        },
        new int[] {40, 14, 14, 11, 16, 14, 14, 18, 10, 50});
    if (fixes.isEmpty()) {
      Cells.text(
          sheet.createRow(1),
          0,
          hasFixesFile
              ? "fixes.yaml lists no fix."
              : Cells.NOT_COMPUTED + ": add fixes.yaml to the workspace to rank fixes by payback.",
          styles.note);
      return;
    }
    int r = 1;
    for (FixPayback fix : fixes) {
      Row row = sheet.createRow(r++);
      Cells.text(row, FIX, fix.fix().name(), styles.plain);
      Cells.number(row, SAVINGS, fix.savingsPerHire(), styles.money);
      Cells.number(row, ONE_OFF, fix.oneOffCost(), styles.money);
      if (fix.paybackHires().isPresent() && fix.savingsPerHire().signum() > 0) {
        Cells.formula(
            row,
            PAYBACK,
            Cells.column(ONE_OFF) + row(row) + "/" + Cells.column(SAVINGS) + row(row),
            fix.paybackHires().get(),
            styles.decimal);
      } else {
        Cells.text(row, PAYBACK, "never", styles.plain);
      }
      fix.firstQuarterSavings()
          .ifPresent(savings -> Cells.number(row, FIRST_QUARTER, savings, styles.money));
      Cells.number(row, RECURRING, fix.recurringCostPerQuarter(), styles.money);
      Cells.number(row, TARGETED, fix.targetedCostPerHire(), styles.money);
      Cells.text(row, TARGETS, fix.fix().targets().toString(), styles.plain);
      Cells.number(row, REDUCTION, fix.fix().reduction(), styles.fraction);
      fix.reason().ifPresent(reason -> Cells.text(row, REASON, reason, styles.plain));
    }
    Cells.text(
        sheet.createRow(r + 1),
        0,
        "Payback = one-off cost / savings per hire; first-quarter savings = savings per hire ×"
            + " the plan's first quarter's hires − the recurring cost.",
        styles.note);
  }

  /** The 1-based row number of {@code row}. */
  private static int row(Row row) {
    return row.getRowNum() + 1;
  }
}
