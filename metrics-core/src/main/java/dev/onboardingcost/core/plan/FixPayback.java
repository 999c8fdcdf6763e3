package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.HourlyRate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a fix saves and how soon it pays for itself (SPEC section 8). Money is unrounded.
 *
 * <p>Savings per hire = {@code reduction ×} the mean, over all observed hires, of the cost the
 * targets select. Payback in hires = one-off cost / savings per hire, empty when the savings are
 * zero (the targets select nothing, the reduction is 0, or there are no observed hires), so there
 * is never a division by zero. With a plan, the savings in its first quarter = savings per hire ×
 * that quarter's hires − the recurring cost per quarter.
 *
 * @param fix the fix
 * @param targetedCostPerHire mean cost per hire the targets select (34 significant digits)
 * @param savingsPerHire {@code reduction × targetedCostPerHire}
 * @param oneOffCost the one-off cost, exact
 * @param recurringCostPerQuarter the recurring cost per quarter, exact
 * @param paybackHires hires until the one-off cost is paid back; empty with no savings
 * @param firstQuarterSavings savings in the plan's first quarter; empty with no plan or no quarter
 * @param reason why {@code paybackHires} is empty; empty when it is present
 */
public record FixPayback(
    Fix fix,
    BigDecimal targetedCostPerHire,
    BigDecimal savingsPerHire,
    BigDecimal oneOffCost,
    BigDecimal recurringCostPerQuarter,
    Optional<BigDecimal> paybackHires,
    Optional<BigDecimal> firstQuarterSavings,
    Optional<String> reason) {

  /** Payback ascending, fixes that never pay back last, then by name. */
  public static final Comparator<FixPayback> PAYBACK_ORDER =
      Comparator.comparing(
              (FixPayback p) -> p.paybackHires(),
              (a, b) -> {
                if (a.isPresent() && b.isPresent()) {
                  return a.get().compareTo(b.get());
                }
                return Boolean.compare(a.isEmpty(), b.isEmpty());
              })
          .thenComparing(p -> p.fix().name());

  private static final MathContext MC = MathContext.DECIMAL128;

  /** Checks the payback. */
  public FixPayback {
    requireNonNull(fix, "fix");
    requireNonNull(targetedCostPerHire, "targetedCostPerHire");
    requireNonNull(savingsPerHire, "savingsPerHire");
    requireNonNull(oneOffCost, "oneOffCost");
    requireNonNull(recurringCostPerQuarter, "recurringCostPerQuarter");
    requireNonNull(paybackHires, "paybackHires");
    requireNonNull(firstQuarterSavings, "firstQuarterSavings");
    requireNonNull(reason, "reason");
    if (paybackHires.isEmpty() && reason.isEmpty()) {
      throw new IllegalArgumentException("a fix with no payback needs a reason");
    }
  }

  /**
   * The payback of {@code fix} from the hires in {@code report}, with hours paid at {@code
   * defaultRate} ({@code rates.default}) and, when given, the first quarter of {@code plan}.
   */
  public static FixPayback of(
      Fix fix, CostReport report, HourlyRate defaultRate, Optional<HiringPlan> plan) {
    requireNonNull(fix, "fix");
    requireNonNull(report, "report");
    requireNonNull(defaultRate, "defaultRate");
    requireNonNull(plan, "plan");
    BigDecimal targeted = BigDecimal.ZERO;
    for (HireCost hire : report.hires()) {
      targeted = targeted.add(hire.sumCost(fix.targets()::selects));
    }
    int n = report.hires().size();
    BigDecimal perHire = n == 0 ? BigDecimal.ZERO : targeted.divide(BigDecimal.valueOf(n), MC);
    BigDecimal savings = fix.reduction().multiply(perHire);
    BigDecimal oneOff = fix.oneOffCostAt(defaultRate);
    BigDecimal recurring = fix.recurringCostAt(defaultRate);
    Optional<BigDecimal> payback = Optional.empty();
    Optional<String> reason = Optional.empty();
    if (n == 0) {
      reason = Optional.of("no observed hires, so the savings are unknown");
    } else if (targeted.signum() == 0) {
      reason = Optional.of("the targets (" + fix.targets() + ") select no cost in any hire");
    } else if (savings.signum() == 0) {
      reason = Optional.of("a reduction of 0 saves nothing");
    } else {
      payback = Optional.of(oneOff.divide(savings, MC));
    }
    Optional<BigDecimal> firstQuarter =
        plan.filter(p -> !p.quarters().isEmpty())
            .map(
                p ->
                    savings
                        .multiply(BigDecimal.valueOf(p.quarters().get(0).hires()))
                        .subtract(recurring));
    return new FixPayback(fix, perHire, savings, oneOff, recurring, payback, firstQuarter, reason);
  }
}
