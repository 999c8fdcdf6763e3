package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

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
import dev.onboardingcost.core.time.OnboardingWindow;
import dev.onboardingcost.core.time.Span;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The per-event pricing the engine is checked against: it keeps every counted event of a hire and
 * prices them when finished, one line per event, with no running sum; a plain second way to the
 * same figures.
 */
final class PerEventOracle {
  private final CostSettings settings;
  private final People people;
  private final Map<PersonId, OnboardingWindow> windows = new HashMap<>();
  private final Map<PersonId, List<OnboardingEvent>> counted = new HashMap<>();
  private final Map<PersonId, TreeSet<Boolean>> witnessed = new HashMap<>();

  /** An engine for these settings and people. */
  PerEventOracle(CostSettings settings, People people) {
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
  Admission admit(OnboardingEvent event) {
    requireNonNull(event, "event");
    OnboardingWindow window = windowOf(event.hire());
    CostRules.helperOf(event).ifPresent(this::requirePerson);
    if (!(event instanceof Milestone)) {
      witnessed.computeIfAbsent(event.hire(), id -> new TreeSet<>()).add(event.isSurvey());
    }
    if (!(event instanceof Milestone) && !CostRules.inWindow(event.timing(), window)) {
      return Admission.OUTSIDE_WINDOW;
    }
    counted.computeIfAbsent(event.hire(), id -> new ArrayList<>()).add(event);
    return Admission.COUNTED;
  }

  /** The onboarding window of {@code hire}. */
  OnboardingWindow windowOf(PersonId hire) {
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
  CostReport finish() {
    Calculator calculator = new Calculator(new CostRules(settings, people));
    List<HireCost> hires = new ArrayList<>();
    for (Person hire : people.hires()) {
      TreeSet<Boolean> kinds = witnessed.getOrDefault(hire.id(), new TreeSet<>());
      hires.add(
          calculator.costOf(
              hire,
              windowOf(hire.id()),
              counted.getOrDefault(hire.id(), List.of()),
              EvidenceKind.of(kinds.contains(false), kinds.contains(true))));
    }
    return new CostReport(settings.currency(), hires);
  }

  private Person requirePerson(PersonId id) {
    return people
        .byId(id)
        .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not in people.csv"));
  }

  /** Prices one hire's counted events, one line per event. */
  private static final class Calculator {
    private final CostRules rules;
    private final AccessWaitUnion union;

    Calculator(CostRules rules) {
      this.rules = rules;
      this.union = new AccessWaitUnion(rules::workingMinutes, rules.settings().assumptions());
    }

    HireCost costOf(
        Person hire, OnboardingWindow window, List<OnboardingEvent> events, EvidenceKind evidence) {
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
        byCategory
            .computeIfAbsent(event.category().orElseThrow(), c -> new ArrayList<>())
            .add(event);
      }

      List<CostLine> lines = new ArrayList<>();
      List<EvidenceComparison> comparisons = new ArrayList<>();
      List<OnboardingEvent> countedEvents = new ArrayList<>();
      for (Map.Entry<Category, List<OnboardingEvent>> entry : byCategory.entrySet()) {
        List<OnboardingEvent> survey = new ArrayList<>();
        List<OnboardingEvent> logs = new ArrayList<>();
        for (OnboardingEvent event : entry.getValue()) {
          (event.isSurvey() ? survey : logs).add(event);
        }
        boolean hasSurvey = !survey.isEmpty();
        boolean hasLogs = !logs.isEmpty();
        List<OnboardingEvent> counted = new ArrayList<>();
        for (OnboardingEvent log : logs) {
          boolean rival = survey.stream().anyMatch(s -> competes(s, log));
          if (rules.counts(false, rival, true)) {
            counted.add(log);
          }
        }
        for (OnboardingEvent answer : survey) {
          boolean rival = logs.stream().anyMatch(l -> competes(answer, l));
          if (rules.counts(true, true, rival)) {
            counted.add(answer);
          }
        }
        countedEvents.addAll(counted);
        lines.addAll(linesOf(hire, window, counted));
        if (hasSurvey && hasLogs) {
          List<CostLine> surveyLines = linesOf(hire, window, survey);
          List<CostLine> logLines = linesOf(hire, window, logs);
          comparisons.add(
              EvidenceComparison.of(
                  hire.id(), entry.getKey(), surveyLines, logLines, rules.settings().precedence()));
        }
      }
      // the default is for a hire with no provisioning event, even one that the other
      // kind of evidence outranks in its category
      if (events.stream().noneMatch(Provisioning.class::isInstance)) {
        rules.defaultProvisioning().ifPresent(lines::add);
      }
      // the cap: every line of the hire's own time scaled by the same proportion
      BigDecimal lost = BigDecimal.ZERO;
      for (CostLine line : lines) {
        lost = line.payer().isHire() ? lost.add(line.minutes()) : lost;
      }
      BigDecimal limit = rules.workingMinutes(window.start(), window.end());
      Optional<BigDecimal> uncapped = Optional.empty();
      if (lost.compareTo(limit) > 0) {
        uncapped = Optional.of(lost);
        List<CostLine> capped = new ArrayList<>();
        for (CostLine line : lines) {
          capped.add(
              line.payer().isHire()
                  ? new CostLine(
                      line.event(),
                      line.payer(),
                      line.category(),
                      line.system(),
                      line.minutes().multiply(limit).divide(lost, MathContext.DECIMAL128))
                  : line);
        }
        lines = capped;
      }
      List<Contradiction> contradictions = new ArrayList<>();
      BigDecimal contradictionMinutes =
          contradictions(window, countedEvents, events, contradictions);
      return new HireCost(
          hire,
          window,
          lines,
          rules.daysTo(window, milestones),
          new ArrayList<>(notGranted),
          comparisons,
          new HireFindings(evidence, uncapped, contradictions, contradictionMinutes));
    }

    /**
     * True when a survey answer and a log event speak of the same thing: the same category, for
     * access waits the same system, a survey wait naming no system against any logged wait.
     */
    private static boolean competes(OnboardingEvent answer, OnboardingEvent log) {
      if (answer instanceof AccessWait && log instanceof AccessWait) {
        String system = ((AccessWait) answer).system();
        return system.equals(AccessWait.UNSPECIFIED) || system.equals(((AccessWait) log).system());
      }
      return !(answer instanceof AccessWait)
          && !(log instanceof AccessWait)
          && answer.category().equals(log.category());
    }

    /**
     * The contradictions of the counted fully blocking interval waits, checked minute by minute: a
     * wait holds a milestone when the milestone lies in the stretch of time that the system's waits
     * cover without a gap around it.
     */
    private BigDecimal contradictions(
        OnboardingWindow window,
        List<OnboardingEvent> counted,
        List<OnboardingEvent> events,
        List<Contradiction> found) {
      Map<String, List<Span>> bySystem = new TreeMap<>();
      for (OnboardingEvent event : counted) {
        if (event instanceof AccessWait && event.timing().isInterval()) {
          AccessWait wait = (AccessWait) event;
          if (rules
                  .settings()
                  .assumptions()
                  .blockedFractionOf(wait.system())
                  .compareTo(BigDecimal.ONE)
              == 0) {
            bySystem
                .computeIfAbsent(wait.system(), s -> new ArrayList<>())
                .add(CostRules.clip(window, wait.timing()));
          }
        }
      }
      List<Milestone> working = new ArrayList<>();
      for (OnboardingEvent event : events) {
        if (event instanceof Milestone
            && Contradiction.SHOWS_WORK.contains(((Milestone) event).kind())) {
          working.add((Milestone) event);
        }
      }
      List<Span> holding = new ArrayList<>();
      for (Map.Entry<String, List<Span>> system : bySystem.entrySet()) {
        TreeSet<MilestoneKind> reached = new TreeSet<>();
        List<Span> held = new ArrayList<>();
        for (Span stretch : stretches(system.getValue())) {
          for (Milestone milestone : working) {
            if (!milestone.at().isBefore(stretch.start())
                && milestone.at().isBefore(stretch.end())) {
              reached.add(milestone.kind());
              if (!held.contains(stretch)) {
                held.add(stretch);
              }
            }
          }
        }
        if (!reached.isEmpty()) {
          BigDecimal minutes = BigDecimal.ZERO;
          for (Span span : held) {
            minutes = minutes.add(rules.workingMinutes(span.start(), span.end()));
          }
          found.add(new Contradiction(system.getKey(), new ArrayList<>(reached), minutes));
          holding.addAll(held);
        }
      }
      BigDecimal total = BigDecimal.ZERO;
      for (Span span : stretches(holding)) {
        total = total.add(rules.workingMinutes(span.start(), span.end()));
      }
      return total;
    }

    /** The stretches of time {@code spans} cover: grown span by span until no two touch. */
    private static List<Span> stretches(List<Span> spans) {
      List<Span> stretches = new ArrayList<>(spans);
      boolean grown = true;
      while (grown) {
        grown = false;
        for (int i = 0; i < stretches.size() && !grown; i++) {
          for (int j = i + 1; j < stretches.size() && !grown; j++) {
            Span a = stretches.get(i);
            Span b = stretches.get(j);
            if (!a.start().isAfter(b.end()) && !b.start().isAfter(a.end())) {
              stretches.set(
                  i,
                  new Span(
                      a.start().isBefore(b.start()) ? a.start() : b.start(),
                      a.end().isAfter(b.end()) ? a.end() : b.end()));
              stretches.remove(j);
              grown = true;
            }
          }
        }
      }
      return stretches;
    }

    private List<CostLine> linesOf(
        Person hire, OnboardingWindow window, List<OnboardingEvent> events) {
      Payer hirePays = rules.hirePays(hire);
      List<CostLine> lines = new ArrayList<>();
      List<AccessWait> intervalWaits = new ArrayList<>();
      List<AccessWaitUnion.Wait> spans = new ArrayList<>();
      for (OnboardingEvent event : events) {
        if (event instanceof AccessWait) {
          AccessWait wait = (AccessWait) event;
          if (wait.timing().isInterval()) {
            intervalWaits.add(wait);
            spans.add(
                new AccessWaitUnion.Wait(wait.system(), CostRules.clip(window, wait.timing())));
          } else {
            lines.add(
                new CostLine(
                    Optional.of(event),
                    hirePays,
                    Category.ACCESS,
                    Optional.of(wait.system()),
                    rules.waitMinutes(wait)));
          }
        } else if (event instanceof Blocked) {
          lines.add(
              new CostLine(
                  Optional.of(event),
                  hirePays,
                  event.category().orElseThrow(),
                  Optional.empty(),
                  rules.blockedMinutes(window, (Blocked) event)));
        } else if (event instanceof Help) {
          Help help = (Help) event;
          lines.add(
              new CostLine(
                  Optional.of(event),
                  rules.colleague(help.helper()),
                  help.helpedWith(),
                  Optional.empty(),
                  rules.helpMinutes(window, help)));
        } else if (event instanceof Provisioning) {
          Provisioning provisioning = (Provisioning) event;
          lines.add(
              new CostLine(
                  Optional.of(event),
                  rules.colleague(provisioning.helper()),
                  provisioning.provisionedFor(),
                  Optional.empty(),
                  CostRules.provisioningMinutes(provisioning)));
        }
      }
      BigDecimal[] lost = union.lostMinutes(spans);
      for (int i = 0; i < intervalWaits.size(); i++) {
        AccessWait wait = intervalWaits.get(i);
        lines.add(
            new CostLine(
                Optional.of(wait), hirePays, Category.ACCESS, Optional.of(wait.system()), lost[i]));
      }
      return lines;
    }
  }
}
