package dev.onboardingcost.report;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.stats.Percentiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The hours hires lost waiting for each system, summarised per system over all hires: a hire with
 * no wait on a system counts as zero hours, as on the workbook's {@code Systems} sheet.
 *
 * @param system the system
 * @param median median exact hours per hire
 * @param p90 90th percentile (PERCENTILE.INC) of exact hours per hire
 * @param longest the longest any hire lost, exact hours
 * @param cost the access-wait cost on the system over all hires, exact
 */
public record AccessWaits(
    String system, BigDecimal median, BigDecimal p90, BigDecimal longest, BigDecimal cost) {

  /** Every system waited on, by median hours, then 90th percentile, descending, then by name. */
  public static List<AccessWaits> of(List<HireCost> hires) {
    TreeSet<String> systems = new TreeSet<>();
    hires.forEach(h -> systems.addAll(h.accessMinutesBySystem().keySet()));
    List<AccessWaits> waits = new ArrayList<>();
    for (String system : systems) {
      List<BigDecimal> hours = new ArrayList<>();
      BigDecimal cost = BigDecimal.ZERO;
      for (HireCost hire : hires) {
        hours.add(
            Hours.ofMinutes(hire.accessMinutesBySystem().getOrDefault(system, BigDecimal.ZERO)));
        cost = cost.add(hire.accessCostOf(system));
      }
      waits.add(
          new AccessWaits(
              system,
              Percentiles.of(hours, Percentiles.MEDIAN).orElse(BigDecimal.ZERO),
              Percentiles.of(hours, Percentiles.P90).orElse(BigDecimal.ZERO),
              hours.stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO),
              cost));
    }
    waits.sort(
        Comparator.comparing(AccessWaits::median)
            .thenComparing(AccessWaits::p90)
            .reversed()
            .thenComparing(AccessWaits::system));
    return waits;
  }
}
