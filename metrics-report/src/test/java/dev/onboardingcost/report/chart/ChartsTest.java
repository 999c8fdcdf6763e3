package dev.onboardingcost.report.chart;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.core.stats.Percentiles;
import dev.onboardingcost.core.stats.TrendAnalysis;
import dev.onboardingcost.report.Money;
import dev.onboardingcost.report.Ratios;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.summary.SummaryWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charts of the generated sample (plan.yaml and fixes.yaml) and of the podcast example
 * (neither). Every figure a chart shows is checked against summary.json, never against figures of
 * one particular sample.
 */
class ChartsTest {
  private static final ReportResults SAMPLE = TestWorkspaces.sampleResults();
  private static final JsonNode SUMMARY = SummaryWriter.summaryOf(SAMPLE);
  private static final ReportResults PODCAST = TestWorkspaces.podcastResults();
  private static final Currency CURRENCY = SAMPLE.costs().currency();

  @Test
  void a_workspace_with_plan_and_fixes_draws_every_chart() {
    then(ReportCharts.of(SAMPLE))
        .extracting(NamedChart::name)
        .containsExactly(
            "cost-per-hire",
            "access-waits",
            "trend",
            "fix-effects",
            "time-to-pr",
            "forecast",
            "fixes");
  }

  @Test
  void a_workspace_without_plan_or_fixes_draws_no_forecast_or_fixes() {
    then(PODCAST.forecast()).isEmpty();
    then(PODCAST.fixes()).isEmpty();
    then(ReportCharts.of(PODCAST))
        .extracting(NamedChart::name)
        .containsExactly("cost-per-hire", "access-waits", "trend");
  }

  @Test
  void cost_per_hire_title_names_the_biggest_category_and_its_share_of_summary_json() {
    // GIVEN the cost by category over all hires, from summary.json
    Map<String, BigDecimal> byCategory = new TreeMap<>();
    for (JsonNode hire : SUMMARY.get("hires")) {
      hire.get("cost_by_category")
          .properties()
          .forEach(e -> byCategory.merge(e.getKey(), e.getValue().decimalValue(), BigDecimal::add));
    }
    Map.Entry<String, BigDecimal> top =
        byCategory.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    BigDecimal total = SUMMARY.get("totals").get("total_cost").decimalValue();
    BigDecimal pct =
        top.getValue().multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_EVEN);
    String expected =
        Character.toUpperCase(top.getKey().charAt(0))
            + top.getKey().substring(1)
            + " is "
            + pct.toPlainString()
            + "% of onboarding cost";
    // WHEN / THEN
    JFreeChart chart = chart(SAMPLE, "cost-per-hire");
    then(chart.getTitle().getText()).isEqualTo(expected);
    then(subtitle(chart))
        .isEqualTo(
            SUMMARY.get("totals").get("hires").asInt()
                + " hires, "
                + Money.whole(total, CURRENCY)
                + " in all; mean "
                + Money.whole(
                    SUMMARY.get("totals").get("mean_cost_per_hire").decimalValue(), CURRENCY)
                + " per hire");
  }

  @Test
  void access_wait_title_is_the_longest_median_wait_of_the_engine() {
    // GIVEN each system's exact hours per hire from the engine, a hire with no wait counting 0
    TreeSet<String> systems = new TreeSet<>();
    SAMPLE.costs().hires().forEach(h -> systems.addAll(h.accessMinutesBySystem().keySet()));
    record Wait(String system, BigDecimal median, BigDecimal p90) {}
    List<Wait> waits = new ArrayList<>();
    for (String system : systems) {
      List<BigDecimal> hours = new ArrayList<>();
      for (HireCost hire : SAMPLE.costs().hires()) {
        BigDecimal minutes = hire.accessMinutesBySystem().getOrDefault(system, BigDecimal.ZERO);
        hours.add(minutes.divide(BigDecimal.valueOf(60), MathContext.DECIMAL128));
      }
      waits.add(
          new Wait(
              system,
              Percentiles.of(hours, Percentiles.MEDIAN).orElseThrow(),
              Percentiles.of(hours, Percentiles.P90).orElseThrow()));
    }
    Wait top =
        waits.stream()
            .max(
                Comparator.comparing(Wait::median)
                    .thenComparing(Wait::p90)
                    .thenComparing(Wait::system, Comparator.reverseOrder()))
            .orElseThrow();
    then(top.median()).isPositive();
    // THEN the title says it, in hours rounded as summary.json rounds them
    then(chart(SAMPLE, "access-waits").getTitle().getText())
        .isEqualTo(
            "The median hire lost "
                + Rounding.twoDecimals(top.median()).stripTrailingZeros().toPlainString()
                + " hours waiting for "
                + top.system());
  }

  @Test
  void trend_title_is_the_theil_sen_slope_of_summary_json_and_the_line_is_the_engine_fit() {
    JsonNode trend = SUMMARY.get("trend");
    BigDecimal slope = trend.get("theil_sen_slope_per_hire").decimalValue();
    boolean clear = Ratios.isSignificant(trend.get("kendall_p_value").asDouble());
    JFreeChart chart = chart(SAMPLE, "trend");
    then(chart.getTitle().getText())
        .isEqualTo(
            clear && slope.signum() != 0
                ? "Each successive hire costs about "
                    + Money.whole(slope.abs(), CURRENCY)
                    + (slope.signum() < 0 ? " less" : " more")
                : "No clear trend over " + trend.get("hires").asInt() + " hires");
    then(subtitle(chart))
        .contains("median change per hire " + Money.whole(slope, CURRENCY))
        .contains(
            "(95%: "
                + Money.whole(trend.get("theil_sen_ci").get(0).decimalValue(), CURRENCY)
                + " to "
                + Money.whole(trend.get("theil_sen_ci").get(1).decimalValue(), CURRENCY)
                + ")")
        .contains("Kendall p = " + Ratios.text(trend.get("kendall_p_value").asDouble()))
        .contains("r² " + Ratios.text(trend.get("r_squared").asDouble()));
    // AND the line runs from x = 1 to x = n along intercept + slope × x, to the cent
    XYDataset data = ((XYPlot) chart.getPlot()).getDataset();
    int n = SUMMARY.get("totals").get("hires").asInt();
    then(data.getSeriesCount()).isEqualTo(2);
    then(data.getItemCount(0)).isEqualTo(n);
    then(data.getItemCount(1)).isEqualTo(2);
    BigDecimal intercept = SAMPLE.trend().intercept().orElseThrow();
    BigDecimal exactSlope = SAMPLE.trend().slope().orElseThrow();
    then(cents(data.getYValue(1, 0))).isEqualTo(cents(intercept.add(exactSlope)));
    then(cents(data.getYValue(1, 1)))
        .isEqualTo(cents(intercept.add(exactSlope.multiply(BigDecimal.valueOf(n)))));
    then(data.getXValue(1, 1)).isEqualTo(n);
  }

  @Test
  void trend_title_says_no_clear_trend_when_kendalls_test_cannot_tell() {
    // GIVEN a steady rise of about 100 a hire, and a zigzag that rises by chance
    TrendAnalysis steady = TrendAnalysis.ofTotals(money("100", "210", "290", "405", "500"));
    TrendAnalysis zigzag = TrendAnalysis.ofTotals(money("100", "500", "120", "480", "130"));
    then(Ratios.isSignificant(steady.kendallPValue().getAsDouble())).isTrue();
    then(Ratios.isSignificant(zigzag.kendallPValue().getAsDouble())).isFalse();
    // WHEN / THEN only the steady rise is headlined as a trend
    CostReport costs = new CostReport(CURRENCY, List.of());
    then(TrendChart.title(costs, steady))
        .isEqualTo(
            "Each successive hire costs about "
                + Money.whole(steady.theilSen().orElseThrow().slope(), CURRENCY)
                + " more");
    then(TrendChart.title(costs, zigzag)).isEqualTo("No clear trend over 5 hires");
  }

  private static List<BigDecimal> money(String... amounts) {
    return java.util.Arrays.stream(amounts).map(BigDecimal::new).toList();
  }

  @Test
  void trend_of_too_few_hires_has_no_line_and_says_why() {
    JFreeChart chart = chart(PODCAST, "trend");
    then(PODCAST.trend().slope()).isEmpty();
    then(((XYPlot) chart.getPlot()).getDataset().getSeriesCount()).isEqualTo(1);
    then(subtitle(chart)).contains(PODCAST.trend().reason().orElseThrow());
    then(chart.getTitle().getText())
        .isEqualTo(
            "The one hire cost "
                + Money.whole(
                    SummaryWriter.summaryOf(PODCAST).get("totals").get("total_cost").decimalValue(),
                    PODCAST.costs().currency()));
  }

  @Test
  void cost_per_hire_of_many_hires_has_a_bar_per_start_month_with_its_mean_per_category(
      @TempDir Path dir) throws IOException {
    // GIVEN 250 hires who started on successive weekdays of 2026 (more than a bar each can show)
    ReportResults many = TestWorkspaces.analyse(manyHires(dir, 250, LocalDate.of(2026, 1, 5)));
    JsonNode summary = SummaryWriter.summaryOf(many);
    Map<String, List<JsonNode>> byMonth = new TreeMap<>();
    for (JsonNode hire : summary.get("hires")) {
      byMonth
          .computeIfAbsent(hire.get("start_date").asText().substring(0, 7), m -> new ArrayList<>())
          .add(hire);
    }
    then(byMonth).hasSize(12);
    // WHEN the chart is drawn
    JFreeChart chart = chart(many, "cost-per-hire");
    // THEN it has a column per start month, and each bar of a category is the mean, over the hires
    // who started in that month, of their cost in that category in summary.json
    CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();
    then(columns(data)).containsExactlyElementsOf(byMonth.keySet());
    for (Object row : data.getRowKeys()) {
      byMonth.forEach(
          (month, hires) -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode hire : hires) {
              JsonNode cost = hire.get("cost_by_category").get((String) row);
              sum = sum.add(cost == null ? BigDecimal.ZERO : cost.decimalValue());
            }
            BigDecimal mean = sum.divide(BigDecimal.valueOf(hires.size()), MathContext.DECIMAL64);
            then(cents(data.getValue((String) row, month)))
                .as("%s in %s", row, month)
                .isEqualTo(cents(mean));
          });
    }
    then(subtitle(chart)).startsWith("250 hires, ").endsWith("; a bar per start month");
  }

  @Test
  void cost_per_hire_of_hires_over_more_than_three_years_has_a_bar_per_start_quarter(
      @TempDir Path dir) throws IOException {
    // GIVEN 250 hires, one every week from January 2022 (about four years and 10 months)
    Path workspace = manyHires(dir, 250, LocalDate.of(2022, 1, 3), 7);
    // WHEN the chart is drawn
    JFreeChart chart = chart(TestWorkspaces.analyse(workspace), "cost-per-hire");
    // THEN its columns are the quarters from the first start to the last
    CategoryDataset data = ((CategoryPlot) chart.getPlot()).getDataset();
    then(columns(data)).startsWith("2022-Q1", "2022-Q2").endsWith("2026-Q3", "2026-Q4");
    then(data.getColumnCount()).isEqualTo(20);
    then(subtitle(chart)).endsWith("; a bar per start quarter");
  }

  @Test
  void trend_of_many_hires_shows_means_of_successive_hires_and_the_fit_of_every_hire(
      @TempDir Path dir) throws IOException {
    // GIVEN 250 hires
    ReportResults many = TestWorkspaces.analyse(manyHires(dir, 250, LocalDate.of(2026, 1, 5)));
    List<BigDecimal> totals =
        TrendChart.inStartOrder(many.costs()).stream().map(HireCost::totalCost).toList();
    // WHEN the trend is drawn
    JFreeChart chart = chart(many, "trend");
    // THEN each point is the mean total of 3 successive hires (the last of the one left) at the
    // middle of their numbers, and the line is still the fit of all 250
    XYDataset data = ((XYPlot) chart.getPlot()).getDataset();
    then(TrendChart.hiresPerPoint(250)).isEqualTo(3);
    then(data.getItemCount(0)).isEqualTo(84);
    for (int point = 0; point < 84; point++) {
      List<BigDecimal> run = totals.subList(3 * point, Math.min(3 * point + 3, 250));
      BigDecimal sum = run.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      then(cents(data.getYValue(0, point)))
          .as("point %d", point)
          .isEqualTo(cents(sum.divide(BigDecimal.valueOf(run.size()), MathContext.DECIMAL64)));
      then(data.getXValue(0, point)).isEqualTo(3 * point + (run.size() + 1) / 2.0);
    }
    then(data.getSeriesKey(0).toString()).isEqualTo("Mean of 3 successive hires");
    BigDecimal intercept = many.trend().intercept().orElseThrow();
    BigDecimal slope = many.trend().slope().orElseThrow();
    then(data.getXValue(1, 1)).isEqualTo(250);
    then(cents(data.getYValue(1, 1)))
        .isEqualTo(cents(intercept.add(slope.multiply(BigDecimal.valueOf(250)))));
    then(subtitle(chart)).contains("line: least squares of all");
  }

  @Test
  void up_to_120_hires_are_shown_one_by_one() {
    then(TrendChart.hiresPerPoint(1)).isEqualTo(1);
    then(TrendChart.hiresPerPoint(120)).isEqualTo(1);
    then(TrendChart.hiresPerPoint(121)).isEqualTo(2);
    then(TrendChart.hiresPerPoint(20_000)).isEqualTo(200);
  }

  /**
   * A workspace of {@code count} hires, starting on successive weekdays from {@code first}, each
   * helped by one colleague for a different number of minutes and waiting a different time for
   * GitHub.
   */
  private static Path manyHires(Path dir, int count, LocalDate first) throws IOException {
    return manyHires(dir, count, first, 0);
  }

  /** As above, or with {@code daysApart} above 0, starts that many days apart. */
  private static Path manyHires(Path dir, int count, LocalDate first, int daysApart)
      throws IOException {
    Files.copy(TestWorkspaces.podcast().resolve("onboarding.yaml"), dir.resolve("onboarding.yaml"));
    List<String> people = new ArrayList<>(List.of("id,name,email,github,team,role,start_date"));
    List<String> events =
        new ArrayList<>(
            List.of(
                "type,hire,helper,category,system,start,end,minutes,count,milestone,source,note"));
    people.add("c1,Casey Ito,casey@example.com,casey-i,payments,engineer,");
    LocalDate start = first;
    for (int i = 1; i <= count; i++) {
      String hire = String.format("h%03d", i);
      people.add(hire + ",Hire " + i + "," + hire + "@example.com,,payments,engineer," + start);
      LocalDate next = start.plusDays(1);
      events.add(
          "help,"
              + hire
              + ",c1,"
              + (i % 2 == 0 ? "knowledge" : "tooling")
              + ",,"
              + next
              + "T10:00:00,,"
              + (30 + i * 37 % 120)
              + ",1,,slack,");
      events.add(
          "access_wait,"
              + hire
              + ",,,github,"
              + next
              + "T09:00:00,"
              + next
              + "T"
              + String.format("%02d", 10 + i % 6)
              + ":00:00,,,,okta,");
      start = daysApart > 0 ? start.plusDays(daysApart) : nextWeekday(start);
    }
    Files.write(dir.resolve("people.csv"), people);
    Files.write(dir.resolve("events.csv"), events);
    return dir;
  }

  private static List<String> columns(CategoryDataset data) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < data.getColumnCount(); i++) {
      keys.add(data.getColumnKey(i).toString());
    }
    return keys;
  }

  private static LocalDate nextWeekday(LocalDate date) {
    LocalDate next = date.plusDays(1);
    while (next.getDayOfWeek().getValue() > 5) {
      next = next.plusDays(1);
    }
    return next;
  }

  @Test
  void forecast_shows_the_band_and_expected_cost_of_summary_json() {
    JsonNode totals = SUMMARY.get("forecast_totals");
    JFreeChart chart = chart(SAMPLE, "forecast");
    then(chart.getTitle().getText())
        .isEqualTo(
            "The plan's "
                + totals.get("hires").asInt()
                + " hires: about "
                + Money.whole(totals.get("expected_cost").decimalValue(), CURRENCY)
                + " to onboard");
    then(subtitle(chart))
        .startsWith(
            "8 in 10 simulated plans cost "
                + Money.whole(totals.get("p10").decimalValue(), CURRENCY)
                + " to "
                + Money.whole(totals.get("p90").decimalValue(), CURRENCY));
    CategoryPlot plot = chart.getCategoryPlot();
    IntervalCategoryDataset band = (IntervalCategoryDataset) plot.getDataset(0);
    CategoryDataset points = plot.getDataset(1);
    JsonNode quarters = SUMMARY.get("forecast");
    then(band.getColumnCount()).isEqualTo(quarters.size());
    for (int i = 0; i < quarters.size(); i++) {
      JsonNode q = quarters.get(i);
      then(band.getColumnKey(i).toString())
          .startsWith(q.get("quarter").asText())
          .endsWith(q.get("hires").asInt() + " hires");
      then(cents(band.getStartValue(0, i))).isEqualTo(q.get("p10").decimalValue());
      then(cents(band.getEndValue(0, i))).isEqualTo(q.get("p90").decimalValue());
      then(cents(points.getValue("Expected", band.getColumnKey(i))))
          .isEqualTo(q.get("expected_cost").decimalValue());
      then(cents(points.getValue("Median (P50)", band.getColumnKey(i))))
          .isEqualTo(q.get("p50").decimalValue());
    }
  }

  @Test
  void fixes_are_ranked_by_the_payback_of_summary_json() {
    JFreeChart chart = chart(SAMPLE, "fixes");
    List<JsonNode> paying = new ArrayList<>();
    SUMMARY
        .get("fixes")
        .forEach(
            f -> {
              if (!f.get("payback_hires").isNull()) {
                paying.add(f);
              }
            });
    then(paying).isNotEmpty();
    JsonNode best = paying.get(0);
    then(chart.getTitle().getText())
        .isEqualTo(
            "The best fix pays for itself after "
                + best.get("payback_hires").decimalValue().setScale(2).toPlainString()
                + " hires");
    then(subtitle(chart))
        .startsWith(
            best.get("name").asText()
                + ": saves "
                + Money.whole(best.get("savings_per_hire").decimalValue(), CURRENCY)
                + " per hire, costs "
                + Money.whole(best.get("one_off_cost").decimalValue(), CURRENCY)
                + " once");
    CategoryDataset bars = chart.getCategoryPlot().getDataset();
    then(bars.getColumnCount()).isEqualTo(paying.size());
    for (int i = 0; i < paying.size(); i++) {
      then(bars.getColumnKey(i).toString()).isEqualTo(paying.get(i).get("name").asText());
      then(BigDecimal.valueOf(bars.getValue(0, i).doubleValue())
              .setScale(2, RoundingMode.HALF_EVEN))
          .isEqualTo(paying.get(i).get("payback_hires").decimalValue().setScale(2));
    }
  }

  @Test
  void fix_effects_plot_the_before_and_after_means_of_summary_json_with_their_verdict() {
    // GIVEN the sample's measured fix, from summary.json
    JsonNode effect = SUMMARY.get("fix_effects").get(0);
    // WHEN
    JFreeChart chart = chart(SAMPLE, "fix-effects");
    // THEN the before and after points are the means of summary.json, each inside its whiskers
    XYDataset data = ((XYPlot) chart.getPlot()).getDataset();
    then(data.getSeriesCount()).isEqualTo(2);
    var intervals = (org.jfree.data.xy.IntervalXYDataset) data;
    String[] sides = {"before", "after"};
    for (int s = 0; s < 2; s++) {
      BigDecimal mean = effect.get(sides[s]).get("mean_cost").decimalValue();
      then(cents(data.getYValue(s, 0))).isEqualTo(mean);
      then(intervals.getStartYValue(s, 0)).isLessThanOrEqualTo(data.getYValue(s, 0));
      then(intervals.getEndYValue(s, 0)).isGreaterThanOrEqualTo(data.getYValue(s, 0));
    }
    // AND the title says the fix worked by how much, the subtitle gives the ratio's interval
    then(effect.get("verdict").asText()).isEqualTo("worked");
    BigDecimal fell =
        BigDecimal.ONE
            .subtract(SAMPLE.fixEffects().get(0).comparison().ratio().orElseThrow())
            .movePointRight(2)
            .setScale(0, RoundingMode.HALF_EVEN);
    then(chart.getTitle().getText())
        .isEqualTo("Fix worked: targeted cost per hire fell " + fell.toPlainString() + "%");
    then(subtitle(chart)).contains("95% interval");
  }

  @Test
  void time_to_pr_plots_each_hires_days_of_summary_json_in_start_order() {
    // GIVEN each hire's days to a first PR and a tenth merged PR, from summary.json, in start order
    List<JsonNode> hires = new ArrayList<>();
    SUMMARY.get("hires").forEach(hires::add);
    hires.sort(
        Comparator.comparing((JsonNode h) -> h.get("start_date").asText())
            .thenComparing(h -> h.get("id").asText()));
    // WHEN the chart is drawn
    JFreeChart chart = MilestonesChart.create(SAMPLE.costs()).orElseThrow();
    XYDataset data = chart.getXYPlot().getDataset();
    // THEN each series holds, at x = the hire's number, its days; hires without one have no point
    String[] keys = {"first_pr", "tenth_merged_pr"};
    List<Double> firstPrs = new ArrayList<>();
    for (int s = 0; s < keys.length; s++) {
      List<double[]> expected = new ArrayList<>();
      for (int i = 0; i < hires.size(); i++) {
        JsonNode days = hires.get(i).get("days_to_milestone").get(keys[s]);
        if (days != null) {
          expected.add(new double[] {i + 1, days.asDouble()});
          if (s == 0) {
            firstPrs.add(days.asDouble());
          }
        }
      }
      then(data.getItemCount(s)).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        then(data.getXValue(s, i)).isEqualTo(expected.get(i)[0]);
        then(data.getYValue(s, i)).isCloseTo(expected.get(i)[1], within(0.005));
      }
    }
    // AND the subtitle compares the medians of the earlier and the later half
    int n = firstPrs.size();
    then(((TextTitle) chart.getSubtitle(0)).getText())
        .endsWith(
            "; median to a first PR: "
                + medianText(firstPrs.subList(0, n / 2))
                + " working days for the earlier half of hires, "
                + medianText(firstPrs.subList(n - n / 2, n))
                + " for the later half");
  }

  private static String medianText(List<Double> days) {
    List<BigDecimal> values = days.stream().map(BigDecimal::valueOf).toList();
    double median = Percentiles.of(values, Percentiles.MEDIAN).orElseThrow().doubleValue();
    return String.format(java.util.Locale.ROOT, "%.1f", median);
  }

  @Test
  void png_is_1600_by_900_and_the_same_bytes_every_time() throws IOException {
    for (NamedChart chart : ReportCharts.of(SAMPLE)) {
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
  void svg_is_the_same_text_every_time_and_carries_the_title(/* fixed ids */ ) {
    for (NamedChart chart : ReportCharts.of(SAMPLE)) {
      String svg = ChartFiles.svg(chart.chart());
      then(svg)
          .as(chart.name())
          .startsWith("<?xml")
          .contains("<svg")
          .contains(escaped(chart.chart().getTitle().getText()));
      then(ChartFiles.svg(chart(SAMPLE, chart.name()))).as(chart.name()).isEqualTo(svg);
    }
  }

  @Test
  void draws_the_same_svg_whatever_the_default_locale() {
    // GIVEN the SVGs drawn in the build's pinned locale
    List<String> pinned =
        ReportCharts.of(SAMPLE).stream().map(c -> ChartFiles.svg(c.chart())).toList();
    Locale before = Locale.getDefault();
    try {
      // WHEN the JVM's locale writes Thai digits
      Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
      List<String> thai =
          ReportCharts.of(SAMPLE).stream().map(c -> ChartFiles.svg(c.chart())).toList();
      // THEN every chart is the same text, with no Thai digit in it
      then(thai).isEqualTo(pinned);
      then(String.join("", thai)).doesNotContainPattern("[\\u0E50-\\u0E59\\u0660-\\u0669]");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void drops_the_characters_xml_forbids_from_svg() {
    // GIVEN text with a control character, a lone surrogate and a form feed
    String text = "git\u0001hub \uD800x\f\t\n<ok> \uD83D\uDE00";
    // WHEN / THEN only what XML 1.0 allows is kept (tab, newline and a whole emoji included)
    then(ChartFiles.xmlCharactersOnly(text)).isEqualTo("github x\t\n<ok> \uD83D\uDE00");
  }

  @Test
  void writes_png_and_svg_files(@TempDir Path dir) throws IOException {
    // Also leaves the charts in target/charts-preview for a look by eye.
    Path preview = Path.of("target", "charts-preview");
    Files.createDirectories(preview);
    for (NamedChart chart : ReportCharts.of(SAMPLE)) {
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
  void fixes_that_never_pay_back_draw_no_chart() {
    List<dev.onboardingcost.core.plan.FixPayback> none =
        SAMPLE.fixes().stream()
            .map(
                f ->
                    new dev.onboardingcost.core.plan.FixPayback(
                        f.fix(),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        f.oneOffCost(),
                        f.recurringCostPerQuarter(),
                        f.hiresPerQuarter(),
                        f.recurringCostPerQuarter().negate(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.of(dev.onboardingcost.core.plan.FixPayback.NEVER)))
            .toList();
    then(FixesChart.create(none, CURRENCY)).isEmpty();
    then(FixesChart.create(List.of(), CURRENCY)).isEmpty();
  }

  private static JFreeChart chart(ReportResults results, String name) {
    return ReportCharts.of(results).stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no chart " + name))
        .chart();
  }

  private static String subtitle(JFreeChart chart) {
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof TextTitle text) {
        return text.getText();
      }
    }
    throw new AssertionError("no subtitle");
  }

  private static BigDecimal cents(Number value) {
    return new BigDecimal(value.doubleValue()).setScale(2, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace("\"", "&quot;");
  }
}
