package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.time.OnboardingWindow;

/**
 * A way of pricing events by the rules of SPEC section 5: admit them one at a time, then {@link
 * #finish()}. {@link CostEngine} keeps every event so that each cost line names its event; {@link
 * CostAccumulator} keeps running sums only, for inputs of millions of events. Both give the same
 * figures.
 */
public interface CostModel {
  /**
   * Takes one event: it counts when it falls in the hire's onboarding window (or has no timestamp,
   * or is a milestone), and is left out otherwise.
   *
   * @throws IllegalArgumentException when the hire is not a hire, or a helper is not a person
   */
  Admission admit(OnboardingEvent event);

  /**
   * The onboarding window of {@code hire}.
   *
   * @throws IllegalArgumentException when {@code hire} is not a hire
   */
  OnboardingWindow windowOf(PersonId hire);

  /** The cost of every hire, in start order, events or not. */
  CostReport finish();
}
