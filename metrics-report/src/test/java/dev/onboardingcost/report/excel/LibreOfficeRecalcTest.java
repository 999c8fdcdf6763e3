package dev.onboardingcost.report.excel;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.model.Rates;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.Ratios;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * holds the results (totals, trend line, forecast, payback) equal to the engine's, to the cent: as
 * written, and after the default rate in {@code Assumptions} is changed.
 */
class LibreOfficeRecalcTest {
  private static final org.assertj.core.data.Offset<BigDecimal> CENT =
      org.assertj.core.api.Assertions.within(new BigDecimal("0.01"));
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
    Path stripped = stripped(Workbooks.bytes(results, 1_048_576), null, null);
    // WHEN LibreOffice recalculates it
    Path recalculated = recalculate(stripped);
    // THEN per-hire totals, the summary, the trend and the forecast equal the engine's to the cent
    thenTotalsEqual(recalculated, results);
    // AND every fix's payback is the engine's, to summary.json's 2 decimals
    thenPaybackEqual(recalculated, results);
  }

  @Test
  void a_new_default_rate_moves_the_totals_as_the_engine_says() throws Exception {
    assumeThat(soffice)
        .as("LibreOffice (soffice) is not on the PATH: recalculation not checked")
        .isNotNull();
    // GIVEN the sample's workbook with the rate the first hire is paid at raised by half in
    // Assumptions (the default rate, or a rate of rates.by_role)
    ReportResults results = TestWorkspaces.sampleResults();
    Rates rates = results.analysis().workspace().settings().cost().rates();
    RateBasis basis = rates.basisOf(results.costs().hires().get(0).hire());
    BigDecimal rate = rates.rateAt(basis).perHour();
    BigDecimal raised = rate.multiply(new BigDecimal("1.5")).setScale(0, RoundingMode.HALF_EVEN);
    Path stripped =
        stripped(Workbooks.bytes(results, 1_048_576), basis.toString(), raised.doubleValue());
    // AND the engine run on the same workspace with that rate in onboarding.yaml
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    String key = basis.kind() == RateBasis.Kind.DEFAULT ? "default" : basis.key();
    TestWorkspaces.replace(
        ws,
        "onboarding.yaml",
        key + ": " + rate.toPlainString(),
        key + ": " + raised.toPlainString());
    ReportResults expected = TestWorkspaces.analyse(ws);
    then(expected.analysis().costs().totalCost())
        .isNotEqualTo(results.analysis().costs().totalCost());
    // WHEN LibreOffice recalculates it
    Path recalculated = recalculate(stripped);
    // THEN the totals are the engine's with the new rate
    thenTotalsEqual(recalculated, expected);
    // AND so are the fixes' savings, net savings and paybacks
    thenPaybackEqual(recalculated, expected);
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
      Row mean = workbook.getSheet("Summary").getRow(SummarySheet.TOTAL_ROW + 1);
      then(cents(mean.getCell(1)))
          .isEqualTo(Rounding.money(results.totals().mean().orElseThrow(), currency));
      // the trend line over the Hires totals
      Sheet trend = workbook.getSheet("Trend");
      then(cents(trend.getRow(1).getCell(TrendSheet.VALUE)))
          .isEqualTo(Rounding.money(results.trend().slope().orElseThrow(), currency));
      then(cents(trend.getRow(2).getCell(TrendSheet.VALUE)))
          .isEqualTo(Rounding.money(results.trend().intercept().orElseThrow(), currency));
      then(Ratios.round(number(trend.getRow(3).getCell(TrendSheet.VALUE))))
          .isEqualTo(Ratios.round(results.trend().rSquared().orElseThrow()));
      // the expected cost per quarter and over the plan
      Sheet forecast = workbook.getSheet("Forecast");
      var quarters = results.forecast().orElseThrow().quarters();
      for (int i = 0; i < quarters.size(); i++) {
        then(cents(forecast.getRow(i + 1).getCell(ForecastSheet.EXPECTED)))
            .isEqualTo(Rounding.money(quarters.get(i).expectedCost().orElseThrow(), currency));
      }
      then(cents(forecast.getRow(quarters.size() + 1).getCell(ForecastSheet.EXPECTED)))
          .isEqualTo(
              Rounding.money(
                  results.forecast().orElseThrow().totals().expectedCost().orElseThrow(),
                  currency));
    }
  }

  private void thenPaybackEqual(Path workbookFile, ReportResults results) throws IOException {
    var currency = results.analysis().costs().currency();
    try (InputStream in = Files.newInputStream(workbookFile);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet fixes = workbook.getSheet("Fixes");
      then(results.fixes()).isNotEmpty();
      for (int i = 0; i < results.fixes().size(); i++) {
        var fix = results.fixes().get(i);
        Row row = fixes.getRow(i + 1);
        // to the cent, give or take one: a product that lands on half a cent (0.3 × 773.783...)
        // can round either way between the spreadsheet's doubles and the engine's exact decimals
        then(cents(row.getCell(FixesSheet.SAVINGS)))
            .as(fix.fix().name())
            .isCloseTo(Rounding.money(fix.savingsPerHire(), currency), CENT);
        then(cents(row.getCell(FixesSheet.NET)))
            .as(fix.fix().name())
            .isCloseTo(Rounding.money(fix.netSavingsPerQuarter(), currency), CENT);
        Cell quarters = row.getCell(FixesSheet.PAYBACK_QUARTERS);
        Cell hires = row.getCell(FixesSheet.PAYBACK);
        if (fix.paybackHires().isPresent()) {
          then(Rounding.twoDecimals(BigDecimal.valueOf(number(quarters))))
              .as(fix.fix().name())
              .isEqualTo(Rounding.twoDecimals(fix.paybackQuarters().get()));
          then(Rounding.twoDecimals(BigDecimal.valueOf(number(hires))))
              .as(fix.fix().name())
              .isEqualTo(Rounding.twoDecimals(fix.paybackHires().get()));
        } else {
          then(quarters.getStringCellValue()).isEqualTo("never");
          then(hires.getStringCellValue()).isEqualTo("never");
        }
      }
    }
  }

  private static double number(Cell cell) {
    then(cell.getCellType()).isEqualTo(CellType.FORMULA);
    then(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
    return cell.getNumericCellValue();
  }

  private static BigDecimal cents(Cell cell) {
    then(cell.getCellType()).isEqualTo(CellType.FORMULA);
    then(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
    return Workbooks.cents(cell.getNumericCellValue());
  }

  /**
   * The workbook without any cached formula value, the rate of {@code basis} ({@code default},
   * {@code role:engineer}) optionally changed in Assumptions.
   */
  private Path stripped(byte[] bytes, String basis, Double rate) throws IOException {
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
      if (rate != null) {
        Sheet assumptions = workbook.getSheet("Assumptions");
        int changed = 0;
        for (Row row : assumptions) {
          Cell key = row.getCell(0);
          if (key != null
              && key.getCellType() == CellType.STRING
              && key.getStringCellValue().equals(basis)) {
            row.getCell(1).setCellValue(rate);
            changed++;
          }
        }
        then(changed).as("rows of %s in Assumptions", basis).isEqualTo(1);
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
