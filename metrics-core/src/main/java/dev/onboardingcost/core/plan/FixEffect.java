package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.stats.GroupComparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Did a fix that went live work (docs/method.md)? Hires starting before its {@code live_from} are
 * before, the others after; their targeted cost per hire is compared ({@link GroupComparison}, with
 * the hires needed per side to detect the fix's {@code reduction}).
 *
 * @param fix the fix, with its {@code live_from}
 * @param comparison before (earlier) against after (later), on the targeted cost per hire
 * @param verdict what the comparison says
 */
public record FixEffect(Fix fix, GroupComparison comparison, Verdict verdict) {

  /** What a fix's before/after comparison says. */
  public enum Verdict {
    /** A side has fewer than 4 hires. */
    TOO_FEW_HIRES,
    /** The interval of the ratio lies below 1. */
    WORKED,
    /** The interval of the ratio lies above 1. */
    GOT_WORSE,
    /** Neither: the data cannot tell yet. */
    NO_CHANGE_DETECTED;

    /** The words in {@code summary.json}, e.g. {@code no change detected}. */
    public String words() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * Checks the effect.
   *
   * @throws IllegalArgumentException when the fix has no {@code live_from}
   */
  public FixEffect {
    requireNonNull(fix, "fix");
    requireNonNull(comparison, "comparison");
    requireNonNull(verdict, "verdict");
    if (fix.liveFrom().isEmpty()) {
      throw new IllegalArgumentException("fix '" + fix.name() + "' has no live_from to measure");
    }
  }

  /**
   * The effect of {@code fix} (which must have a {@code live_from}) on the targeted cost of {@code
   * hires}.
   *
   * @throws IllegalArgumentException when the fix has no {@code live_from} or a hire has no start
   *     date
   */
  public static FixEffect measure(Fix fix, List<HireCost> hires) {
    requireNonNull(fix, "fix");
    requireNonNull(hires, "hires");
    LocalDate liveFrom =
        fix.liveFrom()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "fix '" + fix.name() + "' has no live_from to measure"));
    List<BigDecimal> before = new ArrayList<>();
    List<BigDecimal> after = new ArrayList<>();
    for (HireCost hire : hires) {
      (HiringRate.startOf(hire).isBefore(liveFrom) ? before : after).add(fix.targetedCostOf(hire));
    }
    GroupComparison comparison =
        GroupComparison.withHiresNeeded(before, after, reductionToDetect(fix.reduction()));
    return new FixEffect(fix, comparison, verdictOf(comparison));
  }

  /** The day the fix went live. */
  public LocalDate liveFrom() {
    return fix.liveFrom().orElseThrow();
  }

  /**
   * The reduction the hires needed are for: the fix's {@code reduction}, or 30% when that is zero.
   */
  public BigDecimal reductionToDetect() {
    return reductionToDetect(fix.reduction());
  }

  private static BigDecimal reductionToDetect(BigDecimal reduction) {
    return reduction.signum() > 0 ? reduction : GroupComparison.DEFAULT_REDUCTION;
  }

  private static Verdict verdictOf(GroupComparison comparison) {
    if (comparison.earlier().hires() < GroupComparison.MIN_PER_SIDE
        || comparison.later().hires() < GroupComparison.MIN_PER_SIDE) {
      return Verdict.TOO_FEW_HIRES;
    }
    if (comparison.fell()) {
      return Verdict.WORKED;
    }
    if (comparison.rose()) {
      return Verdict.GOT_WORSE;
    }
    return Verdict.NO_CHANGE_DETECTED;
  }
}
