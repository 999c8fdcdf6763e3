package dev.onboardingcost.core.model;

import java.util.Optional;

/** Something during onboarding that cost somebody working time, or marks progress. */
public sealed interface OnboardingEvent permits AccessWait, Blocked, Help, Provisioning, Milestone {

  /** The hire the event is about. */
  PersonId hire();

  /** The hire's lost or spent time, or the instant of a milestone. */
  Timing timing();

  /** Where the evidence came from. */
  Provenance provenance();

  /** The cost category; a milestone has none. */
  Optional<Category> category();

  /** The canonical type name, e.g. {@code access_wait}. */
  String type();

  /** The source of the evidence. */
  default Source source() {
    return provenance().source();
  }

  /** True for survey evidence. */
  default boolean isSurvey() {
    return source().isSurvey();
  }
}
