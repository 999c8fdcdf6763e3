package dev.onboardingcost.report.excel;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.outlook.Outlook;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Has LibreOffice recalculate the workbook from its formulas alone (every cached value removed) and
 * holds the results equal to the engine's, to the cent: as written, and after the default rate in
 * {@code Assumptions} is changed.
 */
class LibreOfficeRecalcTest {
  private static String soffice;

  @TempDir Path dir;

  @BeforeAll
  static void findLibreOffice() {
    soffice = onPath("soffice");
  }

  @Test
  void libre_office_recalculates_the_engine_figures() throws Exception {
    assumeThat(soffice)
        .as("LibreOffice (soffice) is not on the PATH: recalculation not checked")
        .isNotNull();
    // GIVEN the sample's workbook with every cached formula value removed
    ReportResults results = TestWorkspaces.sampleResults();
    Path stripped = stripped(Workbooks.bytes(results, Outlook.NONE, 1_048_576), null);
    // WHEN LibreOffice recalculates it
    Path recalculated = recalculate(stripped);
    // THEN per-hire totals and the summary total equal the engine's to the cent
    thenTotalsEqual(recalculated, results);
  }

  @Test
  void a_new_default_rate_moves_the_totals_as_the_engine_says() throws Exception {
    assumeThat(soffice)
        .as("LibreOffice (soffice) is not on the PATH: recalculation not checked")
        .isNotNull();
    // GIVEN the sample's workbook with the default rate changed from 120 to 175 in Assumptions
    ReportResults results = TestWorkspaces.sampleResults();
    Path stripped = stripped(Workbooks.bytes(results, Outlook.NONE, 1_048_576), 175.0);
    // AND the engine run on the same workspace with rates.default 175
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    TestWorkspaces.replace(ws, "onboarding.yaml", "default: 120", "default: 175");
    ReportResults expected = TestWorkspaces.analyse(ws);
    then(expected.analysis().costs().totalCost())
        .isNotEqualTo(results.analysis().costs().totalCost());
    // WHEN LibreOffice recalculates it
    Path recalculated = recalculate(stripped);
    // THEN the totals are the engine's with the new rate
    thenTotalsEqual(recalculated, expected);
  }

  private void thenTotalsEqual(Path workbookFile, ReportResults results) throws IOException {
    var currency = results.analysis().costs().currency();
    try (InputStream in = Files.newInputStream(workbookFile);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet hires = workbook.getSheet("Hires");
      List<BigDecimal> totals = new ArrayList<>();
      for (int i = 0; i < results.analysis().costs().hires().size(); i++) {
        totals.add(cents(hires.getRow(i + 1).getCell(HiresSheet.TOTAL)));
      }
      List<BigDecimal> engine =
          results.analysis().costs().hires().stream()
              .map(h -> Rounding.money(h.totalCost(), currency))
              .toList();
      then(totals).isEqualTo(engine);
      Row total = workbook.getSheet("Summary").getRow(SummarySheet.TOTAL_ROW);
      then(cents(total.getCell(1)))
          .isEqualTo(Rounding.money(results.analysis().costs().totalCost(), currency));
    }
  }

  private static BigDecimal cents(Cell cell) {
    then(cell.getCellType()).isEqualTo(CellType.FORMULA);
    then(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
    return Workbooks.cents(cell.getNumericCellValue());
  }

  /** The workbook without any cached formula value, the default rate optionally changed. */
  private Path stripped(byte[] bytes, Double defaultRate) throws IOException {
    Path file = dir.resolve("stripped.xlsx");
    try (XSSFWorkbook workbook = Workbooks.read(bytes)) {
      int removed = 0;
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA && ((XSSFCell) cell).getCTCell().isSetV()) {
              ((XSSFCell) cell).getCTCell().unsetV();
              removed++;
            }
          }
        }
      }
      then(removed).isGreaterThan(100);
      if (defaultRate != null) {
        Sheet assumptions = workbook.getSheet("Assumptions");
        for (Row row : assumptions) {
          Cell key = row.getCell(0);
          if (key != null
              && key.getCellType() == CellType.STRING
              && key.getStringCellValue().equals("default")) {
            row.getCell(1).setCellValue(defaultRate);
          }
        }
      }
      workbook.setForceFormulaRecalculation(true);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  private Path recalculate(Path file) throws IOException, InterruptedException {
    Path profile = dir.resolve("lo-profile");
    Path user = profile.resolve("user");
    Files.createDirectories(user);
    // Recalculate OOXML files on load, always (0), whatever the file says.
    Files.writeString(
        user.resolve("registrymodifications.xcu"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\""
            + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
            + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\">"
            + "<prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
            + "</oor:items>\n");
    Path out = dir.resolve("recalculated");
    Files.createDirectories(out);
    Process process =
        new ProcessBuilder(
                soffice,
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "xlsx",
                "--outdir",
                out.toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("LibreOffice took more than 120 s");
    }
    Path result = out.resolve(file.getFileName());
    then(result)
        .as("LibreOffice output; log: %s", Files.readString(dir.resolve("soffice.log")))
        .exists();
    return result;
  }

  private static String onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String entry : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
