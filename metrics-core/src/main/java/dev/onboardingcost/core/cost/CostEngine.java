package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.Milestone;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provisioning;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.time.OnboardingWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cost engine (docs/method.md): admit events one at a time, then {@link #finish()} for the cost
 * of every hire.
 *
 * <p>Per hire it keeps running sums: lost minutes per category, kind of evidence (survey or logs),
 * payer and system, each system's access-wait intervals (merged as they come, so that memory grows
 * with the hires and not with the events) and the earliest milestone of each kind. {@link
 * #withLedger} keeps one line per event instead, so that each cost names the event behind it (the
 * workbook's {@code Events} sheet); every figure is the same either way.
 */
public final class CostEngine {
  private final CostRules rules;
  private final AccessWaitUnion union;
  private final boolean ledger;
  private boolean finished;
  private final Map<PersonId, HireTally> tallies = new HashMap<>();
  private final Map<LocalDate, OnboardingWindow> windows = new HashMap<>();
  private final Map<Optional<PersonId>, Payer> colleagues = new HashMap<>();
  private final Map<Payer, Payer> pooled = new HashMap<>();
  private final Map<HireTally.LineKey, HireTally.LineKey> keys = new HashMap<>();

  private CostEngine(CostSettings settings, People people, boolean ledger) {
    this.rules =
        new CostRules(requireNonNull(settings, "settings"), requireNonNull(people, "people"));
    this.union = new AccessWaitUnion(rules::workingMinutes, settings.assumptions());
    this.ledger = ledger;
  }

  /** An engine that keeps running sums per hire: one cost line per payer, category and system. */
  public static CostEngine summing(CostSettings settings, People people) {
    return new CostEngine(settings, people, false);
  }

  /** An engine that keeps one cost line per event. */
  public static CostEngine withLedger(CostSettings settings, People people) {
    return new CostEngine(settings, people, true);
  }

  /**
   * Takes one event: it counts when it falls in the hire's onboarding window (or has no timestamp,
   * or is a milestone), and is left out otherwise. Any event but a milestone, counted or not, is
   * evidence of the hire of its kind (survey or logs).
   *
   * @throws IllegalArgumentException when the hire is not a hire in {@code people}, or a helper is
   *     not a person there; readers reject such records before they reach the engine
   */
  public Admission admit(OnboardingEvent event) {
    return admit(event, true);
  }

  /**
   * Takes an event the settings assume rather than a record shows (a required system charged under
   * {@code not_granted: charge}): it counts like any other, and is no evidence of its hire.
   *
   * @throws IllegalArgumentException when the hire is not a hire in {@code people}
   */
  public Admission admitAssumed(OnboardingEvent event) {
    return admit(event, false);
  }

  /**
   * Notes that a used record of {@code source} speaks of {@code hire} though it makes no event (an
   * access grant before the window, say): the hire has evidence of that kind.
   *
   * @throws IllegalArgumentException when {@code hire} is not a hire
   */
  public void witness(PersonId hire, Source source) {
    requireNonNull(source, "source");
    tallyOf(requireNonNull(hire, "hire")).witness(source.isSurvey());
  }

  /**
   * Flags {@code system} as not granted to {@code hire} inside the window, whatever it costs (a
   * required system no log granted and nobody asked for costs nothing by default).
   *
   * @throws IllegalArgumentException when {@code hire} is not a hire
   */
  public void flagNotGranted(PersonId hire, String system) {
    tallyOf(requireNonNull(hire, "hire")).flagNotGranted(requireNonNull(system, "system"));
  }

  private Admission admit(OnboardingEvent event, boolean evidence) {
    requireNonNull(event, "event");
    HireTally tally = tallyOf(event.hire());
    // a helper's payer is found before the window check: an unknown helper is refused wherever
    // the event lies
    Optional<Payer> colleague =
        event instanceof Help || event instanceof Provisioning
            ? Optional.of(colleague(CostRules.helperOf(event)))
            : Optional.empty();
    boolean milestone = event instanceof Milestone;
    if (evidence && !milestone) {
      tally.witness(event.isSurvey());
    }
    if (!milestone && !CostRules.inWindow(event.timing(), tally.window())) {
      return Admission.OUTSIDE_WINDOW;
    }
    tally.add(event, colleague);
    return Admission.COUNTED;
  }

  /**
   * The cost of every hire in {@code people}, in start order, events or not. The engine is done
   * then: each hire's sums are let go once priced, so that the sums and the costs are not all held
   * at once.
   *
   * @throws IllegalStateException when the engine is already finished
   */
  public CostReport finish() {
    checkOpen();
    List<HireCost> hires = new ArrayList<>();
    for (Person hire : rules.people().hires()) {
      hires.add(tallyOf(hire.id()).finish());
      tallies.remove(hire.id());
    }
    finished = true;
    return new CostReport(rules.settings().currency(), hires);
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("the engine is finished: it takes no more events");
    }
  }

  private HireTally tallyOf(PersonId hire) {
    checkOpen();
    HireTally tally = tallies.get(hire);
    if (tally == null) {
      Person person = rules.hireOf(hire);
      OnboardingWindow window =
          windows.computeIfAbsent(person.startDate().orElseThrow(), rules.settings()::windowFor);
      tally =
          new HireTally(rules, union, person, window, kept(rules.hirePays(person)), keys, ledger);
      tallies.put(hire, tally);
    }
    return tally;
  }

  /**
   * The payer of a colleague's minutes, one object per helper: with a ledger the colleague; else
   * everyone paid at the same rate by the same rule is one payer with no person (what they cost is
   * the same, and 500 helpers would otherwise make 500 sums per hire and category).
   *
   * @throws IllegalArgumentException when the helper is not in people.csv
   */
  private Payer colleague(Optional<PersonId> helper) {
    Payer payer = colleagues.get(helper);
    if (payer == null) {
      payer = kept(rules.colleague(helper));
      colleagues.put(helper, payer);
    }
    return payer;
  }

  /**
   * The payer a hire's sums keep: with a ledger {@code payer}; else everyone of its kind paid at
   * the same rate by the same rule is one payer with no person, one object for all hires.
   */
  private Payer kept(Payer payer) {
    return ledger
        ? payer
        : pooled.computeIfAbsent(
            new Payer(payer.kind(), Optional.empty(), payer.basis(), payer.rate()), k -> k);
  }
}
