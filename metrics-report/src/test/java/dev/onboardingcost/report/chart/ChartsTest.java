package dev.onboardingcost.report.chart;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.outlook.FixPayback;
import dev.onboardingcost.report.outlook.Outlook;
import dev.onboardingcost.report.outlook.QuarterForecast;
import dev.onboardingcost.report.outlook.TrendFit;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final ReportResults SAMPLE = TestWorkspaces.sampleResults();

  static final Outlook OUTLOOK =
      new Outlook(
          Optional.of(
              new TrendFit(
                  new BigDecimal("-21.4"),
                  new BigDecimal("2891.5"),
                  Optional.of(new BigDecimal("0.04")),
                  Optional.of(new BigDecimal("0.49")))),
          Optional.of(
              List.of(
                  forecast("2027-Q1", 20, "54618.33", "50100", "54500", "59200"),
                  forecast("2027-Q2", 30, "81927.50", "76000", "81800", "87900"))),
          Optional.of(
              List.of(
                  fix("Team leads can grant GitHub access", "1200", "4800", "4"),
                  fix("Dev container that works on day one", "900", "12000", "13.33"),
                  fix("Onboarding buddy", "0", "500", null))));

  @Test
  void without_outlook_draws_cost_access_and_trend() {
    then(ReportCharts.of(SAMPLE, Outlook.NONE))
        .extracting(NamedChart::name)
        .containsExactly("cost-per-hire", "access-waits", "trend");
  }

  @Test
  void with_outlook_draws_forecast_and_fixes_too() {
    then(ReportCharts.of(SAMPLE, OUTLOOK))
        .extracting(NamedChart::name)
        .containsExactly("cost-per-hire", "access-waits", "trend", "forecast", "fixes");
  }

  @Test
  void titles_state_the_finding() {
    List<NamedChart> charts = ReportCharts.of(SAMPLE, OUTLOOK);
    then(title(charts, "cost-per-hire")).isEqualTo("Access is 50% of onboarding cost");
    then(title(charts, "access-waits"))
        .isEqualTo("The median hire lost 5.75 hours waiting for github");
    then(title(charts, "trend")).isEqualTo("Each successive hire costs $21.40 less");
    then(title(charts, "forecast")).isEqualTo("The plan's 50 hires: about $136,546 to onboard");
    then(title(charts, "fixes")).isEqualTo("The best fix pays for itself after 4 hires");
  }

  @Test
  void png_is_1600_by_900_and_the_same_bytes_every_time() throws IOException {
    for (NamedChart chart : ReportCharts.of(SAMPLE, OUTLOOK)) {
      byte[] first = ChartFiles.png(chart.chart());
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
      then(image.getWidth()).isEqualTo(1600);
      then(image.getHeight()).isEqualTo(900);
      then(ChartFiles.png(chart.chart())).as(chart.name()).isEqualTo(first);
      // white background in the corner
      then(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }
  }

  @Test
  void svg_is_the_same_text_every_time(/* fixed ids */ ) {
    JFreeChart chart = CostPerHireChart.create(SAMPLE.analysis().costs());
    String svg = ChartFiles.svg(chart);
    then(svg).startsWith("<?xml").contains("<svg").contains("Access is 50% of onboarding cost");
    then(ChartFiles.svg(CostPerHireChart.create(SAMPLE.analysis().costs()))).isEqualTo(svg);
  }

  @Test
  void writes_png_and_svg_files(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    // Also leaves the charts in target/charts-preview for a look by eye.
    Path preview = Path.of("target", "charts-preview");
    Files.createDirectories(preview);
    for (NamedChart chart : ReportCharts.of(SAMPLE, OUTLOOK)) {
      ChartFiles.writePng(ChartFiles.png(chart.chart()), dir.resolve(chart.name() + ".png"));
      ChartFiles.writeSvg(chart.chart(), dir.resolve(chart.name() + ".svg"));
      Files.copy(
          dir.resolve(chart.name() + ".png"),
          preview.resolve(chart.name() + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      then(dir.resolve(chart.name() + ".png")).isNotEmptyFile();
      then(dir.resolve(chart.name() + ".svg")).isNotEmptyFile();
    }
  }

  @Test
  void absent_data_draws_no_forecast_or_fixes() {
    then(ForecastChart.create(List.of(), SAMPLE.analysis().costs().currency())).isEmpty();
    then(FixesChart.create(List.of(fix("Nothing", "0", "100", null)))).isEmpty();
  }

  private static String title(List<NamedChart> charts, String name) {
    return charts.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow()
        .chart()
        .getTitle()
        .getText();
  }

  private static QuarterForecast forecast(
      String quarter, int hires, String expected, String p10, String p50, String p90) {
    return new QuarterForecast(
        quarter,
        hires,
        new BigDecimal(expected),
        new BigDecimal(p10),
        new BigDecimal(p50),
        new BigDecimal(p90),
        new BigDecimal("1.5"),
        false);
  }

  private static FixPayback fix(String name, String savings, String oneOff, String payback) {
    return new FixPayback(
        name,
        new BigDecimal(savings),
        new BigDecimal(oneOff),
        Optional.ofNullable(payback).map(BigDecimal::new));
  }
}
