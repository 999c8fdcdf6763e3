package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A colleague stopped their own work to help the hire, {@code count} times. An empty helper is an
 * unnamed colleague, paid at the default rate.
 */
public record Help(
    PersonId hire,
    Optional<PersonId> helper,
    Category helpedWith,
    BigDecimal count,
    Timing timing,
    Provenance provenance)
    implements OnboardingEvent {
  /**
   * Checks the event.
   *
   * @throws IllegalArgumentException when the count is negative
   */
  public Help {
    requireNonNull(hire, "hire");
    requireNonNull(helper, "helper");
    requireNonNull(helpedWith, "helpedWith");
    requireCount(count);
    requireNonNull(timing, "timing");
    requireNonNull(provenance, "provenance");
  }

  /**
   * {@code count}, checked as a help event checks its count.
   *
   * @throws IllegalArgumentException when the count is negative
   */
  public static BigDecimal requireCount(BigDecimal count) {
    requireNonNull(count, "count");
    if (count.signum() < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    return count;
  }

  @Override
  public Optional<Category> category() {
    return Optional.of(helpedWith);
  }

  @Override
  public String type() {
    return "help";
  }
}
