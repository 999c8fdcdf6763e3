package dev.onboardingcost.report.excel;

import dev.onboardingcost.report.ReportResults;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes workbooks in memory and reads them back, for tests. */
final class Workbooks {
  private Workbooks() {}

  static byte[] bytes(ReportResults results, int rowLimit) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WorkbookWriter.withRowLimit(rowLimit).write(results, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XSSFWorkbook read(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XSSFWorkbook write(ReportResults results) {
    return read(bytes(results, 1_048_576));
  }

  /**
   * A cell's double rounded half-even to cents, as summary.json shows money. The double is read as
   * its shortest decimal ({@code -3728.095}, not {@code -3728.09499…}), which is the engine's exact
   * figure whenever that has at most 15 significant digits.
   */
  static BigDecimal cents(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
  }
}
