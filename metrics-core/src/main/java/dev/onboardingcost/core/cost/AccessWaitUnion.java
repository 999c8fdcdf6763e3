package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.time.Span;
import dev.onboardingcost.core.time.WorkCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lost minutes of one hire's overlapping access waits, counted once (SPEC section 5): the timeline
 * is cut at every interval boundary; a segment covered by waits for the systems {@code A} loses
 * {@code W(segment) × max f(s)} minutes, shared equally by the systems in {@code A}, and a system's
 * share is split equally among its waits that cover the segment.
 */
final class AccessWaitUnion {
  private final WorkCalendar calendar;
  private final Assumptions assumptions;

  AccessWaitUnion(WorkCalendar calendar, Assumptions assumptions) {
    this.calendar = calendar;
    this.assumptions = assumptions;
  }

  /** One wait, already clipped to the window. */
  record ClippedWait(AccessWait access, Span span) {}

  /** The lost minutes of each wait, in the order given. Waits of zero length lose nothing. */
  Map<ClippedWait, BigDecimal> lostMinutes(List<ClippedWait> waits) {
    Map<ClippedWait, BigDecimal> lost = new IdentityHashMap<>();
    TreeSet<Instant> cuts = new TreeSet<>();
    for (ClippedWait wait : waits) {
      lost.put(wait, BigDecimal.ZERO);
      cuts.add(wait.span().start());
      cuts.add(wait.span().end());
    }
    List<ClippedWait> active = new ArrayList<>();
    Instant previous = null;
    for (Instant cut : cuts) {
      if (previous != null) {
        active.clear();
        for (ClippedWait wait : waits) {
          if (!wait.span().start().isAfter(previous) && !wait.span().end().isBefore(cut)) {
            active.add(wait);
          }
        }
        shareSegment(previous, cut, active, lost);
      }
      previous = cut;
    }
    return lost;
  }

  private void shareSegment(
      Instant from, Instant to, List<ClippedWait> active, Map<ClippedWait, BigDecimal> lost) {
    if (active.isEmpty()) {
      return;
    }
    BigDecimal working = calendar.workingMinutes(from, to);
    if (working.signum() == 0) {
      return;
    }
    Map<String, List<ClippedWait>> bySystem = new LinkedHashMap<>();
    BigDecimal fraction = BigDecimal.ZERO;
    for (ClippedWait wait : active) {
      bySystem.computeIfAbsent(wait.access().system(), s -> new ArrayList<>()).add(wait);
      fraction = fraction.max(assumptions.blockedFractionOf(wait.access().system()));
    }
    BigDecimal segmentLoss = working.multiply(fraction);
    List<BigDecimal> systemShares = equalShares(segmentLoss, bySystem.size());
    int system = 0;
    for (List<ClippedWait> systemWaits : bySystem.values()) {
      List<BigDecimal> waitShares = equalShares(systemShares.get(system++), systemWaits.size());
      for (int i = 0; i < systemWaits.size(); i++) {
        lost.merge(systemWaits.get(i), waitShares.get(i), BigDecimal::add);
      }
    }
  }

  /**
   * {@code total} split into {@code n} equal shares (34 significant digits) that add up to {@code
   * total} exactly: the last share takes the rounding remainder, so that a third of a minute three
   * times is still the whole minute and the union is never undercounted.
   */
  private static List<BigDecimal> equalShares(BigDecimal total, int n) {
    BigDecimal share = total.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
    List<BigDecimal> shares = new ArrayList<>(n);
    for (int i = 1; i < n; i++) {
      shares.add(share);
    }
    shares.add(total.subtract(share.multiply(BigDecimal.valueOf(n - 1L))));
    return shares;
  }
}
