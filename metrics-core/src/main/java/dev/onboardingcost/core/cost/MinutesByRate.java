package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.HourlyRate;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Minutes of some cost lines summed per rate, and what they cost priced once per rate: the way
 * {@link HireCost} prices a breakdown, so that a figure does not depend on how the minutes were
 * split into lines (one per event, or one per payer, category and system). Rates are told apart by
 * {@link HourlyRate#equals} ({@code 150} and {@code 150.00} are two rates). Sums are exact, so
 * neither the order of the lines nor that of the rates changes a figure.
 */
final class MinutesByRate {
  private final Map<HourlyRate, BigDecimal> minutes = new LinkedHashMap<>();

  /** Adds the minutes of {@code line} to those of its payer's rate. */
  void add(CostLine line) {
    minutes.merge(line.payer().rate(), line.minutes(), BigDecimal::add);
  }

  /** The exact sum of the minutes added (zero when none were). */
  BigDecimal minutes() {
    return minutes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The minutes of each rate at that rate ({@link HourlyRate#costOf}), summed (zero for none). */
  BigDecimal cost() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<HourlyRate, BigDecimal> rate : minutes.entrySet()) {
      sum = sum.add(rate.getKey().costOf(rate.getValue()));
    }
    return sum;
  }
}
