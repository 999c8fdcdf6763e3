package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.Ratios;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.summary.SummaryWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
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
              "Forecast draws",
              "Fixes",
              "Data quality");
    }
  }

  @Test
  void cached_values_equal_summary_json_to_the_cent() throws IOException {
    // GIVEN the sample workspace and its summary.json
    ObjectNode summary = SummaryWriter.summaryOf(SAMPLE);
    // WHEN the workbook is written and read back
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
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
      Row total = workbook.getSheet("Summary").getRow(5); // 0-based: row 6, the total
      then(total.getCell(1).getCellFormula()).startsWith("SUM(Hires!");
      then(cached(total, 1)).isEqualTo(summary.get("totals").get("total_cost").decimalValue());
    }
  }

  @Test
  void every_event_cost_is_hours_times_a_rate_from_assumptions() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
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
    List<HireCost> sampleHires = SAMPLE.costs().hires();
    String h1 = sampleHires.get(0).hire().id().value();
    String h2 = sampleHires.get(1).hire().id().value();
    String h3 = sampleHires.get(2).hire().id().value();
    String h4 = sampleHires.get(3).hire().id().value();
    TestWorkspaces.replace(
        ws, "people.csv", "," + sampleHires.get(0).hire().name() + ",", ",=1+1,");
    TestWorkspaces.append(
        ws,
        "events.csv",
        List.of(
            "blocked,"
                + h1
                + ",,documentation,,,,30,,,\"+cmd|' /C calc'!A0\","
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
            "blocked," + h2 + ",,documentation,,,,30,,,@SUM(1),-2+3",
            "blocked," + h3 + ",,documentation,,,,30,,,ctl,\"bad\u0001char\"",
            "blocked," + h4 + ",,documentation,,,,30,,,long," + longNote,
            "blocked," + h1 + ",,=2+3,,,,30,,,x,y"));
    ReportResults results = TestWorkspaces.analyse(ws);
    // WHEN
    try (XSSFWorkbook workbook = Workbooks.write(results)) {
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
              "\"other\"",
              "\"none\"",
              "\"\"",
              "\"never\"",
              "\"<\"",
              "\">=\"");
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
    // GIVEN the sample's events five times over, and a row limit a quarter below the cost lines:
    // the copies fall into the groups (hire, payer, type, category, system, rate) of their
    // originals, so the merged groups fit and nothing is left out
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    List<String> all = java.nio.file.Files.readAllLines(ws.resolve("events.csv"));
    List<String> body = all.subList(1, all.size());
    for (int i = 0; i < 4; i++) {
      TestWorkspaces.append(ws, "events.csv", body);
    }
    ReportResults results = TestWorkspaces.analyse(ws);
    int lines = results.analysis().costs().hires().stream().mapToInt(h -> h.lines().size()).sum();
    int limit = lines - lines / 4;
    then(lines).isGreaterThan(limit + 100);
    // WHEN
    try (XSSFWorkbook workbook = Workbooks.read(Workbooks.bytes(results, limit))) {
      Sheet events = workbook.getSheet("Events");
      // THEN the sheet keeps to the limit and says what it merged
      then(events.getLastRowNum()).isLessThan(limit);
      String note =
          events.getRow(events.getLastRowNum()).getCell(EventsSheet.HIRE).getStringCellValue();
      then(note)
          .contains("merged")
          .contains("cost lines are listed one by one")
          .doesNotContain("left out");
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
    byte[] first = Workbooks.bytes(SAMPLE, 1_048_576);
    byte[] second = Workbooks.bytes(SAMPLE, 1_048_576);
    then(entries(second, dir.resolve("b.xlsx"))).isEqualTo(entries(first, dir.resolve("a.xlsx")));
    try (XSSFWorkbook workbook = Workbooks.read(first)) {
      then(workbook.getProperties().getCoreProperties().getCreated())
          .isEqualTo(java.util.Date.from(WorkbookWriter.DOCUMENT_DATE));
    }
  }

  @Test
  void without_plan_and_fixes_the_sheets_say_what_would_fill_them() throws IOException {
    // GIVEN the podcast workspace: one hire, no plan.yaml, no fixes.yaml
    ReportResults podcast = TestWorkspaces.podcastResults();
    try (XSSFWorkbook workbook = Workbooks.write(podcast)) {
      // THEN the trend has no line and says why
      Sheet trend = workbook.getSheet("Trend");
      then(trend.getRow(1).getCell(TrendSheet.VALUE)).isNull();
      then(trend.getRow(7).getCell(TrendSheet.LABEL).getStringCellValue())
          .isEqualTo("Why: " + podcast.trend().reason().orElseThrow());
      then(workbook.getSheet("Forecast").getRow(1).getCell(0).getStringCellValue())
          .startsWith(Cells.NOT_COMPUTED)
          .contains("plan.yaml");
      then(workbook.getSheet("Fixes").getRow(1).getCell(0).getStringCellValue())
          .startsWith(Cells.NOT_COMPUTED)
          .contains("fixes.yaml");
    }
  }

  @Test
  void summary_figures_are_the_engine_distribution() throws IOException {
    JsonNode totals = SummaryWriter.summaryOf(SAMPLE).get("totals");
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
      Sheet summary = workbook.getSheet("Summary");
      Map<String, Cell> figures = new HashMap<>();
      summary.forEach(
          row -> {
            if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.FORMULA) {
              figures.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
          });
      then(cents(figures.get("Mean cost per hire")))
          .isEqualTo(totals.get("mean_cost_per_hire").decimalValue());
      then(cents(figures.get("Median cost per hire")))
          .isEqualTo(totals.get("median_cost_per_hire").decimalValue());
      then(cents(figures.get("90th percentile per hire")))
          .isEqualTo(totals.get("p90_cost_per_hire").decimalValue());
      then(cents(figures.get("Lowest cost per hire")))
          .isEqualTo(totals.get("min_cost_per_hire").decimalValue());
      then(cents(figures.get("Highest cost per hire")))
          .isEqualTo(totals.get("max_cost_per_hire").decimalValue());
      then(figures.get("Hires in the statistics").getNumericCellValue())
          .isEqualTo(SAMPLE.totals().count());
      then(workbook.getName("MeanCostPerHire").getRefersToFormula())
          .isEqualTo("Summary!$B$" + (figures.get("Mean cost per hire").getRowIndex() + 1));
      // AND every statistic reads the named per-hire totals of Hires
      then(figures.get("Median cost per hire").getCellFormula())
          .isEqualTo("MEDIAN(" + HiresSheet.STATISTICS_TOTALS + ")");
      then(figures.get("90th percentile per hire").getCellFormula())
          .isEqualTo("_xlfn.PERCENTILE.INC(" + HiresSheet.STATISTICS_TOTALS + ",0.9)");
      then(figures.get("Lowest cost per hire").getCellFormula())
          .isEqualTo("MIN(" + HiresSheet.STATISTICS_TOTALS + ")");
      then(figures.get("Highest cost per hire").getCellFormula())
          .isEqualTo("MAX(" + HiresSheet.STATISTICS_TOTALS + ")");
      int n = SAMPLE.costs().hires().size();
      then(workbook.getName(HiresSheet.STATISTICS_TOTALS).getRefersToFormula())
          .isEqualTo(
              "Hires!$"
                  + Cells.column(HiresSheet.STATISTICS_TOTAL)
                  + "$2:$"
                  + Cells.column(HiresSheet.STATISTICS_TOTAL)
                  + "$"
                  + (n + 1));
    }
  }

  @Test
  void trend_sheet_fits_the_hires_totals_as_the_engine_does() throws IOException {
    // GIVEN the engine's trend and summary.json's
    JsonNode trend = SummaryWriter.summaryOf(SAMPLE).get("trend");
    int n = SAMPLE.costs().hires().size();
    then(SAMPLE.trend().slope()).isPresent();
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
      Sheet sheet = workbook.getSheet("Trend");
      String ys = "$D$2:$D$" + (n + 1);
      String xs = "$A$2:$A$" + (n + 1);
      // THEN slope, intercept and r² are formulas over the totals, cached with the engine's
      Cell slope = sheet.getRow(1).getCell(TrendSheet.VALUE);
      then(slope.getCellFormula()).isEqualTo("SLOPE(" + ys + "," + xs + ")");
      then(slope.getNumericCellValue()).isEqualTo(SAMPLE.trend().slope().get().doubleValue());
      then(cents(slope)).isEqualTo(trend.get("slope_per_hire").decimalValue());
      Cell intercept = sheet.getRow(2).getCell(TrendSheet.VALUE);
      then(intercept.getCellFormula()).isEqualTo("INTERCEPT(" + ys + "," + xs + ")");
      then(cents(intercept)).isEqualTo(trend.get("intercept").decimalValue());
      Cell r2 = sheet.getRow(3).getCell(TrendSheet.VALUE);
      then(r2.getCellFormula()).isEqualTo("RSQ(" + ys + "," + xs + ")");
      then(r2.getNumericCellValue()).isEqualTo(SAMPLE.trend().rSquared().getAsDouble());
      then(Ratios.round(r2.getNumericCellValue()))
          .isEqualTo(trend.get("r_squared").decimalValue().setScale(4));
      // AND the p-value is Student's t of r² over n - 2 degrees of freedom, as a formula
      Cell p = sheet.getRow(TrendSheet.P_VALUE_ROW).getCell(TrendSheet.VALUE);
      then(p.getCellFormula())
          .isEqualTo("IF($H$4>=1,0,_xlfn.T.DIST.2T(SQRT(($H$6-2)*$H$4/(1-$H$4)),$H$6-2))");
      then(p.getNumericCellValue()).isEqualTo(SAMPLE.trend().pValue().getAsDouble());
      then(Ratios.round(p.getNumericCellValue()))
          .isEqualTo(trend.get("p_value").decimalValue().setScale(4));
      then(sheet.getRow(TrendSheet.HIRES_ROW).getCell(TrendSheet.VALUE).getCellFormula())
          .isEqualTo("COUNT(" + ys + ")");
      // AND the Theil-Sen slope is the median of the block of pairwise slopes
      Cell theilSen = sheet.getRow(TrendSheet.THEIL_SEN_ROW).getCell(TrendSheet.VALUE);
      String corner = Cells.column(TrendSheet.FIRST_PAIR + n - 2);
      then(theilSen.getCellFormula())
          .isEqualTo(
              "MEDIAN($"
                  + Cells.column(TrendSheet.FIRST_PAIR)
                  + "$2:$"
                  + corner
                  + "$"
                  + (n + 1)
                  + ")");
      List<BigDecimal> totals = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        totals.add(new BigDecimal(sheet.getRow(i).getCell(3).getNumericCellValue()));
      }
      then(Workbooks.cents(theilSen.getNumericCellValue()))
          .isEqualTo(Workbooks.cents(new PairwiseSlopes(totals).median().doubleValue()));
      Cell firstPair = sheet.getRow(1).getCell(TrendSheet.FIRST_PAIR + 1);
      then(firstPair.getCellFormula()).isEqualTo("(D4-D2)/2");
      then(sheet.getRow(2).getCell(TrendSheet.FIRST_PAIR)).isNull();
      // AND each row's total is its hire's row on Hires, in start order
      Sheet hires = workbook.getSheet("Hires");
      java.time.LocalDate previous = java.time.LocalDate.MIN;
      for (int i = 1; i <= n; i++) {
        Row row = sheet.getRow(i);
        then(row.getCell(0).getNumericCellValue()).isEqualTo(i);
        String ref = row.getCell(3).getCellFormula();
        then(ref).startsWith("Hires!$" + Cells.column(HiresSheet.STATISTICS_TOTAL) + "$");
        int hiresRow = Integer.parseInt(ref.substring(ref.lastIndexOf('$') + 1)) - 1;
        then(hires.getRow(hiresRow).getCell(HiresSheet.HIRE).getStringCellValue())
            .isEqualTo(row.getCell(1).getStringCellValue());
        then(row.getCell(3).getNumericCellValue())
            .isEqualTo(hires.getRow(hiresRow).getCell(HiresSheet.TOTAL).getNumericCellValue());
        java.time.LocalDate start = row.getCell(2).getLocalDateTimeCellValue().toLocalDate();
        then(start).isAfterOrEqualTo(previous);
        previous = start;
        then(row.getCell(4).getCellFormula()).isEqualTo("$H$3+$H$2*A" + (i + 1));
      }
    }
  }

  @Test
  void forecast_sheet_shows_the_forecast_of_summary_json() throws IOException {
    ObjectNode summary = SummaryWriter.summaryOf(SAMPLE);
    JsonNode quarters = summary.get("forecast");
    JsonNode plan = summary.get("forecast_totals");
    JsonNode baselineFrom = summary.get("forecast_baseline").get("from");
    int hires = summary.get("hires").size();
    then(quarters.size()).isPositive();
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
      Sheet sheet = workbook.getSheet("Forecast");
      for (int i = 0; i < quarters.size(); i++) {
        JsonNode q = quarters.get(i);
        Row row = sheet.getRow(i + 1);
        int r = i + 2;
        then(row.getCell(ForecastSheet.QUARTER).getStringCellValue())
            .isEqualTo(q.get("quarter").asText());
        then(row.getCell(ForecastSheet.HIRES).getNumericCellValue())
            .isEqualTo(q.get("hires").asInt());
        Cell expected = row.getCell(ForecastSheet.EXPECTED);
        then(expected.getCellFormula())
            .isEqualTo(
                "B"
                    + r
                    + "*"
                    + (baselineFrom.isNull()
                        ? "MeanCostPerHire"
                        : "AVERAGEIFS("
                            + Cells.range(
                                HiresSheet.NAME, HiresSheet.STATISTICS_TOTAL, 2, hires + 1)
                            + ","
                            + Cells.range(HiresSheet.NAME, HiresSheet.START, 2, hires + 1)
                            + ",\">=\"&DATE("
                            + baselineFrom.asText().replace("-0", "-").replace('-', ',')
                            + "))"));
        then(cents(expected)).isEqualTo(q.get("expected_cost").decimalValue());
        // AND the band is PERCENTILE.INC of the quarter's draws, cached as summary.json says
        then(percentile(row, ForecastSheet.P10, "0.1")).isEqualTo(q.get("p10").decimalValue());
        then(percentile(row, ForecastSheet.P50, "0.5")).isEqualTo(q.get("p50").decimalValue());
        then(percentile(row, ForecastSheet.P90, "0.9")).isEqualTo(q.get("p90").decimalValue());
        then(Ratios.round(row.getCell(ForecastSheet.CAPACITY).getNumericCellValue()))
            .isEqualTo(q.get("colleague_capacity_loss_pct").decimalValue().setScale(4));
        then(row.getCell(ForecastSheet.ALERT).getStringCellValue())
            .isEqualTo(q.get("alert").asBoolean() ? "yes" : "no");
        if (q.get("hires_to_alert").isNull()) {
          then(row.getCell(ForecastSheet.HIRES_TO_ALERT).getStringCellValue()).isEqualTo("never");
        } else {
          then(row.getCell(ForecastSheet.HIRES_TO_ALERT).getNumericCellValue())
              .isEqualTo(q.get("hires_to_alert").asLong());
        }
        then(row.getCell(ForecastSheet.ENGINEERS).getNumericCellValue())
            .isEqualTo(q.get("engineers_at_start").asLong());
      }
      // AND the plan's totals row
      Row total = sheet.getRow(quarters.size() + 1);
      String last = String.valueOf(quarters.size() + 1);
      then(total.getCell(ForecastSheet.QUARTER).getStringCellValue()).isEqualTo("Plan");
      then(total.getCell(ForecastSheet.HIRES).getCellFormula()).isEqualTo("SUM(B2:B" + last + ")");
      then(total.getCell(ForecastSheet.HIRES).getNumericCellValue())
          .isEqualTo(plan.get("hires").asInt());
      then(total.getCell(ForecastSheet.EXPECTED).getCellFormula())
          .isEqualTo("SUM(C2:C" + last + ")");
      then(cents(total.getCell(ForecastSheet.EXPECTED)))
          .isEqualTo(plan.get("expected_cost").decimalValue());
      then(percentile(total, ForecastSheet.P10, "0.1")).isEqualTo(plan.get("p10").decimalValue());
      then(percentile(total, ForecastSheet.P50, "0.5")).isEqualTo(plan.get("p50").decimalValue());
      then(percentile(total, ForecastSheet.P90, "0.9")).isEqualTo(plan.get("p90").decimalValue());
      then(total.getCell(ForecastSheet.ALERT).getStringCellValue())
          .startsWith(plan.get("alerted_quarters").asInt() + " quarter");
      then(total.getCell(ForecastSheet.ENGINEERS).getNumericCellValue())
          .isEqualTo(plan.get("engineers_at_end").asLong());
    }
  }

  @Test
  void a_baseline_from_a_date_prices_the_expected_cost_over_those_hires_by_formula(
      @TempDir Path dir) throws IOException {
    // GIVEN the sample with baseline_from 2026-07-13: 18 of its 40 hires start on or after it
    Path workspace = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    java.nio.file.Files.writeString(
        workspace.resolve("plan.yaml"),
        "baseline_from: 2026-07-13\n",
        java.nio.file.StandardOpenOption.APPEND);
    ReportResults results = TestWorkspaces.analyse(workspace);
    JsonNode q1 = SummaryWriter.summaryOf(results).get("forecast").get(0);
    // WHEN
    try (XSSFWorkbook workbook = Workbooks.write(results)) {
      Cell expected = workbook.getSheet("Forecast").getRow(1).getCell(ForecastSheet.EXPECTED);
      // THEN the formula averages the Hires sheet's totals from that date, and its cached value
      // and what a spreadsheet computes from it are summary.json's
      then(expected.getCellFormula())
          .startsWith("B2*AVERAGEIFS(Hires!")
          .endsWith(",\">=\"&DATE(2026,7,13))");
      then(cents(expected)).isEqualTo(q1.get("expected_cost").decimalValue());
      double recomputed =
          workbook.getCreationHelper().createFormulaEvaluator().evaluate(expected).getNumberValue();
      then(BigDecimal.valueOf(recomputed).setScale(2, java.math.RoundingMode.HALF_EVEN))
          .isEqualTo(q1.get("expected_cost").decimalValue());
      then(SummaryWriter.summaryOf(results).get("forecast_baseline").get("hires").asInt())
          .isEqualTo(18);
    }
  }

  @Test
  void fixes_sheet_ranks_the_candidates_of_summary_json_with_formulas() throws IOException {
    // GIVEN the sample's summary.json: candidates only, the money-losing one last
    JsonNode fixes = SummaryWriter.summaryOf(SAMPLE).get("fixes");
    then(fixes.size()).isPositive();
    then(fixes.get(fixes.size() - 1).get("payback_quarters").isNull()).isTrue();
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
      Sheet sheet = workbook.getSheet("Fixes");
      for (int i = 0; i < fixes.size(); i++) {
        JsonNode fix = fixes.get(i);
        Row row = sheet.getRow(i + 1);
        int r = i + 2;
        // THEN each row is the fix of summary.json, every rate-dependent figure a formula whose
        // cached value is summary.json's
        then(row.getCell(FixesSheet.FIX).getCellType()).isEqualTo(CellType.STRING);
        then(row.getCell(FixesSheet.FIX).getStringCellValue()).isEqualTo(fix.get("name").asText());
        then(row.getCell(FixesSheet.TARGETS).getStringCellValue())
            .isEqualTo(fix.get("targets").asText());
        then(cached(row, FixesSheet.TARGETED))
            .isEqualTo(fix.get("targeted_cost_per_hire").decimalValue());
        then(row.getCell(FixesSheet.TARGETED).getCellFormula()).startsWith("SUMIFS(");
        then(cached(row, FixesSheet.SAVINGS)).isEqualTo(fix.get("savings_per_hire").decimalValue());
        then(row.getCell(FixesSheet.SAVINGS).getCellFormula()).isEqualTo("C" + r + "*D" + r);
        then(cached(row, FixesSheet.RECURRING))
            .isEqualTo(fix.get("recurring_cost_per_quarter").decimalValue());
        then(row.getCell(FixesSheet.RECURRING).getCellFormula()).contains("DefaultRate");
        then(cached(row, FixesSheet.NET))
            .isEqualTo(fix.get("net_savings_per_quarter").decimalValue());
        then(row.getCell(FixesSheet.NET).getCellFormula()).isEqualTo("E" + r + "*F" + r + "-J" + r);
        Cell oneOff = row.getCell(FixesSheet.ONE_OFF);
        then(Workbooks.cents(oneOff.getNumericCellValue()))
            .isEqualTo(fix.get("one_off_cost").decimalValue());
        if (oneOff.getCellType() == CellType.FORMULA) {
          then(oneOff.getCellFormula()).isEqualTo("G" + r + "*DefaultRate");
        }
        Cell quarters = row.getCell(FixesSheet.PAYBACK_QUARTERS);
        Cell hires = row.getCell(FixesSheet.PAYBACK);
        then(quarters.getCellFormula())
            .isEqualTo("IF(K" + r + "<=0,\"never\",H" + r + "/K" + r + ")");
        then(hires.getCellFormula())
            .isEqualTo("IF(K" + r + "<=0,\"never\",H" + r + "/(K" + r + "/F" + r + "))");
        if (fix.get("payback_hires").isNull()) {
          then(quarters.getStringCellValue()).isEqualTo("never");
          then(hires.getStringCellValue()).isEqualTo("never");
          then(row.getCell(FixesSheet.REASON).getStringCellValue())
              .isEqualTo(fix.get("reason").asText())
              .startsWith("never pays back at this hiring rate");
        } else {
          then(Rounding.twoDecimals(new BigDecimal(quarters.getNumericCellValue())))
              .isEqualTo(fix.get("payback_quarters").decimalValue().setScale(2));
          then(Rounding.twoDecimals(new BigDecimal(hires.getNumericCellValue())))
              .isEqualTo(fix.get("payback_hires").decimalValue().setScale(2));
        }
        if (!fix.get("first_quarter_savings").isNull()) {
          then(cached(row, FixesSheet.FIRST_QUARTER))
              .isEqualTo(fix.get("first_quarter_savings").decimalValue());
        }
      }
    }
  }

  @Test
  void fixes_sheet_measures_the_live_fix_before_and_after_with_formulas() throws IOException {
    // GIVEN the sample's fix_effects: the GitHub fix, live from 2026-07-13
    JsonNode effects = SummaryWriter.summaryOf(SAMPLE).get("fix_effects");
    then(effects.size()).isEqualTo(1);
    JsonNode effect = effects.get(0);
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
      Sheet sheet = workbook.getSheet("Fixes");
      Row row = null;
      for (Row candidate : sheet) {
        Cell first = candidate.getCell(FixesSheet.FIX);
        if (first != null
            && first.getCellType() == CellType.STRING
            && first.getStringCellValue().equals(effect.get("name").asText())) {
          row = candidate;
          break;
        }
      }
      then(row).as("the effect's row").isNotNull();
      // THEN the means are AVERAGEIFS over the per-hire block, cached as summary.json says
      then(row.getCell(FixesSheet.BEFORE_MEAN).getCellFormula())
          .startsWith("AVERAGEIFS(")
          .contains("\"<\"&DATE(2026,7,13)");
      then(cached(row, FixesSheet.BEFORE_MEAN))
          .isEqualTo(effect.get("before").get("mean_cost").decimalValue());
      then(cached(row, FixesSheet.AFTER_MEAN))
          .isEqualTo(effect.get("after").get("mean_cost").decimalValue());
      then(row.getCell(FixesSheet.BEFORE_HIRES).getNumericCellValue())
          .isEqualTo(effect.get("before").get("hires").asDouble());
      // AND the ratio is a formula; the interval and p-value are this run's values
      then(Ratios.round(row.getCell(FixesSheet.RATIO).getNumericCellValue()))
          .isEqualTo(effect.get("ratio").decimalValue());
      then(Ratios.round(row.getCell(FixesSheet.RATIO_LOW).getNumericCellValue()))
          .isEqualTo(effect.get("ratio_ci").get(0).decimalValue());
      then(Ratios.round(row.getCell(FixesSheet.RATIO_HIGH).getNumericCellValue()))
          .isEqualTo(effect.get("ratio_ci").get(1).decimalValue());
      then(row.getCell(FixesSheet.VERDICT).getStringCellValue()).isEqualTo("worked");
    }
  }

  @Test
  void data_quality_lists_counts_and_survey_against_logs() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
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

  /** A cached formula value, in cents. */
  private static BigDecimal cents(Cell cell) {
    then(cell.getCellType()).isEqualTo(CellType.FORMULA);
    return Workbooks.cents(cell.getNumericCellValue());
  }

  /** The cached cents of a {@code PERCENTILE.INC} over the draws' costs at {@code p}. */
  private static BigDecimal percentile(Row row, int col, String p) {
    Cell cell = row.getCell(col);
    then(cell.getCellFormula())
        .startsWith("_xlfn.PERCENTILE.INC('Forecast draws'!$")
        .endsWith("," + p + ")");
    return cents(cell);
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
