package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.OnboardingEvent;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One counted cost: the lost minutes of one event, of one hire's events summed per payer, category
 * and system, or of a default (then {@code event} is empty), and what they cost at the payer's
 * rate. Minutes and cost are exact; two lines are equal when their parts are, minutes by {@link
 * BigDecimal#equals} (so {@code 1.5} and {@code 1.50} differ).
 *
 * @param event the event, when the line is one event's
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
}
