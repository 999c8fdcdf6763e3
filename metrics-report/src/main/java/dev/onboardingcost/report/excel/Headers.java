package dev.onboardingcost.report.excel;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A table's bold header row and its column widths. */
final class Headers {
  private Headers() {}

  /** Writes {@code headers} in row 1 (0-based {@code 0}) and sets the widths, in characters. */
  static void write(Sheet sheet, Styles styles, String[] headers, int[] widths) {
    write(sheet, 0, styles, headers);
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  /** Writes {@code headers} in row {@code rowIndex} (0-based). */
  static Row write(Sheet sheet, int rowIndex, Styles styles, String[] headers) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < headers.length; i++) {
      Cells.text(row, i, headers[i], styles.header);
    }
    return row;
  }
}
