package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.model.HourlyRate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The proposed fixes ({@code fixes.yaml}, SPEC section 8), ranked by how soon they pay back.
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

  /**
   * Every fix's payback, ranked by {@link FixPayback#PAYBACK_ORDER}: payback in hires ascending,
   * fixes that never pay back last, then by name.
   */
  public List<FixPayback> rank(
      CostReport report, HourlyRate defaultRate, Optional<HiringPlan> plan) {
    List<FixPayback> paybacks = new ArrayList<>(fixes.size());
    for (Fix fix : fixes) {
      paybacks.add(FixPayback.of(fix, report, defaultRate, plan));
    }
    paybacks.sort(FixPayback.PAYBACK_ORDER);
    return List.copyOf(paybacks);
  }
}
