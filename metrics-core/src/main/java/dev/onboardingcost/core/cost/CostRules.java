package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Decimal128;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provisioning;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.model.Timing;
import dev.onboardingcost.core.time.OnboardingWindow;
import dev.onboardingcost.core.time.Span;
import dev.onboardingcost.core.time.WorkCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pricing rules of one event (docs/method.md, "Cost per hire"): who pays, how many minutes it
 * loses, which evidence counts.
 */
final class CostRules {
  private final CostSettings settings;
  private final People people;
  private final Assumptions assumptions;

  CostRules(CostSettings settings, People people) {
    this.settings = settings;
    this.people = people;
    this.assumptions = settings.assumptions();
  }

  CostSettings settings() {
    return settings;
  }

  People people() {
    return people;
  }

  /** The working minutes of {@code [from, to)}. */
  BigDecimal workingMinutes(Instant from, Instant to) {
    return settings.calendar().workingMinutes(from, to);
  }

  /**
   * The person {@code id}.
   *
   * @throws IllegalArgumentException when {@code id} is not in people.csv
   */
  Person requirePerson(PersonId id) {
    return people
        .byId(id)
        .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not in people.csv"));
  }

  /**
   * The hire {@code id}.
   *
   * @throws IllegalArgumentException when {@code id} is not in people.csv or has no start date
   */
  Person hireOf(PersonId id) {
    Person person = requirePerson(id);
    if (!person.isHire()) {
      throw new IllegalArgumentException(
          "'" + id + "' has no start_date in people.csv, so is not a hire");
    }
    return person;
  }

  /**
   * True when an event with this timing counts in {@code window}: an interval that overlaps it (an
   * instant-long one inside it), a single placing instant inside it, or no timestamp at all.
   */
  static boolean inWindow(Timing timing, OnboardingWindow window) {
    if (timing.isInterval() && !timing.start().equals(timing.end())) {
      return timing.end().orElseThrow().isAfter(window.start())
          && timing.start().orElseThrow().isBefore(window.end());
    }
    return timing.placement().map(window::contains).orElse(true);
  }

  /** The helper of a help or provisioning event. */
  static Optional<PersonId> helperOf(OnboardingEvent event) {
    if (event instanceof Help) {
      return ((Help) event).helper();
    }
    if (event instanceof Provisioning) {
      return ((Provisioning) event).helper();
    }
    return Optional.empty();
  }

  /**
   * True when evidence of this kind counts for a hire and category that has survey evidence ({@code
   * hasSurvey}) and log evidence ({@code hasLogs}), by the workspace's precedence.
   */
  boolean counts(boolean survey, boolean hasSurvey, boolean hasLogs) {
    switch (settings.precedence()) {
      case LOGS:
        return survey ? !hasLogs : true;
      case SURVEY:
        return survey ? true : !hasSurvey;
      default:
        return true;
    }
  }

  /** The hire paying for their own lost time. */
  Payer hirePays(Person hire) {
    return new Payer(
        Payer.Kind.HIRE,
        Optional.of(hire.id()),
        settings.rates().basisOf(hire),
        settings.rates().rateOf(hire));
  }

  /** A colleague, named or unnamed (paid at the default rate). */
  Payer colleague(Optional<PersonId> helper) {
    if (helper.isEmpty()) {
      return new Payer(
          Payer.Kind.COLLEAGUE,
          Optional.empty(),
          RateBasis.DEFAULT,
          settings.rates().rateAt(RateBasis.DEFAULT));
    }
    Person person = requirePerson(helper.get());
    return new Payer(
        Payer.Kind.COLLEAGUE,
        helper,
        settings.rates().basisOf(person),
        settings.rates().rateOf(person));
  }

  /** The payer of the default provisioning minutes, when there are any. */
  Optional<Payer> defaultProvisioningPayer() {
    if (assumptions.provisioningMinutesPerHire().signum() == 0) {
      return Optional.empty();
    }
    RateBasis basis = settings.rates().basisOfRole(assumptions.provisioningRole());
    return Optional.of(
        new Payer(Payer.Kind.COLLEAGUE, Optional.empty(), basis, settings.rates().rateAt(basis)));
  }

  /** The default provisioning line for a hire with no provisioning event, if any. */
  Optional<CostLine> defaultProvisioning() {
    return defaultProvisioningPayer()
        .map(
            payer ->
                new CostLine(
                    Optional.empty(),
                    payer,
                    Category.ACCESS,
                    Optional.empty(),
                    assumptions.provisioningMinutesPerHire()));
  }

  /** Lost minutes of an access wait given as minutes (no interval): minutes × f(system). */
  BigDecimal waitMinutes(AccessWait wait) {
    return durationOf(wait.timing(), "access_wait")
        .multiply(assumptions.blockedFractionOf(wait.system()));
  }

  /** Lost minutes of blocked time: working minutes of the clipped interval, else its minutes. */
  BigDecimal blockedMinutes(OnboardingWindow window, Blocked blocked) {
    Timing timing = blocked.timing();
    if (timing.isInterval()) {
      Span span = clip(window, timing);
      return workingMinutes(span.start(), span.end());
    }
    return durationOf(timing, "blocked");
  }

  /** A helper's minutes: count × (minutes per time + context switch). */
  BigDecimal helpMinutes(OnboardingWindow window, Help help) {
    return help.count()
        .multiply(
            helpMinutesPerTime(window, help.timing()).add(assumptions.contextSwitchMinutes()));
  }

  /** Provisioning minutes. */
  static BigDecimal provisioningMinutes(Provisioning provisioning) {
    return provisioning.timing().minutes().orElseThrow();
  }

  /** Minutes per time of a help event: its minutes, else the clock minutes, else help_minutes. */
  private BigDecimal helpMinutesPerTime(OnboardingWindow window, Timing timing) {
    if (timing.minutes().isPresent()) {
      return timing.minutes().get();
    }
    if (timing.isInterval()) {
      Span span = clip(window, timing);
      return WorkCalendar.minutesOf(Duration.between(span.start(), span.end()));
    }
    return assumptions.helpMinutes();
  }

  private static BigDecimal durationOf(Timing timing, String type) {
    return timing
        .minutes()
        .orElseThrow(
            () -> new IllegalArgumentException(type + " needs minutes or a start..end interval"));
  }

  /** The event's interval clipped to the window (the event is known to overlap it). */
  static Span clip(OnboardingWindow window, Timing timing) {
    return window.clip(timing.start().orElseThrow(), timing.end().orElseThrow()).orElseThrow();
  }

  /** Working days from the window start to each milestone (exact). */
  Map<MilestoneKind, BigDecimal> daysTo(
      OnboardingWindow window, Map<MilestoneKind, Instant> milestones) {
    long workday = settings.calendar().workdayMinutes();
    Map<MilestoneKind, BigDecimal> days = new EnumMap<>(MilestoneKind.class);
    milestones.forEach(
        (kind, at) ->
            days.put(kind, Decimal128.divide(workingMinutes(window.start(), at), workday)));
    return days;
  }
}
