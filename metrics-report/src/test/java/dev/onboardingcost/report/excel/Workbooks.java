package dev.onboardingcost.report.excel;

import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.outlook.Outlook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes workbooks in memory and reads them back, for tests. */
final class Workbooks {
  private Workbooks() {}

  static byte[] bytes(ReportResults results, Outlook outlook, int rowLimit) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WorkbookWriter.withRowLimit(rowLimit).write(results, outlook, List.of(), out);
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

  static XSSFWorkbook write(ReportResults results, Outlook outlook) {
    return read(bytes(results, outlook, 1_048_576));
  }

  /** A cached double rounded half-even to cents, as summary.json shows money. */
  static BigDecimal cents(double value) {
    return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN);
  }
}
