package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.Milestone;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provenance;
import dev.onboardingcost.core.model.Provisioning;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.model.Timing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One event as plain values, with no optional, timing or provenance object; {@link #toEvent} makes
 * the event the row stands for, and {@link #of} the row of an event. A row holds what its event
 * would hold: filling it checks what making the event checks (the timing, a help's count, a
 * provisioning's minutes), and throws {@link IllegalArgumentException} as that does.
 */
public final class EventRow {
  /** The canonical types of event (docs/method.md). */
  enum Type {
    ACCESS_WAIT("access_wait"),
    BLOCKED("blocked"),
    HELP("help"),
    PROVISIONING("provisioning"),
    MILESTONE("milestone");

    private final String name;

    Type(String name) {
      this.name = name;
    }

    /** The canonical type name, e.g. {@code access_wait}, as {@link OnboardingEvent#type()}. */
    String typeName() {
      return name;
    }
  }

  Type type;
  PersonId hire;
  Category category; // null for a milestone
  String system; // an access wait's, normalised; else null
  Optional<PersonId> helper = Optional.empty(); // of help and provisioning
  BigDecimal count; // of help
  MilestoneKind milestone;
  Instant start; // null when absent
  Instant end;
  BigDecimal minutes;
  Source source;
  boolean notGranted;

  /** The row of an access wait for {@code system} (null or blank: unspecified). */
  public EventRow accessWait(
      PersonId hire, String system, Instant start, Instant end, BigDecimal minutes, Source source) {
    set(Type.ACCESS_WAIT, hire, Category.ACCESS, start, end, minutes, source);
    this.system = AccessWait.systemOf(system);
    return this;
  }

  /** The row of blocked time. */
  public EventRow blocked(
      PersonId hire,
      Category category,
      Instant start,
      Instant end,
      BigDecimal minutes,
      Source source) {
    return set(
        Type.BLOCKED, hire, requireNonNull(category, "category"), start, end, minutes, source);
  }

  /** The row of help, given {@code count} times. */
  public EventRow help(
      PersonId hire,
      Optional<PersonId> helper,
      Category category,
      BigDecimal count,
      Instant start,
      Instant end,
      BigDecimal minutes,
      Source source) {
    Help.requireCount(count);
    set(Type.HELP, hire, requireNonNull(category, "category"), start, end, minutes, source);
    this.helper = requireNonNull(helper, "helper");
    this.count = count;
    return this;
  }

  /** The row of provisioning work. */
  public EventRow provisioning(
      PersonId hire,
      Optional<PersonId> helper,
      Category category,
      Instant start,
      Instant end,
      BigDecimal minutes,
      Source source) {
    Provisioning.requireMinutes(minutes);
    set(Type.PROVISIONING, hire, requireNonNull(category, "category"), start, end, minutes, source);
    this.helper = requireNonNull(helper, "helper");
    return this;
  }

  /** The row of a milestone reached at {@code at}. */
  public EventRow milestone(PersonId hire, MilestoneKind kind, Instant at, Source source) {
    set(Type.MILESTONE, hire, null, requireNonNull(at, "at"), null, null, source);
    this.milestone = requireNonNull(kind, "kind");
    return this;
  }

  private EventRow set(
      Type type,
      PersonId hire,
      Category category,
      Instant start,
      Instant end,
      BigDecimal minutes,
      Source source) {
    Timing.check(start, end, minutes);
    this.type = type;
    this.hire = requireNonNull(hire, "hire");
    this.category = category;
    this.start = start;
    this.end = end;
    this.minutes = minutes;
    this.source = requireNonNull(source, "source");
    this.system = null;
    this.helper = Optional.empty();
    this.count = null;
    this.milestone = null;
    this.notGranted = false;
    return this;
  }

  /** The hire the event is about. */
  public PersonId hire() {
    return hire;
  }

  /** The canonical type name, e.g. {@code access_wait}, as {@link OnboardingEvent#type()}. */
  public String typeName() {
    return type.typeName();
  }

  /** Where the evidence came from. */
  public Source source() {
    return source;
  }

  /** True for survey evidence. */
  boolean isSurvey() {
    return source.isSurvey();
  }

  /** True when the duration is the interval start..end: both known, no minutes ({@link Timing}). */
  boolean isInterval() {
    return Timing.isInterval(start, end, minutes);
  }

  /** The event this row stands for, from {@code provenance}. */
  public OnboardingEvent toEvent(Provenance provenance) {
    Timing timing =
        new Timing(
            Optional.ofNullable(start), Optional.ofNullable(end), Optional.ofNullable(minutes));
    switch (type) {
      case ACCESS_WAIT:
        return new AccessWait(hire, system, timing, provenance, notGranted);
      case BLOCKED:
        return new Blocked(hire, category, timing, provenance);
      case HELP:
        return new Help(hire, helper, category, count, timing, provenance);
      case PROVISIONING:
        return new Provisioning(hire, helper, category, timing, provenance);
      default:
        return new Milestone(hire, milestone, start, provenance);
    }
  }

  /** The row of {@code event}. */
  public static EventRow of(OnboardingEvent event) {
    EventRow row = new EventRow();
    Timing timing = event.timing();
    Instant start = timing.start().orElse(null);
    Instant end = timing.end().orElse(null);
    BigDecimal minutes = timing.minutes().orElse(null);
    Source source = event.source();
    if (event instanceof AccessWait) {
      AccessWait wait = (AccessWait) event;
      row.accessWait(wait.hire(), wait.system(), start, end, minutes, source);
      row.notGranted = wait.notGranted();
    } else if (event instanceof Blocked) {
      row.blocked(event.hire(), ((Blocked) event).blockedBy(), start, end, minutes, source);
    } else if (event instanceof Help) {
      Help help = (Help) event;
      row.help(
          help.hire(), help.helper(), help.helpedWith(), help.count(), start, end, minutes, source);
    } else if (event instanceof Provisioning) {
      Provisioning provisioning = (Provisioning) event;
      row.provisioning(
          provisioning.hire(),
          provisioning.helper(),
          provisioning.provisionedFor(),
          start,
          end,
          minutes,
          source);
    } else {
      Milestone milestone = (Milestone) event;
      row.milestone(milestone.hire(), milestone.kind(), milestone.at(), source);
    }
    return row;
  }
}
