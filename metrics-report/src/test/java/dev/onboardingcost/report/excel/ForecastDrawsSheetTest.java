package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.cost.Payer;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.model.Rates;
import dev.onboardingcost.core.plan.Band;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.HiringPlan;
import dev.onboardingcost.core.plan.PlannedQuarter;
import dev.onboardingcost.core.time.OnboardingWindow;
import dev.onboardingcost.core.time.WorkCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.formula.functions.AggregateFunction;
import org.apache.poi.ss.formula.functions.FreeRefFunction;
import org.apache.poi.ss.formula.udf.DefaultUDFFinder;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ForecastDrawsSheetTest {
  private static final WorkCalendar CALENDAR = WorkCalendar.nineToFive(ZoneOffset.UTC);
  private static final RateBasis SENIOR = new RateBasis(RateBasis.Kind.ROLE, "senior");
  private static final Rates RATES =
      new Rates(HourlyRate.of("60"), Map.of("senior", HourlyRate.of("120")));

  /** Five hires: hire i loses i hours of their own (at 60) and takes 30 minutes of a senior's. */
  private static List<HireCost> hires() {
    Payer own =
        new Payer(Payer.Kind.HIRE, Optional.empty(), RateBasis.DEFAULT, HourlyRate.of("60"));
    Payer helper = new Payer(Payer.Kind.COLLEAGUE, Optional.empty(), SENIOR, HourlyRate.of("120"));
    List<HireCost> hires = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      LocalDate start = LocalDate.of(2026, 1, 4 + i);
      List<CostLine> lines =
          List.of(
              new CostLine(
                  Optional.empty(),
                  own,
                  Category.OTHER,
                  Optional.empty(),
                  BigDecimal.valueOf(60L * i)),
              new CostLine(
                  Optional.empty(),
                  helper,
                  Category.OTHER,
                  Optional.empty(),
                  BigDecimal.valueOf(30)));
      hires.add(
          new HireCost(
              Person.hire("h" + i, start),
              OnboardingWindow.of(CALENDAR, start, 20),
              lines,
              Map.of(),
              List.of(),
              List.of()));
    }
    return hires;
  }

  @Test
  void a_new_default_rate_reprices_the_band_through_the_draws() throws Exception {
    // GIVEN a plan of 2 hires drawn from five hires whose draw of two costs 60 × H + 120, H being
    // the two hires' own hours (their senior helper's hour costs 120)
    List<HireCost> hires = hires();
    HiringPlan plan =
        new HiringPlan(50, List.of(PlannedQuarter.of("2027-Q1", 2)), 200, 7, BigDecimal.TEN);
    Forecast forecast =
        Forecast.of(new CostReport(Currency.getInstance("USD"), hires), plan, CALENDAR);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet assumptions = workbook.createSheet("Assumptions");
      assumptions.createRow(1).createCell(1).setCellValue(60);
      assumptions.createRow(2).createCell(1).setCellValue(120);
      Name rateValues = workbook.createName();
      rateValues.setNameName("RateValues");
      rateValues.setRefersToFormula("Assumptions!$B$2:$B$3");
      Name mean = workbook.createName(); // the Summary's mean, which the expected cost reads
      mean.setNameName("MeanCostPerHire");
      mean.setRefersToFormula("Assumptions!$B$2");
      Styles styles = new Styles(workbook, Currency.getInstance("USD"));
      new ForecastSheet(styles)
          .write(
              workbook.createSheet(ForecastSheet.NAME),
              Optional.of(plan),
              Optional.of(forecast),
              5);
      new ForecastDrawsSheet(styles, new RateTable(RATES, List.of(), hires))
          .write(workbook.createSheet(ForecastDrawsSheet.NAME), Optional.of(forecast));
      // WHEN the default rate goes from 60 to 90 and the workbook recalculates
      assumptions.getRow(1).getCell(1).setCellValue(90);
      workbook.addToolPack(percentileInc());
      FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      evaluator.evaluateAll();
      // THEN each draw costs 90 × H + 120 = 1.5 × (60 × H + 120) - 60, and so does every
      // percentile of them, PERCENTILE.INC being linear between two ranks
      Band before = forecast.quarters().get(0).band().orElseThrow();
      Row q1 = workbook.getSheet(ForecastSheet.NAME).getRow(1);
      then(q1.getCell(ForecastSheet.P10).getNumericCellValue()).isEqualTo(repriced(before.p10()));
      then(q1.getCell(ForecastSheet.P50).getNumericCellValue()).isEqualTo(repriced(before.p50()));
      then(q1.getCell(ForecastSheet.P90).getNumericCellValue()).isEqualTo(repriced(before.p90()));
      // AND the draws sheet names the rates and holds each draw's senior hour
      Sheet draws = workbook.getSheet(ForecastDrawsSheet.NAME);
      then(draws.getRow(0).getCell(1).getStringCellValue()).isEqualTo("2027-Q1 hours at default");
      then(draws.getRow(0).getCell(2).getStringCellValue())
          .isEqualTo("2027-Q1 hours at role:senior");
      then(draws.getRow(0).getCell(3).getStringCellValue()).isEqualTo("2027-Q1 cost");
      then(draws.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Plan cost");
      Row firstDraw = draws.getRow(ForecastDrawsSheet.FIRST_DRAW_ROW);
      then(firstDraw.getCell(3).getCellFormula()).isEqualTo("SUMPRODUCT(B4:C4,$B$3:$C$3)");
      then(firstDraw.getCell(4).getCellFormula()).isEqualTo("D4");
      then(firstDraw.getCell(2).getNumericCellValue()).isEqualTo(1.0);
    }
  }

  /**
   * {@code PERCENTILE.INC} for POI's evaluator, which knows it only by its older name {@code
   * PERCENTILE}: the same function (linear between the closest ranks of {@code p × (n - 1)}).
   */
  private static UDFFinder percentileInc() {
    FreeRefFunction inc =
        (args, context) ->
            AggregateFunction.PERCENTILE.evaluate(
                args, context.getRowIndex(), context.getColumnIndex());
    return new DefaultUDFFinder(
        new String[] {"_xlfn.PERCENTILE.INC", "PERCENTILE.INC"}, new FreeRefFunction[] {inc, inc});
  }

  private static double repriced(BigDecimal cost) {
    return cost.multiply(new BigDecimal("1.5")).subtract(BigDecimal.valueOf(60)).doubleValue();
  }
}
