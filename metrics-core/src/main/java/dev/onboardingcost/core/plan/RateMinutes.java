package dev.onboardingcost.core.plan;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.stats.ScaledSample;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The minutes of each baseline hire per rate basis, and the tally of the draws of one planned
 * quarter: each draw's minutes per basis summed over the hires picked, priced once per basis, and,
 * when kept, its hours per basis.
 *
 * <p>A hire's minutes at a basis are held as a {@code long} count of millionths of a minute ({@link
 * #SCALE}), rounded half-even, so a draw sums integers: exact in those units, and off from the
 * exact decimal sum by at most half a millionth of a minute per hire drawn, far below the cent a
 * report shows. The sum is then priced to {@value #COST_SCALE} decimal places of the currency.
 */
final class RateMinutes {
  /** Decimal places of a minute kept: minutes are counted in millionths. */
  static final int SCALE = 6;

  /** Decimal places of the currency a draw's cost is priced to. */
  static final int COST_SCALE = 10;

  private static final double UNITS_PER_HOUR = 60e6;
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private final List<RateBasis> bases = new ArrayList<>();
  private final List<HourlyRate> rates = new ArrayList<>();
  private final int[][] basesOf;
  private final long[][] unitsOf;

  /** The minutes per basis of {@code hires}, bases numbered in the order first met. */
  RateMinutes(List<HireCost> hires) {
    Map<RateBasis, Integer> numbers = new LinkedHashMap<>();
    basesOf = new int[hires.size()][];
    unitsOf = new long[hires.size()][];
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
      unitsOf[h] =
          minutes.values().stream()
              .mapToLong(
                  m -> m.setScale(SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact())
              .toArray();
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
    private final long[] units = new long[bases.size()];
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
      long[] added = unitsOf[index];
      for (int i = 0; i < numbers.length; i++) {
        units[numbers[i]] = Math.addExact(units[numbers[i]], added[i]);
      }
    }

    /** Prices the draw being tallied: its minutes per basis times the basis's rate, over 60. */
    private void close() {
      if (current < 0) {
        return;
      }
      BigDecimal rateTimesMinutes = BigDecimal.ZERO;
      int width = units.length;
      for (int k = 0; k < width; k++) {
        if (units[k] != 0) {
          rateTimesMinutes =
              rateTimesMinutes.add(
                  rates.get(k).perHour().multiply(BigDecimal.valueOf(units[k], SCALE)));
          if (hours != null) {
            hours[current * width + k] = units[k] / UNITS_PER_HOUR;
          }
          units[k] = 0;
        }
      }
      costs[current] = rateTimesMinutes.divide(SIXTY, COST_SCALE, RoundingMode.HALF_EVEN);
      current = -1;
    }

    /** Each draw's cost, the last draw priced. */
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
