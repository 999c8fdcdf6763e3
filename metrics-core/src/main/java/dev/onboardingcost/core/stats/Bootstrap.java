package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a percentile bootstrap interval of the mean is drawn: {@code resamples} resamples of the
 * observed values, each the same size as the sample and drawn with replacement by the {@code
 * XO_RO_SHI_RO_128_PP} generator; the 95% interval runs from the 2.5th to the 97.5th percentile
 * ({@code PERCENTILE.INC}) of the resampled means. The resamples are split into {@link
 * ScaledSample#STREAMS} fixed streams, stream {@code k} being the generator seeded with {@code
 * seed} and jumped {@code k × 2^64} outputs ahead (see {@link ScaledSample#drawSumsInStreams}).
 * Same values in the same order and same settings give the same interval on every machine.
 * Resampling uses {@link ScaledSample} units of {@code 10^-4}.
 *
 * @param resamples how many resamples, 1 to 1,000,000
 * @param seed the generator's seed
 */
public record Bootstrap(int resamples, long seed) {
  /** The defaults: 10,000 resamples (the usual choice for a stable 95% interval), seed 7. */
  public static final Bootstrap DEFAULT = new Bootstrap(10_000, 7L);

  /** The lowest sample size with an interval: one value says nothing about spread. */
  public static final int MIN_VALUES = 2;

  private static final BigDecimal LOWER = new BigDecimal("0.025");
  private static final BigDecimal UPPER = new BigDecimal("0.975");

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException when {@code resamples} is outside 1..1,000,000
   */
  public Bootstrap {
    if (resamples < 1 || resamples > 1_000_000) {
      throw new IllegalArgumentException("resamples must be 1..1000000, was " + resamples);
    }
  }

  /**
   * The 95% percentile bootstrap interval of the mean of {@code values}; empty for fewer than
   * {@link #MIN_VALUES} values. Bounds are unrounded (34 significant digits).
   */
  public Optional<Interval> meanInterval95(List<BigDecimal> values) {
    requireNonNull(values, "values");
    if (values.size() < MIN_VALUES) {
      return Optional.empty();
    }
    long[] sums = ScaledSample.of(values).drawSumsInStreams(seed, resamples, values.size());
    Arrays.sort(sums);
    BigDecimal n = BigDecimal.valueOf(values.size());
    BigDecimal lower =
        Percentiles.ofSortedUnits(sums, ScaledSample.SCALE, LOWER)
            .divide(n, MathContext.DECIMAL128);
    BigDecimal upper =
        Percentiles.ofSortedUnits(sums, ScaledSample.SCALE, UPPER)
            .divide(n, MathContext.DECIMAL128);
    return Optional.of(new Interval(lower, upper));
  }
}
