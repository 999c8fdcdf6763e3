package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.HourlyRate;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Minutes of some cost lines summed per rate, and what they cost priced once per rate: the way
 * {@link HireCost} prices a breakdown, so that a figure does not depend on how the minutes were
 * split into lines.
 *
 * <p>Rates are told apart by {@link HourlyRate#equals} (so {@code 150} and {@code 150.00} are two
 * rates, as they are as keys of a map). A hire's lines have a handful of rates, so they are kept in
 * small arrays and found by a linear search. Sums are exact, so neither the order of the lines nor
 * that of the rates changes a figure.
 */
final class MinutesByRate {
  private HourlyRate[] rates = new HourlyRate[2];

  /** Per rate: the minutes of lines kept as micro-minutes, summed in a {@code long}. */
  private long[] micros = new long[2];

  /** Per rate: whether any line's micro-minutes were added to {@link #micros}. */
  private boolean[] hasMicros = new boolean[2];

  /** Per rate: the sum of the other minutes (and of micro-minutes that overflowed), or null. */
  private BigDecimal[] rest = new BigDecimal[2];

  private int size;

  /** Adds the minutes of {@code line} to those of its payer's rate. */
  void add(CostLine line) {
    int i = indexOf(line.payer().rate());
    if (!line.hasMicros()) {
      rest[i] = rest[i] == null ? line.minutes() : rest[i].add(line.minutes());
      return;
    }
    long micro = line.micros();
    long sum = micros[i] + micro;
    if (((micros[i] ^ sum) & (micro ^ sum)) < 0) { // overflow: the long sum moves to the rest
      BigDecimal moved = BigDecimal.valueOf(micros[i], 6);
      rest[i] = rest[i] == null ? moved : rest[i].add(moved);
      sum = micro;
    }
    micros[i] = sum;
    hasMicros[i] = true;
  }

  private int indexOf(HourlyRate rate) {
    for (int i = 0; i < size; i++) {
      if (rates[i] == rate || rates[i].equals(rate)) { // lines of one payer share their rate
        return i;
      }
    }
    if (size == rates.length) {
      rates = Arrays.copyOf(rates, size * 2);
      micros = Arrays.copyOf(micros, size * 2);
      hasMicros = Arrays.copyOf(hasMicros, size * 2);
      rest = Arrays.copyOf(rest, size * 2);
    }
    rates[size] = rate;
    return size++;
  }

  /**
   * The exact sum of the minutes of rate {@code i}: the same value and scale as adding the lines'
   * {@link CostLine#minutes()} one by one (a sum's scale is the largest of its terms', and
   * micro-minutes have scale 6).
   */
  private BigDecimal minutesOf(int i) {
    if (!hasMicros[i]) {
      return rest[i];
    }
    BigDecimal fixed = BigDecimal.valueOf(micros[i], 6);
    return rest[i] == null ? fixed : fixed.add(rest[i]);
  }

  /** The exact sum of the minutes added (zero when none were). */
  BigDecimal minutes() {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < size; i++) {
      sum = sum.add(minutesOf(i));
    }
    return sum;
  }

  /** The minutes of each rate at that rate ({@link HourlyRate#costOf}), summed (zero for none). */
  BigDecimal cost() {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < size; i++) {
      sum = sum.add(rates[i].costOf(minutesOf(i)));
    }
    return sum;
  }
}
