package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Observed money values as scaled integers, for resampling: each value is held as a {@code long}
 * count of {@code 10^-4} of the currency ({@link #SCALE}), rounded half-even. Sums of draws are
 * therefore exact in those units and off from exact decimal sums by at most half a unit per value
 * drawn (0.00005 of the currency), which is far below the minor unit a report shows.
 *
 * <p>Sums must stay within a {@code long}: the largest absolute value times the number of values in
 * one sum must be below {@code 9.2 × 10^18} units (about {@code 9.2 × 10^14} of the currency).
 */
public final class ScaledSample {
  /** Decimal places kept: values are counted in units of {@code 10^-4} of the currency. */
  public static final int SCALE = 4;

  /**
   * How many streams {@link #drawSumsInStreams} splits its draws into. The number is part of the
   * figures: which stream draws a sum decides its values.
   */
  public static final int STREAMS = 16;

  private final long[] units;
  private final long maxAbsUnits;

  private ScaledSample(long[] units) {
    this.units = units;
    long max = 0;
    for (long unit : units) {
      max = Math.max(max, Math.abs(unit));
    }
    this.maxAbsUnits = max;
  }

  /**
   * The sample of {@code values}, in their order (the order fixes which value each random index
   * draws, so keep it stable for reproducible draws).
   *
   * @throws IllegalArgumentException when a value does not fit a {@code long} of units
   */
  public static ScaledSample of(List<BigDecimal> values) {
    requireNonNull(values, "values");
    long[] units = new long[values.size()];
    for (int i = 0; i < units.length; i++) {
      BigDecimal scaled = values.get(i).setScale(SCALE, RoundingMode.HALF_EVEN);
      try {
        units[i] = scaled.unscaledValue().longValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("value too large to resample: " + values.get(i), e);
      }
    }
    return new ScaledSample(units);
  }

  /** How many values there are. */
  public int size() {
    return units.length;
  }

  /** A copy of the values in units of {@code 10^-4}, in their order. */
  public long[] units() {
    return units.clone();
  }

  /** The money value of {@code units}, exact. */
  public static BigDecimal toMoney(long units) {
    return BigDecimal.valueOf(units, SCALE);
  }

  /**
   * {@code draws} sums, each of {@code count} values drawn uniformly with replacement, in units.
   * Each value is the one at {@code random.nextInt(size())}, consumed in order: draw 0's {@code
   * count} indices, then draw 1's, and so on, so the same generator gives the same sums on every
   * machine.
   *
   * @throws IllegalArgumentException when the sample is empty while {@code count > 0}, a count is
   *     negative, or a sum could overflow a {@code long}
   */
  public long[] drawSums(UniformRandomProvider random, int draws, int count) {
    requireNonNull(random, "random");
    checkDraws(draws, count);
    long[][] sums = new long[1][draws];
    fill(units, 1, sums, 0, draws, random, count);
    return sums[0];
  }

  /** Receives the values a bootstrap picks, in the order drawn. */
  @FunctionalInterface
  public interface Picks {
    /**
     * Value {@code index} was picked for draw {@code draw}.
     *
     * @param draw the draw, from 0, never smaller than that of an earlier pick
     * @param index the position of the value in the sample
     */
    void pick(int draw, int index);
  }

  /**
   * The picks of {@code draws} two-level bootstrap draws of {@code count} values each from a sample
   * of {@code size} values, told to {@code picks} in order. Each draw stands for a resample of the
   * {@code size} values with replacement (a plausible population) and picks {@code count} values
   * with replacement from that resample, so that sums of the picks carry the uncertainty of the
   * mean as well as the spread of single values.
   *
   * <p>The resample is drawn only where it is looked at: a pick is a slot of the resample, {@code
   * random.nextInt(size)}; the first pick of a slot in a draw fills it with the value at {@code
   * random.nextInt(size)}, later picks of it reuse that value. This is the same distribution as
   * drawing the whole resample first, in {@code O(count)} steps a draw instead of {@code O(size +
   * count)}, and consumes the generator in a fixed order, so the same generator gives the same
   * picks.
   *
   * @throws IllegalArgumentException when a count is negative, or the sample is empty while {@code
   *     count > 0}
   */
  public static void drawTwoLevelPicks(
      UniformRandomProvider random, int size, int draws, int count, Picks picks) {
    requireNonNull(random, "random");
    requireNonNull(picks, "picks");
    if (draws < 0 || count < 0 || size < 0) {
      throw new IllegalArgumentException(
          "draws, count and size must not be negative, were " + draws + ", " + count + ", " + size);
    }
    if (count > 0 && size == 0) {
      throw new IllegalArgumentException("cannot draw from an empty sample");
    }
    int[] filledIn = new int[size]; // the draw (from 1) that last filled each slot
    int[] slot = new int[size];
    for (int d = 0; d < draws; d++) {
      int draw = d + 1;
      for (int i = 0; i < count; i++) {
        int s = random.nextInt(size);
        if (filledIn[s] != draw) {
          filledIn[s] = draw;
          slot[s] = random.nextInt(size);
        }
        picks.pick(d, slot[s]);
      }
    }
  }

  /**
   * {@code draws} sums of {@code count} values each, like {@link #drawSums}, split into {@link
   * #STREAMS} fixed streams: stream {@code k} is the {@code XO_RO_SHI_RO_128_PP} generator seeded
   * with {@code seed} and jumped {@code k × 2^64} outputs ahead ({@link
   * JumpableUniformRandomProvider#jumps(long)}), and draws sums {@code k × draws / STREAMS} up to
   * {@code (k + 1) × draws / STREAMS} (integer division).
   *
   * @throws IllegalArgumentException as {@link #drawSums} does
   */
  public long[] drawSumsInStreams(long seed, int draws, int count) {
    return drawSumsInStreams(List.of(this), seed, draws, count)[0];
  }

  /**
   * {@link #drawSumsInStreams(long, int, int)} of several samples of the same size at once, such as
   * several measures of the same hires: {@code sums[s]} is what sample {@code s} gives alone. Which
   * positions a draw picks depends only on the streams and the size, so they are drawn once and
   * every sample is summed over them.
   *
   * @throws IllegalArgumentException as {@link #drawSums} does, or when the sizes differ
   */
  static long[][] drawSumsInStreams(List<ScaledSample> samples, long seed, int draws, int count) {
    int width = samples.size();
    long[][] units = new long[width][];
    for (int m = 0; m < width; m++) {
      samples.get(m).checkDraws(draws, count);
      units[m] = samples.get(m).units;
    }
    long[] rows = rows(units);
    long[][] sums = new long[width][draws];
    UniformRandomProvider[] streams = streams(seed);
    for (int k = 0; k < STREAMS; k++) {
      int from = (int) ((long) k * draws / STREAMS);
      int to = (int) ((long) (k + 1) * draws / STREAMS);
      fill(rows, width, sums, from, to, streams[k], count);
    }
    return sums;
  }

  /** The {@link #STREAMS} generators of {@code seed}, the first being the seeded one itself. */
  static UniformRandomProvider[] streams(long seed) {
    JumpableUniformRandomProvider seeded =
        (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    return seeded.jumps(STREAMS).toArray(UniformRandomProvider[]::new);
  }

  private void checkDraws(int draws, int count) {
    if (draws < 0 || count < 0) {
      throw new IllegalArgumentException(
          "draws and count must not be negative, were " + draws + " and " + count);
    }
    if (count > 0 && units.length == 0) {
      throw new IllegalArgumentException("cannot draw from an empty sample");
    }
    if (maxAbsUnits > 0 && count > Long.MAX_VALUE / maxAbsUnits) {
      throw new IllegalArgumentException(
          "a sum of " + count + " values as large as " + toMoney(maxAbsUnits) + " overflows");
    }
  }

  /**
   * Several measures of the same rows (hires) as one array, row by row: measure {@code m} of row
   * {@code i} at {@code i × width + m}, {@code width} being the number of measures, so that a draw
   * that picks a row sums every measure of it at once.
   *
   * @throws IllegalArgumentException when the measures differ in size
   */
  static long[] rows(long[][] measures) {
    int width = measures.length;
    int size = measures[0].length;
    long[] rows = new long[size * width];
    for (int m = 0; m < width; m++) {
      if (measures[m].length != size) {
        throw new IllegalArgumentException("measures of the same rows need the same size");
      }
      for (int i = 0; i < size; i++) {
        rows[i * width + m] = measures[m][i];
      }
    }
    return rows;
  }

  /**
   * Draws {@code from} to {@code to}: each sums {@code count} rows picked uniformly with
   * replacement, measure by measure ({@code rows[i × width + m]} being measure {@code m} of row
   * {@code i}), into {@code sums[m][draw]}.
   */
  private static void fill(
      long[] rows,
      int width,
      long[][] sums,
      int from,
      int to,
      UniformRandomProvider random,
      int count) {
    int size = rows.length / width;
    long[] sum = new long[width];
    for (int d = from; d < to; d++) {
      Arrays.fill(sum, 0L);
      for (int i = 0; i < count; i++) {
        int row = random.nextInt(size) * width;
        for (int m = 0; m < width; m++) {
          sum[m] += rows[row + m];
        }
      }
      for (int m = 0; m < width; m++) {
        sums[m][d] = sum[m];
      }
    }
  }
}
