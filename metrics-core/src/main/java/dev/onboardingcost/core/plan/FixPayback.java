package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.HourlyRate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a candidate fix saves and how soon it pays for itself (docs/method.md). Money is unrounded.
 *
 * <p>Savings per hire = {@code reduction ×} the mean targeted cost over the baseline hires. Net
 * savings per quarter = savings per hire × hires per quarter − recurring cost per quarter. Payback
 * in quarters = one-off cost / net savings per quarter; in hires = one-off cost / (net savings per
 * quarter / hires per quarter). A fix whose net savings are zero or less never pays back: both
 * paybacks are empty and the reason starts with {@link #NEVER}. With a plan, the savings in its
 * first quarter = savings per hire × that quarter's hires − the recurring cost per quarter.
 *
 * @param fix the fix
 * @param targetedCostPerHire mean targeted cost over the baseline hires (34 significant digits);
 *     zero with no baseline hires
 * @param savingsPerHire {@code reduction × targetedCostPerHire}
 * @param oneOffCost the one-off cost, exact
 * @param recurringCostPerQuarter the recurring cost per quarter, exact
 * @param hiresPerQuarter the hiring rate the payback assumes ({@link HiringRate#perQuarter})
 * @param netSavingsPerQuarter savings per hire × hires per quarter − recurring cost per quarter
 * @param paybackQuarters quarters until the one-off cost is paid back; empty when it never is
 * @param paybackHires hires until the one-off cost is paid back; empty when it never is
 * @param firstQuarterSavings savings in the plan's first quarter; empty with no plan or no quarter
 * @param reason why the paybacks are empty; empty when they are present
 */
public record FixPayback(
    Fix fix,
    BigDecimal targetedCostPerHire,
    BigDecimal savingsPerHire,
    BigDecimal oneOffCost,
    BigDecimal recurringCostPerQuarter,
    BigDecimal hiresPerQuarter,
    BigDecimal netSavingsPerQuarter,
    Optional<BigDecimal> paybackQuarters,
    Optional<BigDecimal> paybackHires,
    Optional<BigDecimal> firstQuarterSavings,
    Optional<String> reason) {

  /** The words for a fix whose net savings are zero or less. */
  public static final String NEVER = "never pays back at this hiring rate";

  /** Payback ascending, fixes that never pay back last, then by name. */
  public static final Comparator<FixPayback> PAYBACK_ORDER =
      Comparator.comparing(
              (FixPayback p) -> p.paybackQuarters(),
              (a, b) -> {
                if (a.isPresent() && b.isPresent()) {
                  return a.get().compareTo(b.get());
                }
                return Boolean.compare(a.isEmpty(), b.isEmpty());
              })
          .thenComparing(p -> p.fix().name());

  private static final MathContext MC = MathContext.DECIMAL128;

  /**
   * Checks the payback.
   *
   * @throws IllegalArgumentException when a payback is missing without a reason, or only one of the
   *     two is present
   */
  public FixPayback {
    requireNonNull(fix, "fix");
    requireNonNull(targetedCostPerHire, "targetedCostPerHire");
    requireNonNull(savingsPerHire, "savingsPerHire");
    requireNonNull(oneOffCost, "oneOffCost");
    requireNonNull(recurringCostPerQuarter, "recurringCostPerQuarter");
    requireNonNull(hiresPerQuarter, "hiresPerQuarter");
    requireNonNull(netSavingsPerQuarter, "netSavingsPerQuarter");
    requireNonNull(paybackQuarters, "paybackQuarters");
    requireNonNull(paybackHires, "paybackHires");
    requireNonNull(firstQuarterSavings, "firstQuarterSavings");
    requireNonNull(reason, "reason");
    if (paybackQuarters.isPresent() != paybackHires.isPresent()) {
      throw new IllegalArgumentException("a payback needs both quarters and hires, or neither");
    }
    if (paybackHires.isEmpty() && reason.isEmpty()) {
      throw new IllegalArgumentException("a fix with no payback needs a reason");
    }
  }

  /**
   * The payback of {@code fix}, its savings taken from the targeted cost of the {@code baseline}
   * hires, hours paid at {@code defaultRate} ({@code rates.default}), at {@code hiresPerQuarter},
   * and, when given, the first quarter of {@code plan}.
   */
  public static FixPayback of(
      Fix fix,
      List<HireCost> baseline,
      HourlyRate defaultRate,
      BigDecimal hiresPerQuarter,
      Optional<HiringPlan> plan) {
    requireNonNull(fix, "fix");
    requireNonNull(baseline, "baseline");
    requireNonNull(defaultRate, "defaultRate");
    requireNonNull(hiresPerQuarter, "hiresPerQuarter");
    requireNonNull(plan, "plan");
    BigDecimal targeted = BigDecimal.ZERO;
    for (HireCost hire : baseline) {
      targeted = targeted.add(fix.targetedCostOf(hire));
    }
    int n = baseline.size();
    BigDecimal perHire = n == 0 ? BigDecimal.ZERO : targeted.divide(BigDecimal.valueOf(n), MC);
    BigDecimal savings = fix.reduction().multiply(perHire);
    BigDecimal oneOff = fix.oneOffCostAt(defaultRate);
    BigDecimal recurring = fix.recurringCostAt(defaultRate);
    BigDecimal net = savings.multiply(hiresPerQuarter).subtract(recurring);
    Optional<BigDecimal> quarters = Optional.empty();
    Optional<BigDecimal> hires = Optional.empty();
    Optional<String> reason = Optional.empty();
    if (n == 0) {
      reason = Optional.of("no baseline hires, so the savings are unknown");
    } else if (net.signum() <= 0) {
      reason = Optional.of(NEVER + why(fix, targeted, savings, hiresPerQuarter));
    } else {
      quarters = Optional.of(oneOff.divide(net, MC));
      hires = Optional.of(oneOff.multiply(hiresPerQuarter).divide(net, MC));
    }
    Optional<BigDecimal> firstQuarter =
        plan.filter(p -> !p.quarters().isEmpty())
            .map(
                p ->
                    savings
                        .multiply(BigDecimal.valueOf(p.quarters().get(0).hires()))
                        .subtract(recurring));
    return new FixPayback(
        fix,
        perHire,
        savings,
        oneOff,
        recurring,
        hiresPerQuarter,
        net,
        quarters,
        hires,
        firstQuarter,
        reason);
  }

  private static String why(
      Fix fix, BigDecimal targeted, BigDecimal savings, BigDecimal hiresPerQuarter) {
    if (targeted.signum() == 0) {
      return ": the targets (" + fix.targets() + ") select no cost in any baseline hire";
    }
    if (savings.signum() == 0) {
      return ": a reduction of 0 saves nothing";
    }
    if (hiresPerQuarter.signum() == 0) {
      return ": no hires per quarter";
    }
    return ": the recurring cost per quarter is at least what it saves per quarter";
  }
}
