package dev.onboardingcost.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes single cells. Input text only ever goes through {@link #text}, which makes a string cell
 * of {@link SafeText}; formulas are built by the writer from fixed text, numbers and cell
 * references, never from input text.
 */
final class Cells {
  /** What a sheet says where this run had no input to fill it. */
  static final String NOT_COMPUTED = "Not computed in this run";

  private Cells() {}

  /** A string cell holding {@code text} made safe; never a formula. */
  static Cell text(Row row, int col, String text, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(SafeText.of(text));
    if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  /** A numeric cell. */
  static Cell number(Row row, int col, BigDecimal value, CellStyle style) {
    return number(row, col, value.doubleValue(), style);
  }

  /** A numeric cell. */
  static Cell number(Row row, int col, double value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  /** A date cell. */
  static Cell date(Row row, int col, LocalDate value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** A date-time cell. */
  static Cell dateTime(Row row, int col, LocalDateTime value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /**
   * A formula cell with its cached result, so programs that do not recalculate on opening show the
   * engine's figure.
   *
   * @param formula built from fixed text, numbers and references only, never from input text
   */
  static Cell formula(Row row, int col, String formula, BigDecimal cached, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellFormula(formula);
    cell.setCellValue(cached.doubleValue());
    if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  /**
   * A formula cell whose cached result is text (an empty text that statistics ignore, say).
   *
   * @param formula built from fixed text, numbers and references only, never from input text
   */
  static Cell formula(Row row, int col, String formula, String cached, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellFormula(formula);
    cell.setCellValue(cached);
    if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  /** The A1 name of column {@code col} (0-based), e.g. {@code AB}. */
  static String column(int col) {
    return CellReference.convertNumToColString(col);
  }

  /** An absolute whole-column reference on another sheet, e.g. {@code Events!$Q:$Q}. */
  static String wholeColumn(String sheet, int col) {
    String c = column(col);
    return sheet + "!$" + c + ":$" + c;
  }

  /**
   * {@code SUMIFS(sum, range1, criteria1, ...)}: {@code sum} over the rows that meet every pair.
   */
  static String sumifs(String sum, String... rangesAndCriteria) {
    return "SUMIFS(" + sum + "," + String.join(",", rangesAndCriteria) + ")";
  }

  /**
   * An absolute range in one column, rows {@code first..last} (1-based), e.g. {@code $R$2:$R$9}.
   */
  static String range(String sheet, int col, int firstRow, int lastRow) {
    String c = column(col);
    return sheet + "!$" + c + "$" + firstRow + ":$" + c + "$" + lastRow;
  }
}
