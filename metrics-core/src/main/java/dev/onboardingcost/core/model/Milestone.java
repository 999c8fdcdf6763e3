package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** The hire reached a milestone such as the first merged pull request at {@code at}. */
public record Milestone(PersonId hire, MilestoneKind kind, Instant at, Provenance provenance)
    implements OnboardingEvent {
  /** Checks the event. */
  public Milestone {
    requireNonNull(hire, "hire");
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
    requireNonNull(provenance, "provenance");
  }

  @Override
  public Timing timing() {
    return Timing.at(at);
  }

  @Override
  public Optional<Category> category() {
    return Optional.empty();
  }

  @Override
  public String type() {
    return "milestone";
  }
}
