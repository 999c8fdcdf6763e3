package dev.onboardingcost.report;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.plan.FixEffect;
import dev.onboardingcost.core.stats.GroupComparison;
import dev.onboardingcost.core.stats.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * Comparisons in plain words, the effect first: "Team leads can grant GitHub access worked:
 * targeted cost per hire fell from $512 to $31 (ratio 0.06, 95% interval 0.03-0.11)". Ratios and
 * their intervals are shown to 2 decimals; money in whole units of the currency.
 */
public final class EffectWords {
  private final Currency currency;

  /** Words for amounts in {@code currency}. */
  public EffectWords(Currency currency) {
    this.currency = requireNonNull(currency, "currency");
  }

  /** One sentence on what a live fix did to its targeted cost per hire. */
  public String fixEffect(FixEffect effect) {
    requireNonNull(effect, "effect");
    GroupComparison c = effect.comparison();
    String name = effect.fix().name();
    switch (effect.verdict()) {
      case TOO_FEW_HIRES:
        return name
            + ": too few hires to tell ("
            + c.earlier().hires()
            + " before "
            + effect.liveFrom()
            + ", "
            + c.later().hires()
            + " from then on; a comparison needs "
            + GroupComparison.MIN_PER_SIDE
            + " a side)"
            + hiresNeeded(effect);
      case WORKED:
        return name + " worked: targeted cost per hire fell " + change(c);
      case GOT_WORSE:
        return name + " got worse: targeted cost per hire rose " + change(c);
      default:
        return name
            + ": no change detected: targeted cost per hire went "
            + change(c)
            + hiresNeeded(effect);
    }
  }

  /** "from $512 to $31 (ratio 0.06, 95% interval 0.03-0.11)". */
  public String change(GroupComparison comparison) {
    requireNonNull(comparison, "comparison");
    return "from "
        + money(comparison.earlier().mean())
        + " to "
        + money(comparison.later().mean())
        + effectSize(comparison);
  }

  /** " (ratio 0.06, 95% interval 0.03-0.11)", or the reason there is none in brackets. */
  public static String effectSize(GroupComparison comparison) {
    if (comparison.ratio().isEmpty()) {
      return " (" + comparison.reason().orElse("no ratio") + ")";
    }
    return " (ratio "
        + ratio(comparison.ratio().get())
        + comparison.ratioInterval().map(i -> ", 95% interval " + interval(i)).orElse("")
        + ")";
  }

  /** A ratio to 2 decimals: {@code 0.06}. */
  public static String ratio(BigDecimal ratio) {
    return ratio.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** An interval of ratios to 2 decimals: {@code 0.03-0.11}. */
  public static String interval(Interval interval) {
    return ratio(interval.lower()) + "-" + ratio(interval.upper());
  }

  private String hiresNeeded(FixEffect effect) {
    return effect
        .comparison()
        .hiresNeeded()
        .map(
            n ->
                "; "
                    + n
                    + " hires a side would tell a "
                    + effect
                        .reductionToDetect()
                        .movePointRight(2)
                        .stripTrailingZeros()
                        .toPlainString()
                    + "% cut")
        .orElse("");
  }

  private String money(Optional<BigDecimal> amount) {
    return amount.map(a -> Money.whole(a, currency)).orElse("-");
  }
}
