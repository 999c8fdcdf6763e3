package dev.onboardingcost.core.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 95% percentile bootstrap interval of a ratio of means, {@code later mean / earlier mean}
 * (docs/method.md), resampling within each side: resample {@code i} draws as many values as each
 * side has, with replacement, from that side alone, and gives the ratio of the two resampled means.
 * The interval runs from the 2.5th to the 97.5th percentile ({@code PERCENTILE.INC}) of the {@link
 * Bootstrap#resamples()} ratios.
 *
 * <p>The earlier side is drawn by {@link ScaledSample#drawSumsInStreams} with the bootstrap's seed,
 * the later side with the seed plus one, so the two sides' draws are independent and the same
 * values give the same interval on every machine. A resample whose earlier side cost nothing has an
 * unbounded ratio, or ratio 1 when its later side cost nothing too; an interval with an unbounded
 * bound is not given.
 */
final class RatioBootstrap {
  private RatioBootstrap() {}

  /**
   * The intervals of several measures of the same two groups of hires ({@code earlier.get(m)} and
   * {@code later.get(m)} being measure {@code m} of each hire; every measure of a side of the same
   * size, at least one value), each the interval that measure gives alone, or empty when a bound is
   * unbounded: the resamples pick the same hires for every measure, so they are drawn once.
   */
  static List<Optional<Interval>> intervals95(
      List<ScaledSample> earlier, List<ScaledSample> later, Bootstrap bootstrap) {
    int resamples = bootstrap.resamples();
    int earlierSize = earlier.get(0).size();
    int laterSize = later.get(0).size();
    long[][] earlierSums =
        ScaledSample.drawSumsInStreams(earlier, bootstrap.seed(), resamples, earlierSize);
    long[][] laterSums =
        ScaledSample.drawSumsInStreams(later, bootstrap.seed() + 1, resamples, laterSize);
    List<Optional<Interval>> intervals = new ArrayList<>();
    for (int m = 0; m < earlier.size(); m++) {
      double[] ratios = new double[resamples];
      for (int i = 0; i < resamples; i++) {
        ratios[i] = ratio(earlierSums[m][i], earlierSize, laterSums[m][i], laterSize);
      }
      intervals.add(interval(ratios));
    }
    return intervals;
  }

  /** The 2.5th to the 97.5th percentile of {@code ratios}, or empty when a bound is unbounded. */
  private static Optional<Interval> interval(double[] ratios) {
    Arrays.sort(ratios);
    double lower = percentile(ratios, 0.025);
    double upper = percentile(ratios, 0.975);
    if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
      return Optional.empty();
    }
    return Optional.of(new Interval(BigDecimal.valueOf(lower), BigDecimal.valueOf(upper)));
  }

  private static double ratio(long earlierSum, int earlierSize, long laterSum, int laterSize) {
    if (earlierSum == 0) {
      return laterSum == 0 ? 1.0 : Double.POSITIVE_INFINITY;
    }
    return ((double) laterSum * earlierSize) / ((double) earlierSum * laterSize);
  }

  /** {@code PERCENTILE.INC}: linear interpolation between closest ranks of sorted values. */
  private static double percentile(double[] sorted, double p) {
    double position = (sorted.length - 1) * p;
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double fraction = position - below;
    if (fraction == 0 || sorted[below] == sorted[above]) {
      return sorted[below];
    }
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
  }
}
