package dev.onboardingcost.bench;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.cost.Payer;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.stats.CohortAnalysis;
import dev.onboardingcost.core.stats.Distribution;
import dev.onboardingcost.core.stats.TrendAnalysis;
import dev.onboardingcost.core.time.OnboardingWindow;
import dev.onboardingcost.core.time.WorkCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The statistics of {@code report} over 20,000 hires spread over a year, each with cost in every
 * category at $100 an hour (so most costs have 34 significant digits, as real ones do): the
 * bootstrap interval of the totals, the quarterly cohorts with their ratio-of-means comparisons
 * (bootstrap interval, permutation test), the trend.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatsBenchmark {
  private static final int HIRES = 20_000;

  private CostReport report;

  /** Builds the hires once. */
  @Setup
  public void setUp() {
    WorkCalendar calendar = WorkCalendar.nineToFive(ZoneId.of("America/New_York"));
    HourlyRate rate = HourlyRate.of("100");
    Payer hire = new Payer(Payer.Kind.HIRE, Optional.empty(), RateBasis.DEFAULT, rate);
    Payer colleague = new Payer(Payer.Kind.COLLEAGUE, Optional.empty(), RateBasis.DEFAULT, rate);
    List<HireCost> hires = new ArrayList<>(HIRES);
    LocalDate start = LocalDate.of(2026, 1, 5);
    Category[] categories = Category.values();
    for (int i = 0; i < HIRES; i++) {
      List<CostLine> lines = new ArrayList<>();
      for (int c = 0; c < categories.length; c++) {
        // varied, deterministic minutes: 30 to 1,030 per category and payer
        BigDecimal own = BigDecimal.valueOf(30 + (i * 7919L + c * 31L) % 1001);
        BigDecimal helped = BigDecimal.valueOf(30 + (i * 104_729L + c * 17L) % 1001);
        lines.add(new CostLine(Optional.empty(), hire, categories[c], Optional.empty(), own));
        lines.add(
            new CostLine(Optional.empty(), colleague, categories[c], Optional.empty(), helped));
      }
      LocalDate day = start.plusDays(i % 365);
      hires.add(
          new HireCost(
              Person.hire(String.format("h%05d", i), day),
              OnboardingWindow.of(calendar, day, 20),
              lines,
              Map.of(),
              List.of(),
              List.of()));
    }
    report = new CostReport(Currency.getInstance("USD"), hires);
  }

  /** Count to max and the bootstrap interval: 10,000 resamples of 20,000 totals. */
  @Benchmark
  public Distribution totals() {
    return Distribution.ofTotals(report);
  }

  /** Four quarterly cohorts, the total and every category, each tested against the previous. */
  @Benchmark
  public CohortAnalysis cohorts() {
    return CohortAnalysis.byQuarter(report);
  }

  /** The least-squares line over the 20,000 hires in start order. */
  @Benchmark
  public TrendAnalysis trend() {
    return TrendAnalysis.of(report);
  }
}
