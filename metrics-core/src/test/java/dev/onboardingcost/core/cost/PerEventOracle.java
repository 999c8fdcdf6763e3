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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** Prices one hire's counted events, one line per event. */
  private static final class Calculator {
    private final CostRules rules;
    private final AccessWaitUnion union;

    Calculator(CostRules rules) {
      this.rules = rules;
      this.union = new AccessWaitUnion(rules::workingMinutes, rules.settings().assumptions());
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
        byCategory
            .computeIfAbsent(event.category().orElseThrow(), c -> new ArrayList<>())
            .add(event);
      }

      List<CostLine> lines = new ArrayList<>();
      List<EvidenceComparison> comparisons = new ArrayList<>();
      for (Map.Entry<Category, List<OnboardingEvent>> entry : byCategory.entrySet()) {
        List<OnboardingEvent> survey = new ArrayList<>();
        List<OnboardingEvent> logs = new ArrayList<>();
        for (OnboardingEvent event : entry.getValue()) {
          (event.isSurvey() ? survey : logs).add(event);
        }
        boolean hasSurvey = !survey.isEmpty();
        boolean hasLogs = !logs.isEmpty();
        boolean logsCount = rules.counts(false, hasSurvey, hasLogs);
        boolean surveyCounts = rules.counts(true, hasSurvey, hasLogs);
        List<OnboardingEvent> counted = new ArrayList<>();
        if (logsCount) {
          counted.addAll(logs);
        }
        if (surveyCounts) {
          counted.addAll(survey);
        }
        if (hasSurvey && hasLogs) {
          // each kind's lines are made once: for the comparison, and as the counted lines when that
          // kind alone counts (then the counted events are exactly that kind's, in the same order)
          List<CostLine> surveyLines = linesOf(hire, window, survey);
          List<CostLine> logLines = linesOf(hire, window, logs);
          lines.addAll(
              logsCount && surveyCounts
                  ? linesOf(hire, window, counted)
                  : logsCount ? logLines : surveyCounts ? surveyLines : List.of());
          comparisons.add(
              EvidenceComparison.of(
                  hire.id(), entry.getKey(), surveyLines, logLines, rules.settings().precedence()));
        } else {
          lines.addAll(linesOf(hire, window, counted));
        }
      }
      // the default is for a hire with no provisioning event, even one that the other
      // kind of evidence outranks in its category
      if (events.stream().noneMatch(Provisioning.class::isInstance)) {
        rules.defaultProvisioning().ifPresent(lines::add);
      }
      return new HireCost(
          hire,
          window,
          lines,
          rules.daysTo(window, milestones),
          new ArrayList<>(notGranted),
          comparisons);
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
