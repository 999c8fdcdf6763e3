package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.time.Quarter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** How many hires a quarter brings, for fix paybacks (docs/method.md). */
public final class HiringRate {
  private HiringRate() {}

  /**
   * The plan's mean hires per quarter when it has quarters; else the observed hires divided by the
   * number of calendar quarters from the first start date's to the last one's, both included (a
   * quarter without hires inside that span counts); zero with no hires (34 significant digits).
   *
   * @throws IllegalArgumentException when a hire has no start date
   */
  public static BigDecimal perQuarter(Optional<HiringPlan> plan, List<HireCost> hires) {
    requireNonNull(plan, "plan");
    requireNonNull(hires, "hires");
    if (plan.isPresent() && !plan.get().quarters().isEmpty()) {
      return BigDecimal.valueOf(plan.get().totalHires())
          .divide(BigDecimal.valueOf(plan.get().quarters().size()), MathContext.DECIMAL128);
    }
    if (hires.isEmpty()) {
      return BigDecimal.ZERO;
    }
    LocalDate first = LocalDate.MAX;
    LocalDate last = LocalDate.MIN;
    for (HireCost hire : hires) {
      LocalDate start = startOf(hire);
      first = start.isBefore(first) ? start : first;
      last = start.isAfter(last) ? start : last;
    }
    Quarter from = Quarter.of(first);
    Quarter to = Quarter.of(last);
    int quarters = (to.year() - from.year()) * 4 + to.number() - from.number() + 1;
    return BigDecimal.valueOf(hires.size())
        .divide(BigDecimal.valueOf(quarters), MathContext.DECIMAL128);
  }

  /** The latest start date of {@code hires}; empty with no hires. */
  public static Optional<LocalDate> lastStart(List<HireCost> hires) {
    return requireNonNull(hires, "hires").stream()
        .map(HiringRate::startOf)
        .max(LocalDate::compareTo);
  }

  static LocalDate startOf(HireCost hire) {
    return hire.hire()
        .startDate()
        .orElseThrow(() -> new IllegalArgumentException(hire.hire().id() + " has no start date"));
  }
}
