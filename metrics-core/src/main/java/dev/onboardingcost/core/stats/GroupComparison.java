package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Two groups of hires compared, an earlier one and a later one (docs/method.md): the mean of each,
 * the effect size first, as the ratio of means {@code later / earlier} with its 95% bootstrap
 * interval ({@link RatioBootstrap}), then the p-value of a two-sided permutation test of the
 * difference in means ({@link PermutationTest}), and, when asked for, the hires each side would
 * need to detect a given reduction ({@link HiresNeeded}).
 *
 * <p>A side with fewer than {@link #MIN_PER_SIDE} hires gets no ratio, interval or p-value: with 3
 * against 3 hires no split can be rarer than 2 in 20, so a p-value could never tell anything; the
 * reason is {@link #TOO_FEW_HIRES}. An earlier side that cost nothing has no ratio either.
 *
 * @param earlier the earlier side's hires and mean
 * @param later the later side's hires and mean
 * @param ratio {@code later mean / earlier mean} (34 significant digits)
 * @param ratioInterval the 95% bootstrap interval of the ratio; empty also when one of its bounds
 *     is unbounded
 * @param pValue the two-sided permutation p-value of the difference in means
 * @param hiresNeeded the hires per side needed to detect the reduction asked for; empty when not
 *     asked for or when the earlier side has too few hires to draw from
 * @param reason why the ratio or p-value is missing; empty when both are there
 */
public record GroupComparison(
    Side earlier,
    Side later,
    Optional<BigDecimal> ratio,
    Optional<Interval> ratioInterval,
    OptionalDouble pValue,
    Optional<HiresNeeded> hiresNeeded,
    Optional<String> reason) {

  /** The fewest hires a side needs for a ratio, interval and test. */
  public static final int MIN_PER_SIDE = 4;

  /** The reason given when a side has fewer than {@link #MIN_PER_SIDE} hires. */
  public static final String TOO_FEW_HIRES = "too few hires";

  /** The reduction to detect when nothing says which: 30%. */
  public static final BigDecimal DEFAULT_REDUCTION = new BigDecimal("0.3");

  /** The seed of the permutation test's random splits and of the hires-needed simulation. */
  public static final long SEED = 7L;

  /**
   * One side of a comparison.
   *
   * @param hires how many hires
   * @param mean their mean cost (34 significant digits); empty with no hires
   */
  public record Side(int hires, Optional<BigDecimal> mean) {
    /** Checks the side. */
    public Side {
      if (hires < 0) {
        throw new IllegalArgumentException("hires must not be negative, was " + hires);
      }
      requireNonNull(mean, "mean");
    }

    static Side of(List<BigDecimal> costs) {
      return new Side(costs.size(), Distribution.meanOf(costs));
    }
  }

  /**
   * Checks the comparison.
   *
   * @throws IllegalArgumentException when the ratio or p-value is missing without a reason
   */
  public GroupComparison {
    requireNonNull(earlier, "earlier");
    requireNonNull(later, "later");
    requireNonNull(ratio, "ratio");
    requireNonNull(ratioInterval, "ratioInterval");
    requireNonNull(pValue, "pValue");
    requireNonNull(hiresNeeded, "hiresNeeded");
    requireNonNull(reason, "reason");
    if ((ratio.isEmpty() || pValue.isEmpty()) && reason.isEmpty()) {
      throw new IllegalArgumentException("a comparison without a ratio or p-value needs a reason");
    }
  }

  /** {@code earlier} against {@code later} (costs per hire), without the hires needed. */
  public static GroupComparison of(List<BigDecimal> earlier, List<BigDecimal> later) {
    return compare(earlier, later, Optional.empty());
  }

  /**
   * {@code earlier} against {@code later}, with the hires needed per side to detect {@code
   * reduction} of the earlier side's mean (when the earlier side has at least {@link #MIN_PER_SIDE}
   * hires to draw from).
   */
  public static GroupComparison withHiresNeeded(
      List<BigDecimal> earlier, List<BigDecimal> later, BigDecimal reduction) {
    return compare(earlier, later, Optional.of(requireNonNull(reduction, "reduction")));
  }

  private static GroupComparison compare(
      List<BigDecimal> earlier, List<BigDecimal> later, Optional<BigDecimal> reduction) {
    return ofMeasures(List.of(earlier), List.of(later), reduction).get(0);
  }

  /**
   * The comparisons of several measures of the same two groups of hires: {@code earlier.get(m)} and
   * {@code later.get(m)} are measure {@code m} (the total, a category's cost, a system's) of the
   * groups, every measure of a group having as many values. Each comparison is the one {@link #of}
   * gives for that measure alone, and the first measure's has the hires needed to detect {@code
   * reduction} when it is given, as {@link #withHiresNeeded} does. The permutation test's splits
   * and the bootstrap's resamples pick positions whatever the values there, so they are drawn once
   * and every measure is summed over them.
   *
   * @throws IllegalArgumentException when there is no measure, the groups have different measures,
   *     or the measures of a group differ in size
   */
  public static List<GroupComparison> ofMeasures(
      List<List<BigDecimal>> earlier,
      List<List<BigDecimal>> later,
      Optional<BigDecimal> reduction) {
    requireNonNull(earlier, "earlier");
    requireNonNull(later, "later");
    requireNonNull(reduction, "reduction");
    if (earlier.isEmpty() || earlier.size() != later.size()) {
      throw new IllegalArgumentException(
          "both groups need the same measures, at least one; were "
              + earlier.size()
              + " and "
              + later.size());
    }
    int earlierSize = earlier.get(0).size();
    int laterSize = later.get(0).size();
    for (int m = 0; m < earlier.size(); m++) {
      if (earlier.get(m).size() != earlierSize || later.get(m).size() != laterSize) {
        throw new IllegalArgumentException("every measure of a group needs as many values");
      }
    }
    boolean tested = earlierSize >= MIN_PER_SIDE && laterSize >= MIN_PER_SIDE;
    double[] pValues = new double[0];
    List<Optional<Interval>> intervals = List.of();
    if (tested) {
      List<ScaledSample> before = samples(earlier);
      List<ScaledSample> after = samples(later);
      pValues = PermutationTest.pValues(units(before), units(after), SEED);
      intervals = RatioBootstrap.intervals95(before, after, Bootstrap.DEFAULT);
    }
    List<GroupComparison> comparisons = new ArrayList<>();
    for (int m = 0; m < earlier.size(); m++) {
      List<BigDecimal> costs = earlier.get(m);
      Side before = Side.of(costs);
      Side after = Side.of(later.get(m));
      Optional<HiresNeeded> needed =
          m > 0 || earlierSize < MIN_PER_SIDE
              ? Optional.empty()
              : reduction.map(r -> HiresNeeded.toDetect(costs, r, SEED));
      comparisons.add(
          tested
              ? tested(before, after, pValues[m], intervals.get(m), needed)
              : new GroupComparison(
                  before,
                  after,
                  Optional.empty(),
                  Optional.empty(),
                  OptionalDouble.empty(),
                  needed,
                  Optional.of(TOO_FEW_HIRES)));
    }
    return comparisons;
  }

  private static GroupComparison tested(
      Side before,
      Side after,
      double pValue,
      Optional<Interval> interval,
      Optional<HiresNeeded> needed) {
    BigDecimal earlierMean = before.mean().orElseThrow();
    if (earlierMean.signum() == 0) {
      return new GroupComparison(
          before,
          after,
          Optional.empty(),
          Optional.empty(),
          OptionalDouble.of(pValue),
          needed,
          Optional.of("the earlier hires cost nothing, so there is no ratio"));
    }
    BigDecimal ratio = after.mean().orElseThrow().divide(earlierMean, MathContext.DECIMAL128);
    return new GroupComparison(
        before,
        after,
        Optional.of(ratio),
        interval,
        OptionalDouble.of(pValue),
        needed,
        Optional.empty());
  }

  private static List<ScaledSample> samples(List<List<BigDecimal>> measures) {
    List<ScaledSample> samples = new ArrayList<>();
    measures.forEach(values -> samples.add(ScaledSample.of(values)));
    return samples;
  }

  private static long[][] units(List<ScaledSample> samples) {
    long[][] units = new long[samples.size()][];
    for (int m = 0; m < units.length; m++) {
      units[m] = samples.get(m).units();
    }
    return units;
  }

  /** True when the ratio's interval lies wholly below 1: the later side costs less. */
  public boolean fell() {
    return ratioInterval.filter(i -> i.upper().compareTo(BigDecimal.ONE) < 0).isPresent();
  }

  /** True when the ratio's interval lies wholly above 1: the later side costs more. */
  public boolean rose() {
    return ratioInterval.filter(i -> i.lower().compareTo(BigDecimal.ONE) > 0).isPresent();
  }
}
