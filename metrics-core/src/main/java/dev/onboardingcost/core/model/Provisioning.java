package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A colleague did manual set-up work for the hire; the duration is {@code timing.minutes()}. An
 * empty helper is paid at the default rate.
 */
public record Provisioning(
    PersonId hire,
    Optional<PersonId> helper,
    Category provisionedFor,
    Timing timing,
    Provenance provenance)
    implements OnboardingEvent {
  /**
   * Checks the event.
   *
   * @throws IllegalArgumentException when no minutes are given
   */
  public Provisioning {
    requireNonNull(hire, "hire");
    requireNonNull(helper, "helper");
    requireNonNull(provisionedFor, "provisionedFor");
    requireNonNull(timing, "timing");
    requireNonNull(provenance, "provenance");
    requireMinutes(timing.minutes().orElse(null));
  }

  /**
   * {@code minutes} (null: none), checked as a provisioning event checks its minutes.
   *
   * @throws IllegalArgumentException when there are none
   */
  public static BigDecimal requireMinutes(BigDecimal minutes) {
    if (minutes == null) {
      throw new IllegalArgumentException("provisioning needs minutes");
    }
    return minutes;
  }

  @Override
  public Optional<Category> category() {
    return Optional.of(provisionedFor);
  }

  @Override
  public String type() {
    return "provisioning";
  }
}
