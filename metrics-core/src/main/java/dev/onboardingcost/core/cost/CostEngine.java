package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Milestone;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.time.OnboardingWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost engine of SPEC section 5: admit events one at a time, then {@link #finish()} for the
 * cost of every hire.
 *
 * <p>This is the plain reference path: it keeps each hire's counted events and prices them when
 * finished, line by line, so every figure can be traced to the event behind it.
 */
public final class CostEngine implements CostModel {
  private final CostSettings settings;
  private final People people;
  private final Map<PersonId, OnboardingWindow> windows = new HashMap<>();
  private final Map<PersonId, List<OnboardingEvent>> counted = new HashMap<>();

  /** An engine for these settings and people. */
  public CostEngine(CostSettings settings, People people) {
    this.settings = requireNonNull(settings, "settings");
    this.people = requireNonNull(people, "people");
  }

  /**
   * Takes one event: it counts when it falls in the hire's onboarding window (or has no timestamp,
   * or is a milestone), and is left out otherwise.
   *
   * @throws IllegalArgumentException when the hire is not a hire in {@code people}, or a helper is
   *     not a person there; readers reject such records before they reach the engine
   */
  @Override
  public Admission admit(OnboardingEvent event) {
    requireNonNull(event, "event");
    OnboardingWindow window = windowOf(event.hire());
    CostRules.helperOf(event).ifPresent(this::requirePerson);
    if (!(event instanceof Milestone) && !CostRules.inWindow(event.timing(), window)) {
      return Admission.OUTSIDE_WINDOW;
    }
    counted.computeIfAbsent(event.hire(), id -> new ArrayList<>()).add(event);
    return Admission.COUNTED;
  }

  /** The onboarding window of {@code hire}. */
  @Override
  public OnboardingWindow windowOf(PersonId hire) {
    return windows.computeIfAbsent(
        hire,
        id -> {
          Person person = requirePerson(id);
          if (!person.isHire()) {
            throw new IllegalArgumentException(
                "'" + id + "' has no start_date in people.csv, so is not a hire");
          }
          return settings.windowFor(person.startDate().orElseThrow());
        });
  }

  /** The cost of every hire in {@code people}, in start order, events or not. */
  @Override
  public CostReport finish() {
    HireCostCalculator calculator = new HireCostCalculator(new CostRules(settings, people));
    List<HireCost> hires = new ArrayList<>();
    for (Person hire : people.hires()) {
      hires.add(
          calculator.costOf(hire, windowOf(hire.id()), counted.getOrDefault(hire.id(), List.of())));
    }
    return new CostReport(settings.currency(), hires);
  }

  private Person requirePerson(PersonId id) {
    return people
        .byId(id)
        .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not in people.csv"));
  }
}
