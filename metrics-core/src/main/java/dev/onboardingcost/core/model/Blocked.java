package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The hire lost time for a reason other than access: missing docs, a broken setup, ... */
public record Blocked(PersonId hire, Category blockedBy, Timing timing, Provenance provenance)
    implements OnboardingEvent {
  /** Checks the event. */
  public Blocked {
    requireNonNull(hire, "hire");
    requireNonNull(blockedBy, "blockedBy");
    requireNonNull(timing, "timing");
    requireNonNull(provenance, "provenance");
  }

  @Override
  public Optional<Category> category() {
    return Optional.of(blockedBy);
  }

  @Override
  public String type() {
    return "blocked";
  }
}
