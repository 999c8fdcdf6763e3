package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookChartsTest {
  private static final ReportResults SAMPLE = TestWorkspaces.sampleResults();

  @Test
  void the_summary_holds_native_charts_over_the_workbook_cells_and_no_pictures()
      throws IOException, InvalidFormatException {
    // GIVEN the sample's workbook, written through the streaming writer and read back
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
      XSSFDrawing drawing = workbook.getSheet(SummarySheet.NAME).getDrawingPatriarch();
      // THEN the Summary sheet holds the four charts and no picture
      then(drawing.getShapes()).noneMatch(XSSFPicture.class::isInstance);
      List<XSSFChart> charts = drawing.getCharts();
      then(charts)
          .extracting(c -> c.getTitleText().getString())
          .containsExactly(
              WorkbookCharts.COST_PER_HIRE,
              WorkbookCharts.TREND,
              WorkbookCharts.ACCESS,
              WorkbookCharts.FORECAST);
      // AND no chart embeds a workbook of its own: every series reads this workbook's cells
      for (PackagePart part : workbook.getPackage().getParts()) {
        then(part.getPartName().getName()).doesNotContain("embeddings");
      }
      // AND the cost per hire is stacked, one series per category with a cost, over Hires
      List<HireCost> hires = SAMPLE.costs().hires();
      int last = hires.size() + 1;
      XDDFChartData stacked = charts.get(0).getChartSeries().get(0);
      then(charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).xmlText())
          .contains("<c:grouping val=\"stacked\"/>")
          .contains("<c:overlap val=\"100\"/>");
      List<String> expected = new ArrayList<>();
      for (Category category : Category.values()) {
        if (hires.stream().anyMatch(h -> h.costOf(category).signum() != 0)) {
          expected.add(
              Cells.range(
                  HiresSheet.NAME, HiresSheet.FIRST_CATEGORY + category.ordinal(), 2, last));
        }
      }
      then(references(stacked)).isEqualTo(expected);
      then(stacked.getSeries(0).getCategoryData().getDataRangeReference())
          .isEqualTo(Cells.range(HiresSheet.NAME, HiresSheet.HIRE, 2, last));
      // AND the trend draws the totals and the fitted line of the Trend sheet
      then(references(charts.get(1).getChartSeries().get(0)))
          .containsExactly(
              Cells.range(TrendSheet.NAME, TrendSheet.TOTAL, 2, last),
              Cells.range(TrendSheet.NAME, TrendSheet.FITTED, 2, last));
      // AND the access waits the Systems hours, the band the Forecast's P10, P50 and P90
      int systems = WorkbookWriter.systemsOf(hires).size();
      then(references(charts.get(2).getChartSeries().get(0)))
          .containsExactly(Cells.range(SystemsSheet.NAME, SystemsSheet.HOURS, 2, systems + 1));
      int quarters = SAMPLE.forecast().orElseThrow().quarters().size();
      then(references(charts.get(3).getChartSeries().get(0)))
          .containsExactly(
              Cells.range(ForecastSheet.NAME, ForecastSheet.P10, 2, quarters + 1),
              Cells.range(ForecastSheet.NAME, ForecastSheet.P50, 2, quarters + 1),
              Cells.range(ForecastSheet.NAME, ForecastSheet.P90, 2, quarters + 1));
      // AND each series caches the engine's figures
      then(stacked.getSeries(0).getValuesData().getPointCount()).isEqualTo(hires.size());
    }
  }

  @Test
  void a_workspace_without_a_plan_or_a_trend_line_gets_only_the_charts_it_can_fill()
      throws IOException {
    // GIVEN the podcast workspace: one hire, no plan.yaml, so no line and no forecast
    ReportResults podcast = TestWorkspaces.podcastResults();
    try (XSSFWorkbook workbook = Workbooks.write(podcast)) {
      List<XSSFChart> charts =
          workbook.getSheet(SummarySheet.NAME).getDrawingPatriarch().getCharts();
      // THEN there is no forecast chart, and the trend chart has the totals only
      then(charts)
          .extracting(c -> c.getTitleText().getString())
          .doesNotContain(WorkbookCharts.FORECAST)
          .contains(WorkbookCharts.COST_PER_HIRE, WorkbookCharts.TREND);
      XSSFChart trend =
          charts.stream()
              .filter(c -> c.getTitleText().getString().equals(WorkbookCharts.TREND))
              .findFirst()
              .orElseThrow();
      then(trend.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
    }
  }

  @Test
  void per_hire_charts_of_more_hires_than_the_limit_are_left_out() throws IOException {
    // GIVEN charts limited to one hire fewer than the sample has
    List<HireCost> hires = SAMPLE.costs().hires();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookCharts charts =
          new WorkbookCharts(workbook.createSheet(SummarySheet.NAME), hires.size() - 1);
      // WHEN the per-hire charts and the access waits are drawn
      charts.costPerHire(hires);
      charts.trend(hires, SAMPLE.trend());
      charts.accessWaits(List.of("github"), List.of(java.math.BigDecimal.TEN));
      // THEN only the access waits chart is there
      then(workbook.getSheet(SummarySheet.NAME).getDrawingPatriarch().getCharts())
          .extracting(c -> c.getTitleText().getString())
          .containsExactly(WorkbookCharts.ACCESS);
    }
  }

  private static List<String> references(XDDFChartData data) {
    List<String> references = new ArrayList<>();
    for (int i = 0; i < data.getSeriesCount(); i++) {
      references.add(data.getSeries(i).getValuesData().getDataRangeReference());
    }
    return references;
  }
}
