package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.Milestone;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.Provisioning;
import dev.onboardingcost.core.time.OnboardingWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Prices one hire's counted events by the rules of SPEC section 5, one line per event. */
final class HireCostCalculator {
  private final CostRules rules;
  private final AccessWaitUnion union;

  HireCostCalculator(CostRules rules) {
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
      byCategory.computeIfAbsent(event.category().orElseThrow(), c -> new ArrayList<>()).add(event);
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
    // SPEC 5: the default is for a hire with no provisioning event, even one that the other
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
          spans.add(new AccessWaitUnion.Wait(wait.system(), CostRules.clip(window, wait.timing())));
        } else {
          lines.add(
              CostLine.of(
                  Optional.of(event),
                  hirePays,
                  Category.ACCESS,
                  Optional.of(wait.system()),
                  rules.waitMinutes(wait)));
        }
      } else if (event instanceof Blocked) {
        lines.add(
            CostLine.of(
                Optional.of(event),
                hirePays,
                event.category().orElseThrow(),
                Optional.empty(),
                rules.blockedMinutes(window, (Blocked) event)));
      } else if (event instanceof Help) {
        Help help = (Help) event;
        lines.add(
            CostLine.of(
                Optional.of(event),
                rules.colleague(help.helper()),
                help.helpedWith(),
                Optional.empty(),
                rules.helpMinutes(window, help)));
      } else if (event instanceof Provisioning) {
        Provisioning provisioning = (Provisioning) event;
        lines.add(
            CostLine.of(
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
          CostLine.of(
              Optional.of(wait), hirePays, Category.ACCESS, Optional.of(wait.system()), lost[i]));
    }
    return lines;
  }
}
