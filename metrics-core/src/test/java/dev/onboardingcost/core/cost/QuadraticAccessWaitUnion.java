package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.Decimal128;
import dev.onboardingcost.core.time.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The access-wait union as first written, for {@link AccessWaitUnionTest}: every wait tested
 * against every segment between two cuts. Slow (waits × cuts) but plainly SPEC section 5; the sweep
 * in {@link AccessWaitUnion} must give the same minutes, to the scale.
 */
final class QuadraticAccessWaitUnion {
  private final BiFunction<Instant, Instant, BigDecimal> workingMinutes;
  private final Assumptions assumptions;

  QuadraticAccessWaitUnion(
      BiFunction<Instant, Instant, BigDecimal> workingMinutes, Assumptions assumptions) {
    this.workingMinutes = workingMinutes;
    this.assumptions = assumptions;
  }

  /** The lost minutes of each wait, by index. Waits of zero length lose nothing. */
  BigDecimal[] lostMinutes(List<AccessWaitUnion.Wait> waits) {
    BigDecimal[] lost = new BigDecimal[waits.size()];
    java.util.Arrays.fill(lost, BigDecimal.ZERO);
    TreeSet<Instant> cuts = new TreeSet<>();
    for (AccessWaitUnion.Wait wait : waits) {
      cuts.add(wait.span().start());
      cuts.add(wait.span().end());
    }
    Map<String, List<Integer>> bySystem = new TreeMap<>();
    Instant previous = null;
    for (Instant cut : cuts) {
      if (previous != null) {
        bySystem.clear();
        for (int i = 0; i < waits.size(); i++) {
          Span span = waits.get(i).span();
          if (!span.start().isAfter(previous) && !span.end().isBefore(cut)) {
            List<Integer> systemWaits = bySystem.get(waits.get(i).system());
            if (systemWaits == null) {
              systemWaits = new ArrayList<>();
              bySystem.put(waits.get(i).system(), systemWaits);
            }
            systemWaits.add(i);
          }
        }
        shareSegment(previous, cut, bySystem, lost);
      }
      previous = cut;
    }
    return lost;
  }

  private void shareSegment(
      Instant from, Instant to, Map<String, List<Integer>> bySystem, BigDecimal[] lost) {
    if (bySystem.isEmpty()) {
      return;
    }
    BigDecimal working = workingMinutes.apply(from, to);
    if (working.signum() == 0) {
      return;
    }
    BigDecimal fraction = BigDecimal.ZERO;
    for (String system : bySystem.keySet()) {
      fraction = fraction.max(assumptions.blockedFractionOf(system));
    }
    BigDecimal segmentLoss = working.multiply(fraction);
    List<BigDecimal> systemShares = equalShares(segmentLoss, bySystem.size());
    int system = 0;
    for (List<Integer> systemWaits : bySystem.values()) {
      List<BigDecimal> waitShares = equalShares(systemShares.get(system++), systemWaits.size());
      for (int i = 0; i < systemWaits.size(); i++) {
        int wait = systemWaits.get(i);
        lost[wait] = lost[wait].add(waitShares.get(i));
      }
    }
  }

  /**
   * {@code total} split into {@code n} equal shares (34 significant digits) that add up to {@code
   * total} exactly: the last share takes the rounding remainder, so that a third of a minute three
   * times is still the whole minute and the union is never undercounted.
   */
  private static List<BigDecimal> equalShares(BigDecimal total, int n) {
    if (n == 1) {
      return List.of(total);
    }
    BigDecimal share = Decimal128.divide(total, n);
    List<BigDecimal> shares = new ArrayList<>(n);
    for (int i = 1; i < n; i++) {
      shares.add(share);
    }
    shares.add(total.subtract(share.multiply(BigDecimal.valueOf(n - 1L))));
    return shares;
  }
}
