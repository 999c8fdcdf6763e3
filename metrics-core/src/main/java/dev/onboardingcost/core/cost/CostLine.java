package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.OnboardingEvent;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One counted cost: the lost minutes of one event (or of a default, when {@code event} is empty)
 * and what they cost at the payer's rate. Minutes and cost are exact.
 *
 * <p>The cost is worked out when asked for, not kept: a report of 20,000 hires holds about 700,000
 * lines, and a kept 34-digit cost each was a third of the heap (and a division each, though the
 * breakdowns of {@link HireCost} price minutes summed per rate, not lines).
 *
 * @param event the event, or empty for the default provisioning minutes
 * @param payer whose time it is
 * @param category the cost category
 * @param system the system waited on, for access waits
 * @param minutes the lost minutes after fractions, overlap sharing and refocus time
 */
public record CostLine(
    Optional<OnboardingEvent> event,
    Payer payer,
    Category category,
    Optional<String> system,
    BigDecimal minutes) {
  /** Checks the line. */
  public CostLine {
    requireNonNull(event, "event");
    requireNonNull(payer, "payer");
    requireNonNull(category, "category");
    requireNonNull(system, "system");
    requireNonNull(minutes, "minutes");
  }

  /** What the minutes cost at the payer's rate: {@code minutes / 60 × rate}, unrounded. */
  public BigDecimal cost() {
    return payer.rate().costOf(minutes);
  }

  /** A line of {@code minutes} (its cost follows from them and the payer's rate). */
  public static CostLine of(
      Optional<OnboardingEvent> event,
      Payer payer,
      Category category,
      Optional<String> system,
      BigDecimal minutes) {
    return new CostLine(event, payer, category, system, minutes);
  }
}
