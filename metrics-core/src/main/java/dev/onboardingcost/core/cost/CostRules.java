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
import java.util.function.BiFunction;

/**
 * The pricing rules of SPEC section 5 that do not depend on how events are kept: who pays, how many
 * minutes one event loses, which evidence counts. Shared by {@link CostEngine} and {@link
 * CostAccumulator} so that the two paths cannot drift apart.
 */
final class CostRules {
  private final CostSettings settings;
  private final People people;
  private final Assumptions assumptions;
  private final BiFunction<Instant, Instant, BigDecimal> workingMinutes;
  private final long contextSwitchMinutes; // as a whole number for helpMicros, else -1

  CostRules(CostSettings settings, People people) {
    this(settings, people, settings.calendar()::workingMinutes);
  }

  /** Rules that measure working minutes with {@code workingMinutes} (equal to the calendar's). */
  CostRules(
      CostSettings settings,
      People people,
      BiFunction<Instant, Instant, BigDecimal> workingMinutes) {
    this.settings = settings;
    this.people = people;
    this.assumptions = settings.assumptions();
    this.workingMinutes = workingMinutes;
    this.contextSwitchMinutes = whole(assumptions.contextSwitchMinutes(), 12);
  }

  CostSettings settings() {
    return settings;
  }

  /** The working minutes of {@code [from, to)}. */
  BigDecimal workingMinutes(Instant from, Instant to) {
    return workingMinutes.apply(from, to);
  }

  /**
   * True when an event with this timing counts in {@code window}: an interval that overlaps it (an
   * instant-long one inside it), a single placing instant inside it, or no timestamp at all.
   */
  static boolean inWindow(Timing timing, OnboardingWindow window) {
    Instant from = window.start();
    Instant to = window.end();
    return inWindow(
        timing, from.getEpochSecond(), from.getNano(), to.getEpochSecond(), to.getNano());
  }

  /**
   * {@link #inWindow(Timing, OnboardingWindow)} of the window {@code [fromSecond.fromNano,
   * toSecond.toNano)} given as numbers, so that a caller keeping them (one per hire) reads no
   * window object per event, and no span or optional is made: a non-empty interval overlaps the
   * window when it ends after the window starts and starts before the window ends (what clipping it
   * leaves is then not empty).
   */
  static boolean inWindow(Timing timing, long fromSecond, int fromNano, long toSecond, int toNano) {
    return inWindow(
        timing.start().orElse(null),
        timing.end().orElse(null),
        timing.minutes().orElse(null),
        fromSecond,
        fromNano,
        toSecond,
        toNano);
  }

  /**
   * {@link #inWindow(Timing, long, int, long, int)} of the timing {@code start}, {@code end} and
   * {@code minutes} (each null when absent).
   */
  static boolean inWindow(
      Instant start,
      Instant end,
      BigDecimal minutes,
      long fromSecond,
      int fromNano,
      long toSecond,
      int toNano) {
    if (Timing.isInterval(start, end, minutes) && !start.equals(end)) {
      return compare(end, fromSecond, fromNano) > 0 && compare(start, toSecond, toNano) < 0;
    }
    Instant placement = start != null ? start : end;
    return placement == null
        || (compare(placement, fromSecond, fromNano) >= 0
            && compare(placement, toSecond, toNano) < 0);
  }

  /** {@code instant} compared with the instant {@code second.nano}. */
  static int compare(Instant instant, long second, int nano) {
    int bySecond = Long.compare(instant.getEpochSecond(), second);
    return bySecond != 0 ? bySecond : Integer.compare(instant.getNano(), nano);
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
    Person person = people.byId(helper.get()).orElseThrow();
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
                CostLine.of(
                    Optional.empty(),
                    payer,
                    Category.ACCESS,
                    Optional.empty(),
                    assumptions.provisioningMinutesPerHire()));
  }

  /** Lost minutes of an access wait given as minutes (no interval): minutes × f(system). */
  BigDecimal waitMinutes(AccessWait wait) {
    return waitMinutes(wait.timing().minutes().orElse(null), wait.system());
  }

  /**
   * {@link #waitMinutes(AccessWait)} of a wait of {@code minutes} (null: none) for {@code system}.
   */
  BigDecimal waitMinutes(BigDecimal minutes, String system) {
    return durationOf(minutes, "access_wait").multiply(assumptions.blockedFractionOf(system));
  }

  /** Lost minutes of blocked time: working minutes of the clipped interval, else its minutes. */
  BigDecimal blockedMinutes(OnboardingWindow window, Blocked blocked) {
    Timing timing = blocked.timing();
    return blockedMinutes(
        window,
        timing.start().orElse(null),
        timing.end().orElse(null),
        timing.minutes().orElse(null));
  }

  /** {@link #blockedMinutes(OnboardingWindow, Blocked)} of the timing given as values. */
  BigDecimal blockedMinutes(
      OnboardingWindow window, Instant start, Instant end, BigDecimal minutes) {
    if (Timing.isInterval(start, end, minutes)) {
      Span span = clip(window, start, end);
      return workingMinutes(span.start(), span.end());
    }
    return durationOf(minutes, "blocked");
  }

  /** A helper's minutes: count × (minutes per time + context switch). */
  BigDecimal helpMinutes(OnboardingWindow window, Help help) {
    Timing timing = help.timing();
    return helpMinutes(
        window,
        help.count(),
        timing.start().orElse(null),
        timing.end().orElse(null),
        timing.minutes().orElse(null));
  }

  /** {@link #helpMinutes(OnboardingWindow, Help)} of help given as values. */
  BigDecimal helpMinutes(
      OnboardingWindow window, BigDecimal count, Instant start, Instant end, BigDecimal minutes) {
    return count.multiply(
        helpMinutesPerTime(window, start, end, minutes).add(assumptions.contextSwitchMinutes()));
  }

  /** What {@link #helpMicros} answers when it cannot answer exactly in a long. */
  static final long NOT_EXACT = Long.MIN_VALUE;

  /**
   * {@link #helpMinutes} in micro-minutes, worked out in a long with no {@link BigDecimal} made,
   * for a help event with its minutes (or with no interval: help_minutes) when the count (below
   * 10^6), the minutes and the context switch (below 10^12) are whole numbers and the product is
   * below 10^12 minutes: {@link #helpMinutes} is then a whole number of at most 12 digits, which is
   * what a running sum keeps in micro-minutes, so both ways add the same. Else (an interval, a
   * fraction, a big number) {@link #NOT_EXACT}, and the caller asks {@link #helpMinutes}.
   */
  long helpMicros(Help help) {
    Timing timing = help.timing();
    return helpMicros(
        help.count(),
        timing.start().orElse(null),
        timing.end().orElse(null),
        timing.minutes().orElse(null));
  }

  /** {@link #helpMicros(Help)} of help given as values. */
  long helpMicros(BigDecimal helpCount, Instant start, Instant end, BigDecimal helpMinutes) {
    BigDecimal perTime;
    if (helpMinutes != null) {
      perTime = helpMinutes;
    } else if (Timing.isInterval(start, end, null)) {
      return NOT_EXACT;
    } else {
      perTime = assumptions.helpMinutes();
    }
    long count = whole(helpCount, 6);
    long minutes = whole(perTime, 12);
    if ((count | minutes | contextSwitchMinutes) < 0) {
      return NOT_EXACT;
    }
    long total = count * (minutes + contextSwitchMinutes); // below 10^6 * 2 * 10^12: no overflow
    return total < 1_000_000_000_000L ? total * 1_000_000L : NOT_EXACT;
  }

  /** {@code value} (not negative) when it is a whole number of at most {@code digits}, else -1. */
  private static long whole(BigDecimal value, int digits) {
    return value.scale() == 0 && value.precision() <= digits ? value.longValue() : -1;
  }

  /** Provisioning minutes. */
  static BigDecimal provisioningMinutes(Provisioning provisioning) {
    return provisioning.timing().minutes().orElseThrow();
  }

  /** Minutes per time of a help event: its minutes, else the clock minutes, else help_minutes. */
  private BigDecimal helpMinutesPerTime(
      OnboardingWindow window, Instant start, Instant end, BigDecimal minutes) {
    if (minutes != null) {
      return minutes;
    }
    if (Timing.isInterval(start, end, null)) {
      Span span = clip(window, start, end);
      return WorkCalendar.minutesOf(Duration.between(span.start(), span.end()));
    }
    return assumptions.helpMinutes();
  }

  private static BigDecimal durationOf(BigDecimal minutes, String type) {
    if (minutes == null) {
      throw new IllegalArgumentException(type + " needs minutes or a start..end interval");
    }
    return minutes;
  }

  /** The event's interval clipped to the window (the event is known to overlap it). */
  static Span clip(OnboardingWindow window, Timing timing) {
    return clip(window, timing.start().orElseThrow(), timing.end().orElseThrow());
  }

  /** The interval {@code [start, end)} clipped to the window (it is known to overlap it). */
  static Span clip(OnboardingWindow window, Instant start, Instant end) {
    return window.clip(start, end).orElseThrow();
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
