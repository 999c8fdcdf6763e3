package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.outlook.FixPayback;
import dev.onboardingcost.report.outlook.Outlook;
import dev.onboardingcost.report.outlook.QuarterForecast;
import dev.onboardingcost.report.outlook.TrendFit;
import dev.onboardingcost.report.summary.SummaryWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookWriterTest {
  private static final ReportResults SAMPLE = TestWorkspaces.sampleResults();

  @Test
  void writes_every_sheet_in_order() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE, Outlook.NONE)) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      then(names)
          .containsExactly(
              "Summary",
              "Assumptions",
              "Hires",
              "Events",
              "Systems",
              "Trend",
              "Forecast",
              "Fixes",
              "Data quality");
    }
  }

  @Test
  void cached_values_equal_summary_json_to_the_cent() throws IOException {
    // GIVEN the sample workspace and its summary.json
    ObjectNode summary = SummaryWriter.summaryOf(SAMPLE);
    // WHEN the workbook is written and read back
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE, Outlook.NONE)) {
      Sheet hires = workbook.getSheet("Hires");
      JsonNode summaryHires = summary.get("hires");
      // THEN every hire's money and hours equal summary.json's
      for (int i = 0; i < summaryHires.size(); i++) {
        JsonNode hire = summaryHires.get(i);
        Row row = hires.getRow(i + 1);
        then(row.getCell(HiresSheet.HIRE).getStringCellValue()).isEqualTo(hire.get("id").asText());
        then(cached(row, HiresSheet.TOTAL)).isEqualTo(hire.get("total_cost").decimalValue());
        then(cached(row, HiresSheet.HIRE_COST)).isEqualTo(hire.get("hire_cost").decimalValue());
        then(cached(row, HiresSheet.COLLEAGUE_COST))
            .isEqualTo(hire.get("colleague_cost").decimalValue());
        then(cached(row, HiresSheet.HIRE_HOURS))
            .isEqualTo(hire.get("hire_hours_lost").decimalValue());
        then(cached(row, HiresSheet.COLLEAGUE_HOURS))
            .isEqualTo(hire.get("colleague_hours_lost").decimalValue());
        hire.get("cost_by_category")
            .properties()
            .forEach(
                e -> {
                  int col =
                      HiresSheet.FIRST_CATEGORY
                          + dev.onboardingcost.core.model.Category.parse(e.getKey()).ordinal();
                  then(cached(row, col)).isEqualTo(e.getValue().decimalValue());
                });
        then(row.getCell(HiresSheet.TOTAL).getCellFormula())
            .isEqualTo("P" + (i + 2) + "+Q" + (i + 2));
      }
      // AND the summary total
      Row total = workbook.getSheet("Summary").getRow(SummarySheet.TOTAL_ROW);
      then(total.getCell(1).getCellFormula()).startsWith("SUM(Hires!");
      then(cached(total, 1)).isEqualTo(summary.get("totals").get("total_cost").decimalValue());
    }
  }

  @Test
  void every_event_cost_is_hours_times_a_rate_from_assumptions() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE, Outlook.NONE)) {
      Sheet events = workbook.getSheet("Events");
      int lines = SAMPLE.analysis().costs().hires().stream().mapToInt(h -> h.lines().size()).sum();
      then(events.getLastRowNum()).isEqualTo(lines);
      Row first = events.getRow(1);
      then(first.getCell(EventsSheet.HOURS).getCellFormula()).isEqualTo("K2+L2*RefocusMinutes/60");
      then(first.getCell(EventsSheet.RATE).getCellFormula()).isEqualTo("INDEX(RateValues,N2)");
      then(first.getCell(EventsSheet.COST).getCellFormula()).isEqualTo("M2*P2");
      then(workbook.getName("RateValues").getRefersToFormula()).startsWith("Assumptions!$B$");
      then(workbook.getName("RefocusMinutes").getRefersToFormula()).isEqualTo("Assumptions!$B$3");
      for (int r = 1; r <= lines; r++) {
        Row row = events.getRow(r);
        double hours = row.getCell(EventsSheet.HOURS).getNumericCellValue();
        double rate = row.getCell(EventsSheet.RATE).getNumericCellValue();
        then(row.getCell(EventsSheet.COST).getNumericCellValue())
            .isCloseTo(hours * rate, org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }

  @Test
  void input_text_is_always_a_string_and_never_part_of_a_formula(@TempDir Path dir)
      throws IOException {
    // GIVEN a workspace whose notes, sources and names look like formulas, hold control
    // characters, or are longer than a cell
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    String longNote = "z".repeat(40_000);
    TestWorkspaces.replace(ws, "people.csv", "Hire 1,", "=1+1,");
    TestWorkspaces.append(
        ws,
        "events.csv",
        List.of(
            "blocked,h1,,documentation,,,,30,,,\"+cmd|' /C calc'!A0\","
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
            "blocked,h2,,documentation,,,,30,,,@SUM(1),-2+3",
            "blocked,h4,,documentation,,,,30,,,ctl,\"bad\u0001char\"",
            "blocked,h5,,documentation,,,,30,,,long," + longNote,
            "blocked,h1,,=2+3,,,,30,,,x,y"));
    ReportResults results = TestWorkspaces.analyse(ws);
    // WHEN
    try (XSSFWorkbook workbook = Workbooks.write(results, Outlook.NONE)) {
      Map<String, CellType> texts = new HashMap<>();
      List<String> formulas = new ArrayList<>();
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              formulas.add(cell.getCellFormula());
            } else if (cell.getCellType() == CellType.STRING) {
              texts.put(cell.getStringCellValue(), cell.getCellType());
            }
          }
        }
      }
      // THEN the text is there, as text, unchanged
      for (String expected :
          List.of(
              "=1+1",
              "+cmd|' /C calc'!A0",
              "=HYPERLINK(\"http://evil.example\",\"x\")",
              "@SUM(1)",
              "-2+3",
              "badchar")) {
        then(texts.containsKey(expected)).as("a string cell holds %s", expected).isTrue();
      }
      // AND the long note is cut to the cell limit with the marker
      then(texts.keySet())
          .anySatisfy(t -> then(t).hasSize(SafeText.MAX_CELL_CHARS).endsWith(SafeText.CUT_MARKER));
      // AND the rejected record's reason is listed on Data quality
      then(results.analysis().quality().total().rejected()).isPositive();
      // AND every formula is the writer's own: only fixed literals in quotes
      then(formulas).isNotEmpty();
      Set<String> literals =
          Set.of(
              "\"hire\"",
              "\"colleague\"",
              "\">0\"",
              "\"access\"",
              "\"documentation\"",
              "\"environment\"",
              "\"knowledge\"",
              "\"tooling\"",
              "\"process\"",
              "\"other\"");
      Pattern quoted = Pattern.compile("\"[^\"]*\"");
      for (String formula : formulas) {
        Matcher m = quoted.matcher(formula);
        while (m.find()) {
          then(literals).contains(m.group());
        }
        then(formula).doesNotContain("HYPERLINK", "cmd", "SUM(1)", "evil");
      }
    }
  }

  @Test
  void a_full_events_sheet_merges_the_rest_and_keeps_totals_exact(@TempDir Path dir)
      throws IOException {
    // GIVEN the sample's events five times over, and a row limit far below the cost lines
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    List<String> body = java.nio.file.Files.readAllLines(ws.resolve("events.csv")).subList(1, 115);
    for (int i = 0; i < 4; i++) {
      TestWorkspaces.append(ws, "events.csv", body);
    }
    ReportResults results = TestWorkspaces.analyse(ws);
    int lines = results.analysis().costs().hires().stream().mapToInt(h -> h.lines().size()).sum();
    int limit = 200;
    then(lines).isGreaterThan(2 * limit);
    // WHEN
    try (XSSFWorkbook workbook = Workbooks.read(Workbooks.bytes(results, Outlook.NONE, limit))) {
      Sheet events = workbook.getSheet("Events");
      // THEN the sheet keeps to the limit and says what it merged
      then(events.getLastRowNum()).isLessThan(limit);
      String note =
          events.getRow(events.getLastRowNum()).getCell(EventsSheet.HIRE).getStringCellValue();
      then(note).contains("merged").contains("cost lines are listed one by one");
      // AND the cost and hours per hire still add up to the engine's
      Map<Integer, BigDecimal> costByHire = new HashMap<>();
      for (int r = 1; r < events.getLastRowNum(); r++) {
        Row row = events.getRow(r);
        int hire = (int) row.getCell(EventsSheet.HIRE_NO).getNumericCellValue();
        costByHire.merge(
            hire,
            new BigDecimal(row.getCell(EventsSheet.COST).getNumericCellValue()),
            BigDecimal::add);
      }
      List<HireCost> hires = results.analysis().costs().hires();
      java.util.Currency usd = results.analysis().costs().currency();
      for (int i = 0; i < hires.size(); i++) {
        then(Rounding.money(costByHire.get(i + 1), usd))
            .isEqualTo(Rounding.money(hires.get(i).totalCost(), usd));
      }
      List<String> summary = new ArrayList<>();
      workbook.getSheet("Summary").forEach(row -> summary.add(row.getCell(0).getStringCellValue()));
      then(summary).anySatisfy(text -> then(text).startsWith("The Events sheet is full"));
    }
  }

  @Test
  void same_input_gives_the_same_cells(@TempDir Path dir) throws IOException {
    byte[] first = Workbooks.bytes(SAMPLE, Outlook.NONE, 1_048_576);
    byte[] second = Workbooks.bytes(SAMPLE, Outlook.NONE, 1_048_576);
    then(entries(second, dir.resolve("b.xlsx"))).isEqualTo(entries(first, dir.resolve("a.xlsx")));
    try (XSSFWorkbook workbook = Workbooks.read(first)) {
      then(workbook.getProperties().getCoreProperties().getCreated())
          .isEqualTo(java.util.Date.from(WorkbookWriter.DOCUMENT_DATE));
    }
  }

  @Test
  void trend_forecast_and_fixes_say_not_computed_without_figures() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE, Outlook.NONE)) {
      then(workbook.getSheet("Trend").getRow(1).getCell(6).getStringCellValue())
          .startsWith(OutlookSheets.NOT_COMPUTED);
      then(workbook.getSheet("Forecast").getRow(1).getCell(0).getStringCellValue())
          .startsWith(OutlookSheets.NOT_COMPUTED)
          .contains("plan.yaml");
      then(workbook.getSheet("Fixes").getRow(1).getCell(0).getStringCellValue())
          .startsWith(OutlookSheets.NOT_COMPUTED)
          .contains("fixes.yaml");
    }
  }

  @Test
  void trend_forecast_and_fixes_show_the_figures_they_are_given() throws IOException {
    // GIVEN an outlook
    Outlook outlook =
        new Outlook(
            Optional.of(
                new TrendFit(
                    new BigDecimal("-12.5"),
                    new BigDecimal("2800"),
                    Optional.of(new BigDecimal("0.1")),
                    Optional.of(new BigDecimal("0.3")))),
            Optional.of(
                List.of(
                    new QuarterForecast(
                        "2027-Q1",
                        20,
                        new BigDecimal("54618.33"),
                        new BigDecimal("50000"),
                        new BigDecimal("54000"),
                        new BigDecimal("59000"),
                        new BigDecimal("1.2"),
                        false))),
            Optional.of(
                List.of(
                    new FixPayback(
                        "=Team leads grant GitHub",
                        new BigDecimal("400"),
                        new BigDecimal("800"),
                        Optional.of(new BigDecimal("2"))))));
    // WHEN
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE, outlook)) {
      // THEN
      Row slope = workbook.getSheet("Trend").getRow(1);
      then(slope.getCell(7).getCellFormula()).isEqualTo("SLOPE($D$2:$D$15,$A$2:$A$15)");
      then(slope.getCell(7).getNumericCellValue()).isEqualTo(-12.5);
      Row quarter = workbook.getSheet("Forecast").getRow(1);
      then(quarter.getCell(0).getStringCellValue()).isEqualTo("2027-Q1");
      then(quarter.getCell(2).getCellFormula()).isEqualTo("B2*MeanCostPerHire");
      Row fix = workbook.getSheet("Fixes").getRow(1);
      then(fix.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      then(fix.getCell(0).getStringCellValue()).isEqualTo("=Team leads grant GitHub");
      then(fix.getCell(3).getNumericCellValue()).isEqualTo(2.0);
    }
  }

  @Test
  void data_quality_lists_counts_and_survey_against_logs() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE, Outlook.NONE)) {
      Sheet quality = workbook.getSheet("Data quality");
      List<String> firstColumn = new ArrayList<>();
      quality.forEach(
          row -> {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING) {
              firstColumn.add(cell.getStringCellValue());
            }
          });
      then(firstColumn)
          .contains("Records per source", "events", "survey", "Total", "Survey against logs")
          .contains("Records not counted", "outside window");
    }
  }

  private static BigDecimal cached(Row row, int col) {
    Cell cell = row.getCell(col);
    then(cell.getCellType()).isEqualTo(CellType.FORMULA);
    return Workbooks.cents(cell.getNumericCellValue());
  }

  private static Map<String, String> entries(byte[] zip, Path file) throws IOException {
    java.nio.file.Files.write(file, zip);
    Map<String, String> entries = new HashMap<>();
    try (ZipFile in = new ZipFile(file.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        entries.put(
            entry.getName(),
            new String(
                in.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return entries;
  }
}
