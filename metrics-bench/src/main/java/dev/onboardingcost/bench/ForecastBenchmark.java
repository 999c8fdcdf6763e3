package dev.onboardingcost.bench;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.cost.Payer;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.HiringPlan;
import dev.onboardingcost.core.plan.PlannedQuarter;
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
 * The forecast of a plan of 4 quarters of 100 hires each, 10,000 simulations, drawn from 200
 * observed hires: one {@link Forecast#of} call per operation, capacity figures included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ForecastBenchmark {
  private static final int OBSERVED_HIRES = 200;

  private CostReport observed;
  private HiringPlan plan;
  private WorkCalendar calendar;

  /** Builds the observed hires, the plan and the calendar once. */
  @Setup
  public void setUp() {
    calendar = WorkCalendar.nineToFive(ZoneId.of("America/New_York"));
    HourlyRate rate = HourlyRate.of("150");
    Payer hire = new Payer(Payer.Kind.HIRE, Optional.empty(), RateBasis.DEFAULT, rate);
    Payer colleague = new Payer(Payer.Kind.COLLEAGUE, Optional.empty(), RateBasis.DEFAULT, rate);
    List<HireCost> hires = new ArrayList<>();
    LocalDate start = LocalDate.of(2026, 1, 5);
    for (int i = 0; i < OBSERVED_HIRES; i++) {
      // varied, deterministic minutes: 300 to 3,300 of the hire's, 120 to 1,020 of colleagues'
      BigDecimal own = BigDecimal.valueOf(300 + (i * 7919L) % 3001);
      BigDecimal helped = BigDecimal.valueOf(120 + (i * 104_729L) % 901);
      List<CostLine> lines =
          List.of(
              new CostLine(Optional.empty(), hire, Category.ACCESS, Optional.of("github"), own),
              new CostLine(
                  Optional.empty(), colleague, Category.KNOWLEDGE, Optional.empty(), helped));
      LocalDate day = start.plusDays(i);
      hires.add(
          new HireCost(
              Person.hire(String.format("h%03d", i), day),
              OnboardingWindow.of(calendar, day, 20),
              lines,
              Map.of(),
              List.of(),
              List.of()));
    }
    observed = new CostReport(Currency.getInstance("USD"), hires);
    plan =
        new HiringPlan(
            200,
            List.of(
                PlannedQuarter.of("2027-Q1", 100),
                PlannedQuarter.of("2027-Q2", 100),
                PlannedQuarter.of("2027-Q3", 100),
                PlannedQuarter.of("2027-Q4", 100)),
            10_000,
            7L,
            BigDecimal.TEN);
  }

  /** 10,000 simulations × 4 quarters × 100 hires. */
  @Benchmark
  public Forecast forecast() {
    return Forecast.of(observed, plan, calendar);
  }
}
