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
 * @param event the event, or empty for the default provisioning minutes
 * @param payer whose time it is
 * @param category the cost category
 * @param system the system waited on, for access waits
 * @param minutes the lost minutes after fractions, overlap sharing and refocus time
 * @param cost {@code minutes / 60 × rate}, unrounded
 */
public record CostLine(
    Optional<OnboardingEvent> event,
    Payer payer,
    Category category,
    Optional<String> system,
    BigDecimal minutes,
    BigDecimal cost) {
  /** Checks the line. */
  public CostLine {
    requireNonNull(event, "event");
    requireNonNull(payer, "payer");
    requireNonNull(category, "category");
    requireNonNull(system, "system");
    requireNonNull(minutes, "minutes");
    requireNonNull(cost, "cost");
  }

  /** A line whose cost is {@code minutes} at the payer's rate. */
  public static CostLine of(
      Optional<OnboardingEvent> event,
      Payer payer,
      Category category,
      Optional<String> system,
      BigDecimal minutes) {
    return new CostLine(event, payer, category, system, minutes, payer.rate().costOf(minutes));
  }
}
