package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.summary.SummaryWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC section 5, evidence: a hire nobody asked is listed, shown on the Hires sheet, and left out
 * of every statistic; the totals' sums and counts still cover every hire.
 */
class EvidenceOnTheWorkbookTest {
  @TempDir static Path dir;

  private static ReportResults sample;
  private static ReportResults withNobody;

  @BeforeAll
  static void analyse() throws IOException {
    // GIVEN the sample, and the sample with one more hire whom no record names
    sample = TestWorkspaces.sampleResults();
    Path copy = TestWorkspaces.copyOfSample(dir.resolve("sample"));
    TestWorkspaces.append(
        copy,
        "people.csv",
        List.of("nbody,Nora Body,nora.body@acme.example,,,mobile,engineer,2026-05-04,"));
    withNobody = TestWorkspaces.analyse(copy);
  }

  @Test
  void a_hire_nobody_asked_is_counted_but_left_out_of_the_statistics() {
    // WHEN summarised
    ObjectNode before = SummaryWriter.summaryOf(sample);
    ObjectNode after = SummaryWriter.summaryOf(withNobody);
    // THEN the hire is there, with no evidence
    JsonNode nbody = hire(after, "nbody");
    then(nbody.get("evidence").asText()).isEqualTo("none");
    then(hire(after, "olarsen").get("evidence").asText()).isEqualTo("logs+survey");
    // AND totals.hires counts every hire, hires_with_evidence those the statistics use
    then(after.get("totals").get("hires").asInt()).isEqualTo(41);
    then(after.get("totals").get("hires_with_evidence").asInt()).isEqualTo(40);
    then(after.get("data_quality").get("hires_without_evidence").asInt()).isEqualTo(1);
    // AND the sum covers the hire's assumed default provisioning (60 min at ops 110/h = 110)
    then(after.get("totals").get("total_cost").decimalValue())
        .isEqualByComparingTo(
            before
                .get("totals")
                .get("total_cost")
                .decimalValue()
                .add(new java.math.BigDecimal("110")));
    // AND the statistics, the trend, the cohorts and the forecast do not move
    for (String key : List.of("mean_cost_per_hire", "median_cost_per_hire", "p90_cost_per_hire")) {
      then(after.get("totals").get(key)).isEqualTo(before.get("totals").get(key));
    }
    then(after.get("trend")).isEqualTo(before.get("trend"));
    then(after.get("cohorts")).isEqualTo(before.get("cohorts"));
    then(after.get("forecast")).isEqualTo(before.get("forecast"));
    then(after.get("fixes")).isEqualTo(before.get("fixes"));
  }

  @Test
  void the_hires_sheet_shows_the_evidence_and_the_summary_averages_the_hires_with_evidence()
      throws IOException {
    ObjectNode summary = SummaryWriter.summaryOf(withNobody);
    try (XSSFWorkbook workbook = Workbooks.write(withNobody)) {
      Sheet hires = workbook.getSheet("Hires");
      int evidence = column(hires, "Evidence");
      int counted = column(hires, "Total in statistics");
      Row nbody = null;
      for (Row row : hires) {
        if (row.getRowNum() > 0
            && "nbody".equals(row.getCell(HiresSheet.HIRE).getStringCellValue())) {
          nbody = row;
        }
      }
      // THEN the hire's row says none, and its total is left out of the statistics column
      then(nbody).isNotNull();
      then(nbody.getCell(evidence).getStringCellValue()).isEqualTo("none");
      then(nbody.getCell(counted).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
      then(nbody.getCell(counted).getStringCellValue()).isEmpty();
      // AND the Summary sheet's mean is summary.json's, a formula over that column
      Cell mean = workbook.getSheet("Summary").getRow(6).getCell(1); // 0-based: row 7, the mean
      then(mean.getCellFormula()).isEqualTo("AVERAGE(" + HiresSheet.STATISTICS_TOTALS + ")");
      then(workbook.getName(HiresSheet.STATISTICS_TOTALS).getRefersToFormula())
          .startsWith("Hires!$" + Cells.column(counted) + "$2");
      then(Workbooks.cents(mean.getNumericCellValue()))
          .isEqualByComparingTo(summary.get("totals").get("mean_cost_per_hire").decimalValue());
      // AND the Data quality sheet lists the hire as a hire to check
      List<String> findings = new ArrayList<>();
      workbook
          .getSheet("Data quality")
          .forEach(
              row -> {
                Cell text = row.getCell(2);
                if (text != null && text.getCellType() == CellType.STRING) {
                  findings.add(text.getStringCellValue());
                }
              });
      then(findings)
          .anySatisfy(text -> then(text).startsWith("nbody has no evidence"))
          .anySatisfy(text -> then(text).startsWith("no grant seen for a required system: nbody"))
          .anySatisfy(text -> then(text).startsWith("znatarajan lost 171.05 hours of their own"));
    }
  }

  private static JsonNode hire(ObjectNode summary, String id) {
    for (JsonNode hire : summary.get("hires")) {
      if (hire.get("id").asText().equals(id)) {
        return hire;
      }
    }
    throw new AssertionError("no hire " + id);
  }

  private static int column(Sheet sheet, String header) {
    for (Cell cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equals(header)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + header);
  }
}
