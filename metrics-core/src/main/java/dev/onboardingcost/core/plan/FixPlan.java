package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.HourlyRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fixes of {@code fixes.yaml} (docs/method.md): the candidates, ranked by how soon they pay
 * back, and the fixes already live, measured.
 *
 * <p>A fix is live, and measured, when its {@code live_from} is on or before the last hire's start;
 * every other fix (no {@code live_from}, or one after the last hire's start) is a candidate. With
 * no hires every fix is a candidate.
 *
 * @param fixes the fixes, with unique names, in file order
 */
public record FixPlan(List<Fix> fixes) {
  /**
   * Checks and copies the fixes.
   *
   * @throws IllegalArgumentException when two fixes share a name
   */
  public FixPlan {
    fixes = List.copyOf(requireNonNull(fixes, "fixes"));
    Set<String> names = new HashSet<>();
    for (Fix fix : fixes) {
      if (!names.add(fix.name())) {
        throw new IllegalArgumentException("two fixes are named '" + fix.name() + "'");
      }
    }
  }

  /** The fixes not yet live by the last start date of {@code hires}, in file order. */
  public List<Fix> candidates(List<HireCost> hires) {
    Optional<LocalDate> lastStart = HiringRate.lastStart(hires);
    return fixes.stream().filter(fix -> !isLive(fix, lastStart)).toList();
  }

  /** The fixes live by the last start date of {@code hires}, in file order. */
  public List<Fix> live(List<HireCost> hires) {
    Optional<LocalDate> lastStart = HiringRate.lastStart(hires);
    return fixes.stream().filter(fix -> isLive(fix, lastStart)).toList();
  }

  /**
   * The candidates' paybacks, ranked by {@link FixPayback#PAYBACK_ORDER}: payback ascending, fixes
   * that never pay back last, then by name.
   *
   * @param hires every hire the statistics use: the last start date decides the candidates, and,
   *     without a plan, their start dates give the hiring rate
   * @param baseline the hires whose targeted cost gives the savings
   * @param defaultRate {@code rates.default}, the rate of the fixes' hours
   * @param plan the hiring plan, whose mean hires per quarter is the hiring rate when given
   */
  public List<FixPayback> rank(
      List<HireCost> hires,
      List<HireCost> baseline,
      HourlyRate defaultRate,
      Optional<HiringPlan> plan) {
    requireNonNull(baseline, "baseline");
    requireNonNull(defaultRate, "defaultRate");
    BigDecimal hiresPerQuarter = HiringRate.perQuarter(plan, hires);
    List<FixPayback> paybacks = new ArrayList<>();
    for (Fix fix : candidates(hires)) {
      paybacks.add(FixPayback.of(fix, baseline, defaultRate, hiresPerQuarter, plan));
    }
    paybacks.sort(FixPayback.PAYBACK_ORDER);
    return List.copyOf(paybacks);
  }

  /** The effect of each live fix on the targeted cost of {@code hires}, in file order. */
  public List<FixEffect> effects(List<HireCost> hires) {
    List<FixEffect> effects = new ArrayList<>();
    for (Fix fix : live(hires)) {
      effects.add(FixEffect.measure(fix, hires));
    }
    return List.copyOf(effects);
  }

  private static boolean isLive(Fix fix, Optional<LocalDate> lastStart) {
    return fix.liveFrom().isPresent()
        && lastStart.isPresent()
        && !fix.liveFrom().get().isAfter(lastStart.get());
  }
}
