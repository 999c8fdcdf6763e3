package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.Milestone;
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
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Prices one hire's counted events by the rules of SPEC section 5. */
final class HireCostCalculator {
  private final CostSettings settings;
  private final People people;
  private final Assumptions assumptions;
  private final AccessWaitUnion union;

  HireCostCalculator(CostSettings settings, People people) {
    this.settings = settings;
    this.people = people;
    this.assumptions = settings.assumptions();
    this.union = new AccessWaitUnion(settings.calendar(), assumptions);
  }

  HireCost costOf(Person hire, OnboardingWindow window, List<OnboardingEvent> events) {
    Map<Category, List<OnboardingEvent>> byCategory = new EnumMap<>(Category.class);
    Map<MilestoneKind, Instant> milestones = new EnumMap<>(MilestoneKind.class);
    TreeSet<String> notGranted = new TreeSet<>();
    for (OnboardingEvent event : events) {
      if (event instanceof Milestone) {
        Milestone milestone = (Milestone) event;
        milestones.merge(milestone.kind(), milestone.at(), (a, b) -> a.isBefore(b) ? a : b);
        continue;
      }
      if (event instanceof AccessWait && ((AccessWait) event).notGranted()) {
        notGranted.add(((AccessWait) event).system());
      }
      byCategory.computeIfAbsent(event.category().orElseThrow(), c -> new ArrayList<>()).add(event);
    }

    List<OnboardingEvent> countedEvents = new ArrayList<>();
    List<EvidenceComparison> comparisons = new ArrayList<>();
    for (Map.Entry<Category, List<OnboardingEvent>> entry : byCategory.entrySet()) {
      List<OnboardingEvent> survey = new ArrayList<>();
      List<OnboardingEvent> logs = new ArrayList<>();
      for (OnboardingEvent event : entry.getValue()) {
        (event.isSurvey() ? survey : logs).add(event);
      }
      countedEvents.addAll(chooseEvidence(survey, logs));
      if (!survey.isEmpty() && !logs.isEmpty()) {
        comparisons.add(compare(hire, window, entry.getKey(), survey, logs));
      }
    }

    List<CostLine> lines = linesOf(hire, window, countedEvents);
    // SPEC 5: the default is for a hire with no provisioning event, even one that the other
    // kind of evidence outranks in its category
    if (events.stream().noneMatch(Provisioning.class::isInstance)) {
      defaultProvisioning().ifPresent(lines::add);
    }
    return new HireCost(
        hire, window, lines, daysTo(window, milestones), new ArrayList<>(notGranted), comparisons);
  }

  private List<OnboardingEvent> chooseEvidence(
      List<OnboardingEvent> survey, List<OnboardingEvent> logs) {
    switch (settings.precedence()) {
      case LOGS:
        return logs.isEmpty() ? survey : logs;
      case SURVEY:
        return survey.isEmpty() ? logs : survey;
      default:
        List<OnboardingEvent> both = new ArrayList<>(logs);
        both.addAll(survey);
        return both;
    }
  }

  private EvidenceComparison compare(
      Person hire,
      OnboardingWindow window,
      Category category,
      List<OnboardingEvent> survey,
      List<OnboardingEvent> logs) {
    List<CostLine> surveyLines = linesOf(hire, window, survey);
    List<CostLine> logLines = linesOf(hire, window, logs);
    return new EvidenceComparison(
        hire.id(),
        category,
        sum(surveyLines, CostLine::minutes),
        sum(logLines, CostLine::minutes),
        sum(surveyLines, CostLine::cost),
        sum(logLines, CostLine::cost),
        settings.precedence());
  }

  private static BigDecimal sum(
      List<CostLine> lines, java.util.function.Function<CostLine, BigDecimal> value) {
    return lines.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private List<CostLine> linesOf(
      Person hire, OnboardingWindow window, List<OnboardingEvent> events) {
    Payer hirePays =
        new Payer(
            Payer.Kind.HIRE,
            Optional.of(hire.id()),
            settings.rates().basisOf(hire),
            settings.rates().rateOf(hire));
    List<CostLine> lines = new ArrayList<>();
    List<AccessWaitUnion.ClippedWait> intervalWaits = new ArrayList<>();
    for (OnboardingEvent event : events) {
      if (event instanceof AccessWait) {
        AccessWait wait = (AccessWait) event;
        if (wait.timing().isInterval()) {
          intervalWaits.add(new AccessWaitUnion.ClippedWait(wait, clip(window, wait.timing())));
        } else {
          BigDecimal lost =
              durationOf(wait.timing(), "access_wait")
                  .multiply(assumptions.blockedFractionOf(wait.system()));
          lines.add(
              CostLine.of(
                  Optional.of(event), hirePays, Category.ACCESS, Optional.of(wait.system()), lost));
        }
      } else if (event instanceof Blocked) {
        BigDecimal lost =
            event.timing().isInterval()
                ? workingMinutes(clip(window, event.timing()))
                : durationOf(event.timing(), "blocked");
        lines.add(
            CostLine.of(
                Optional.of(event),
                hirePays,
                event.category().orElseThrow(),
                Optional.empty(),
                lost));
      } else if (event instanceof Help) {
        Help help = (Help) event;
        BigDecimal perTime = helpMinutesPerTime(window, help.timing());
        BigDecimal minutes = help.count().multiply(perTime.add(assumptions.contextSwitchMinutes()));
        lines.add(
            CostLine.of(
                Optional.of(event),
                colleague(help.helper()),
                help.helpedWith(),
                Optional.empty(),
                minutes));
      } else if (event instanceof Provisioning) {
        Provisioning provisioning = (Provisioning) event;
        lines.add(
            CostLine.of(
                Optional.of(event),
                colleague(provisioning.helper()),
                provisioning.provisionedFor(),
                Optional.empty(),
                provisioning.timing().minutes().orElseThrow()));
      }
    }
    Map<AccessWaitUnion.ClippedWait, BigDecimal> lost = union.lostMinutes(intervalWaits);
    for (AccessWaitUnion.ClippedWait wait : intervalWaits) {
      lines.add(
          CostLine.of(
              Optional.of(wait.access()),
              hirePays,
              Category.ACCESS,
              Optional.of(wait.access().system()),
              lost.get(wait)));
    }
    return lines;
  }

  private Optional<CostLine> defaultProvisioning() {
    BigDecimal minutes = assumptions.provisioningMinutesPerHire();
    if (minutes.signum() == 0) {
      return Optional.empty();
    }
    RateBasis basis = settings.rates().basisOfRole(assumptions.provisioningRole());
    Payer payer =
        new Payer(Payer.Kind.COLLEAGUE, Optional.empty(), basis, settings.rates().rateAt(basis));
    return Optional.of(
        CostLine.of(Optional.empty(), payer, Category.ACCESS, Optional.empty(), minutes));
  }

  private Payer colleague(Optional<PersonId> helper) {
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

  private Span clip(OnboardingWindow window, Timing timing) {
    return window
        .clip(new Span(timing.start().orElseThrow(), timing.end().orElseThrow()))
        .orElseThrow();
  }

  private BigDecimal workingMinutes(Span span) {
    return settings.calendar().workingMinutes(span.start(), span.end());
  }

  private Map<MilestoneKind, BigDecimal> daysTo(
      OnboardingWindow window, Map<MilestoneKind, Instant> milestones) {
    BigDecimal workday = BigDecimal.valueOf(settings.calendar().workdayMinutes());
    Map<MilestoneKind, BigDecimal> days = new EnumMap<>(MilestoneKind.class);
    milestones.forEach(
        (kind, at) ->
            days.put(
                kind,
                settings
                    .calendar()
                    .workingMinutes(window.start(), at)
                    .divide(workday, MathContext.DECIMAL128)));
    return days;
  }
}
