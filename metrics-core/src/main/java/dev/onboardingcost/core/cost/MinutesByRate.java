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
  private BigDecimal[] minutes = new BigDecimal[2];
  private int size;

  /** Adds the minutes of {@code line} to those of its payer's rate. */
  void add(CostLine line) {
    HourlyRate rate = line.payer().rate();
    for (int i = 0; i < size; i++) {
      if (rates[i] == rate || rates[i].equals(rate)) { // lines of one payer share their rate
        minutes[i] = minutes[i].add(line.minutes());
        return;
      }
    }
    if (size == rates.length) {
      rates = Arrays.copyOf(rates, size * 2);
      minutes = Arrays.copyOf(minutes, size * 2);
    }
    rates[size] = rate;
    minutes[size] = line.minutes();
    size++;
  }

  /** The exact sum of the minutes added (zero when none were). */
  BigDecimal minutes() {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < size; i++) {
      sum = sum.add(minutes[i]);
    }
    return sum;
  }

  /** The minutes of each rate at that rate ({@link HourlyRate#costOf}), summed (zero for none). */
  BigDecimal cost() {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < size; i++) {
      sum = sum.add(rates[i].costOf(minutes[i]));
    }
    return sum;
  }
}
