package dev.onboardingcost.core.plan;

import static dev.onboardingcost.core.fixtures.TestHires.CALENDAR;
import static dev.onboardingcost.core.fixtures.TestHires.reportOfTotals;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.stats.Bootstrap;
import dev.onboardingcost.core.stats.Interval;
import dev.onboardingcost.core.stats.MeanInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How often the forecast band and the interval of the mean hold the truth, on a seeded lognormal
 * population of per-hire totals (median 1,100, log-sd 0.5: a mean of 1,246 and a right tail like
 * onboarding costs). Each replication observes {@code n} hires, forecasts a quarter of 20 hires
 * with 1,000 simulations, and checks whether the band's P10 to P90 (nominal 80%) holds a fresh
 * quarter of 20 drawn from the population, and whether the 95% interval of the mean holds the
 * population's mean. The bootstrap interval (from 20 hires) is drawn with 2,000 resamples here
 * instead of 10,000, which moves its bounds by far less than the coverage's own noise.
 */
class CoverageTest {
  private static final int REPLICATIONS = 600;
  private static final int QUARTER_HIRES = 20;
  private static final double MU = Math.log(1100);
  private static final double SIGMA = 0.5;

  private static final Map<Integer, double[]> MEASURED = new HashMap<>();

  @ParameterizedTest(name = "{0} observed hires")
  @ValueSource(ints = {10, 40})
  void the_interval_of_the_mean_covers_within_five_points_of_95(int observed) {
    // GIVEN / WHEN
    double coverage = coverages(observed)[1];
    // THEN
    then(coverage).isBetween(90.0, 100.0);
  }

  @Test
  void the_band_covers_within_five_points_of_80_from_40_hires() {
    // GIVEN / WHEN
    double coverage = coverages(40)[0];
    // THEN
    then(coverage).isBetween(75.0, 85.0);
  }

  @Test
  void the_band_of_10_hires_covers_a_few_points_less_than_80() {
    // GIVEN 10 observed hires: a bootstrap's spread is that of the sample, (n − 1) / n of the
    // population's variance at best, and a 10-hire sample of a skewed population mostly misses
    // its tail; both narrow the band by more than the resampled mean widens it
    // WHEN
    double coverage = coverages(10)[0];
    // THEN about 72% on this population (docs/benchmarks.md): short of 75, far from 53% of the
    // one-level band of before
    then(coverage).isBetween(68.0, 80.0);
  }

  /** The band's and the interval's coverage in percent, measured once per sample size. */
  private static synchronized double[] coverages(int observed) {
    return MEASURED.computeIfAbsent(observed, CoverageTest::measure);
  }

  private static double[] measure(int observed) {
    ContinuousDistribution population = LogNormalDistribution.of(MU, SIGMA);
    double trueMean = Math.exp(MU + SIGMA * SIGMA / 2);
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(2026L + observed);
    ContinuousDistribution.Sampler sampler = population.createSampler(random);
    List<PlannedQuarter> quarters = List.of(PlannedQuarter.of("2027-Q1", QUARTER_HIRES));
    int bandHolds = 0;
    int intervalHolds = 0;
    for (int r = 0; r < REPLICATIONS; r++) {
      String[] totals = new String[observed];
      List<BigDecimal> values = new ArrayList<>();
      for (int i = 0; i < observed; i++) {
        BigDecimal cost = BigDecimal.valueOf(sampler.sample()).setScale(2, RoundingMode.HALF_EVEN);
        totals[i] = cost.toPlainString();
        values.add(cost);
      }
      HiringPlan plan = new HiringPlan(50, quarters, 1_000, r, BigDecimal.TEN);
      Band band =
          Forecast.of(reportOfTotals(totals), plan, CALENDAR)
              .quarters()
              .get(0)
              .band()
              .orElseThrow();
      double quarter = 0;
      for (int i = 0; i < QUARTER_HIRES; i++) {
        quarter += sampler.sample();
      }
      if (band.p10().doubleValue() <= quarter && quarter <= band.p90().doubleValue()) {
        bandHolds++;
      }
      Interval interval = MeanInterval.of(values, new Bootstrap(2_000, r)).interval().orElseThrow();
      if (interval.lower().doubleValue() <= trueMean
          && trueMean <= interval.upper().doubleValue()) {
        intervalHolds++;
      }
    }
    return new double[] {100.0 * bandHolds / REPLICATIONS, 100.0 * intervalHolds / REPLICATIONS};
  }
}
