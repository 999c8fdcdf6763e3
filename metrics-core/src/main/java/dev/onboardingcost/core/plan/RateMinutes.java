package dev.onboardingcost.core.plan;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.stats.ScaledSample;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The minutes of each baseline hire per rate basis, and the tally of the draws of one set (a
 * quarter or the plan): each draw's minutes per basis summed over the hires picked, priced once per
 * basis, and, when kept, its hours per basis.
 */
final class RateMinutes {
  private final List<RateBasis> bases = new ArrayList<>();
  private final List<HourlyRate> rates = new ArrayList<>();
  private final int[][] basesOf;
  private final BigDecimal[][] minutesOf;

  /** The minutes per basis of {@code hires}, bases numbered in the order first met. */
  RateMinutes(List<HireCost> hires) {
    Map<RateBasis, Integer> numbers = new LinkedHashMap<>();
    basesOf = new int[hires.size()][];
    minutesOf = new BigDecimal[hires.size()][];
    for (int h = 0; h < hires.size(); h++) {
      Map<Integer, BigDecimal> minutes = new LinkedHashMap<>();
      for (CostLine line : hires.get(h).lines()) {
        RateBasis basis = line.payer().basis();
        Integer number = numbers.get(basis);
        if (number == null) {
          number = bases.size();
          numbers.put(basis, number);
          bases.add(basis);
          rates.add(line.payer().rate());
        } else if (!rates.get(number).equals(line.payer().rate())) {
          throw new IllegalArgumentException(
              "two rates for " + basis + ": " + rates.get(number) + " and " + line.payer().rate());
        }
        minutes.merge(number, line.minutes(), BigDecimal::add);
      }
      basesOf[h] = minutes.keySet().stream().mapToInt(Integer::intValue).toArray();
      minutesOf[h] = minutes.values().toArray(BigDecimal[]::new);
    }
  }

  List<RateBasis> bases() {
    return List.copyOf(bases);
  }

  List<HourlyRate> rates() {
    return List.copyOf(rates);
  }

  /** A tally of {@code draws} draws, keeping their hours when {@code keepHours}. */
  Tally tally(int draws, boolean keepHours) {
    return new Tally(draws, keepHours);
  }

  /** The draws of one set, fed pick by pick in draw order. */
  final class Tally implements ScaledSample.Picks {
    private final BigDecimal[] costs;
    private final double[] hours;
    private final BigDecimal[] minutes = new BigDecimal[bases.size()];
    private final boolean[] touched = new boolean[bases.size()];
    private int current = -1;

    private Tally(int draws, boolean keepHours) {
      costs = new BigDecimal[draws];
      Arrays.fill(costs, BigDecimal.ZERO);
      hours = keepHours ? new double[Math.multiplyExact(draws, bases.size())] : null;
    }

    @Override
    public void pick(int draw, int index) {
      if (draw != current) {
        close();
        current = draw;
      }
      int[] numbers = basesOf[index];
      BigDecimal[] added = minutesOf[index];
      for (int i = 0; i < numbers.length; i++) {
        int k = numbers[i];
        minutes[k] = touched[k] ? minutes[k].add(added[i]) : added[i];
        touched[k] = true;
      }
    }

    /** Prices the draw being tallied: its minutes per basis at the basis's rate, summed. */
    private void close() {
      if (current < 0) {
        return;
      }
      BigDecimal cost = BigDecimal.ZERO;
      int width = minutes.length;
      for (int k = 0; k < width; k++) {
        if (touched[k]) {
          cost = cost.add(rates.get(k).costOf(minutes[k]));
          if (hours != null) {
            hours[current * width + k] = minutes[k].doubleValue() / 60.0;
          }
          touched[k] = false;
        }
      }
      costs[current] = cost;
      current = -1;
    }

    /** Each draw's exact cost, the last draw priced. */
    BigDecimal[] costs() {
      close();
      return costs;
    }

    /** Each draw's hours per basis ({@code draw × bases + basis}), or null when not kept. */
    double[] hours() {
      close();
      return hours;
    }
  }
}
