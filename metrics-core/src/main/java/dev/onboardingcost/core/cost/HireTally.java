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
import dev.onboardingcost.core.time.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One hire's counted evidence and its pricing (docs/method.md, "Cost per hire"): running sums of
 * lost minutes per category, kind of evidence, payer and system, or with a ledger one entry per
 * event; priced once every event is in.
 */
final class HireTally {
  /** A system's waits are merged into disjoint intervals each time this many more have come. */
  private static final int MERGE_EVERY = 64;

  private final CostRules rules;
  private final AccessWaitUnion union;
  private final Person hire;
  private final OnboardingWindow window;
  private final Payer hirePays;
  private final boolean ledger;

  /** Minutes of everything but access waits given as intervals, by line (a ledger's in order). */
  private final Map<LineKey, BigDecimal> minutes;

  /** Access waits given as intervals, clipped to the window, by line (a ledger's in order). */
  private final Map<LineKey, WaitIntervals> waits;

  /** The keys of every hire's sums, each once: the hires share a few dozen keys between them. */
  private final Map<LineKey, LineKey> keys;

  /** The categories (for access waits, category and system) the logs and the survey speak of. */
  private final Set<Group> logGroups = new HashSet<>();

  private final Set<Group> surveyGroups = new HashSet<>();
  private final Map<MilestoneKind, Instant> milestones = new EnumMap<>(MilestoneKind.class);

  /** Milestones inside the window that show the hire working. */
  private final WorkMilestones working = new WorkMilestones();

  private final TreeSet<String> notGranted = new TreeSet<>();
  private boolean provisioned;
  private boolean seenLogs;
  private boolean seenSurvey;
  private long events;

  /**
   * What survey against logs is decided on: a category, and for access waits the system
   * (docs/method.md: a GitHub wait in the logs says nothing about the AWS wait the hire reported).
   */
  private record Group(Category category, Optional<String> system) {
    static Group of(LineKey key) {
      return new Group(key.category(), key.system());
    }

    /** A survey wait that names no system yields to, and competes with, any logged wait. */
    boolean competesWith(Group log) {
      return equals(log)
          || (category == Category.ACCESS
              && system.filter(AccessWait.UNSPECIFIED::equals).isPresent()
              && log.system().isPresent());
    }
  }

  /**
   * What a line adds up: one category, kind of evidence, payer and system; with a ledger, one event
   * ({@code number} tells apart events that are equal).
   */
  record LineKey(
      Category category,
      boolean survey,
      Payer payer,
      Optional<String> system,
      Optional<OnboardingEvent> event,
      long number) {}

  HireTally(
      CostRules rules,
      AccessWaitUnion union,
      Person hire,
      OnboardingWindow window,
      Payer hirePays,
      Map<LineKey, LineKey> keys,
      boolean ledger) {
    this.rules = rules;
    this.keys = keys;
    // a ledger lists lines in the order their events came; sums have no order to keep
    this.minutes = ledger ? new LinkedHashMap<>() : new HashMap<>();
    this.waits = ledger ? new LinkedHashMap<>() : new HashMap<>();
    this.union = union;
    this.hire = hire;
    this.window = window;
    this.hirePays = hirePays;
    this.ledger = ledger;
  }

  OnboardingWindow window() {
    return window;
  }

  /** A used record of the survey ({@code survey}) or of a log speaks of the hire. */
  void witness(boolean survey) {
    if (survey) {
      seenSurvey = true;
    } else {
      seenLogs = true;
    }
  }

  /** A required system no log showed granted inside the window, whatever it costs. */
  void flagNotGranted(String system) {
    notGranted.add(AccessWait.normaliseSystem(system));
  }

  /**
   * Adds an event that counts (inside the window, or with no timestamp, or a milestone); {@code
   * colleague} pays for it when it is help or provisioning.
   */
  void add(OnboardingEvent event, Optional<Payer> colleague) {
    if (event instanceof Milestone) {
      Milestone milestone = (Milestone) event;
      milestones.merge(milestone.kind(), milestone.at(), (a, b) -> a.isBefore(b) ? a : b);
      // only a milestone inside the window can fall inside a wait, which is clipped to it
      if (Contradiction.SHOWS_WORK.contains(milestone.kind()) && window.contains(milestone.at())) {
        working.add(milestone.kind(), milestone.at());
      }
      return;
    }
    Category category = event.category().orElseThrow();
    boolean survey = event.isSurvey();
    Optional<String> system =
        event instanceof AccessWait ? Optional.of(((AccessWait) event).system()) : Optional.empty();
    (survey ? surveyGroups : logGroups).add(new Group(category, system));
    if (event instanceof AccessWait) {
      AccessWait wait = (AccessWait) event;
      if (wait.notGranted()) {
        notGranted.add(wait.system());
      }
      LineKey key = keyOf(event, Category.ACCESS, hirePays, system);
      if (wait.timing().isInterval()) {
        addWait(key, CostRules.clip(window, wait.timing()));
      } else {
        addMinutes(key, rules.waitMinutes(wait));
      }
    } else if (event instanceof Blocked) {
      addMinutes(
          keyOf(event, category, hirePays, Optional.empty()),
          rules.blockedMinutes(window, (Blocked) event));
    } else if (event instanceof Help) {
      addMinutes(
          keyOf(event, category, colleague.orElseThrow(), Optional.empty()),
          rules.helpMinutes(window, (Help) event));
    } else {
      provisioned = true;
      addMinutes(
          keyOf(event, category, colleague.orElseThrow(), Optional.empty()),
          CostRules.provisioningMinutes((Provisioning) event));
    }
  }

  private LineKey keyOf(
      OnboardingEvent event, Category category, Payer payer, Optional<String> system) {
    return ledger
        ? new LineKey(category, event.isSurvey(), payer, system, Optional.of(event), ++events)
        : keys.computeIfAbsent(
            new LineKey(category, event.isSurvey(), payer, system, Optional.empty(), 0),
            key -> key);
  }

  private void addMinutes(LineKey key, BigDecimal lost) {
    minutes.merge(key, lost, BigDecimal::add);
  }

  private void addWait(LineKey key, Span span) {
    WaitIntervals intervals = waits.computeIfAbsent(key, k -> new WaitIntervals());
    intervals.add(span);
    if (!ledger && intervals.size() % MERGE_EVERY == 0) {
      intervals.replaceWith(merged(intervals.spans()));
    }
  }

  /**
   * What the hire's counted evidence cost, by the precedence of survey against logs, the hire's own
   * lost time capped at the window's working minutes.
   */
  HireCost finish() {
    Predicate<LineKey> counted = key -> counts(key.survey(), Group.of(key));
    List<CostLine> lines = new ArrayList<>();
    List<EvidenceComparison> comparisons = new ArrayList<>();
    for (Category category : Category.values()) {
      boolean hasLogs = logGroups.stream().anyMatch(g -> g.category() == category);
      boolean hasSurvey = surveyGroups.stream().anyMatch(g -> g.category() == category);
      if (hasLogs || hasSurvey) {
        lines.addAll(linesOf(category, counted));
      }
      if (hasSurvey && hasLogs) {
        comparisons.add(
            EvidenceComparison.of(
                hire.id(),
                category,
                linesOf(category, LineKey::survey),
                linesOf(category, key -> !key.survey()),
                rules.settings().precedence()));
      }
    }
    // the default is for a hire with no provisioning event, even one that the other kind of
    // evidence outranks in its category
    if (!provisioned) {
      rules.defaultProvisioning().ifPresent(lines::add);
    }
    BigDecimal lost = LostTimeCap.hireMinutes(lines);
    BigDecimal limit = rules.workingMinutes(window.start(), window.end());
    Optional<BigDecimal> uncapped = Optional.empty();
    if (lost.compareTo(limit) > 0) {
      lines = LostTimeCap.capped(lines, lost, limit);
      uncapped = Optional.of(lost);
    }
    List<Contradiction> contradictions = new ArrayList<>();
    BigDecimal contradictionMinutes = contradictions(counted, contradictions);
    return new HireCost(
        hire,
        window,
        lines,
        rules.daysTo(window, milestones),
        new ArrayList<>(notGranted),
        comparisons,
        new HireFindings(
            EvidenceKind.of(seenLogs, seenSurvey), uncapped, contradictions, contradictionMinutes));
  }

  /**
   * True when a line of this kind of evidence and group counts, by the workspace's precedence: the
   * other kind competes with it when it speaks of the same category (for access, the same system; a
   * survey wait naming no system competes with every logged wait).
   */
  private boolean counts(boolean survey, Group group) {
    boolean hasLogs =
        survey ? logGroups.stream().anyMatch(group::competesWith) : logGroups.contains(group);
    boolean hasSurvey =
        survey
            ? surveyGroups.contains(group)
            : surveyGroups.stream().anyMatch(s -> s.competesWith(group));
    return rules.counts(survey, hasSurvey, hasLogs);
  }

  /**
   * Adds to {@code found} the systems whose counted interval waits block fully (fraction 1) while
   * the hire reached a milestone that shows work, and returns the working minutes of those waits,
   * overlaps counted once.
   */
  private BigDecimal contradictions(Predicate<LineKey> counted, List<Contradiction> found) {
    if (working.isEmpty()) {
      return BigDecimal.ZERO;
    }
    Map<String, List<Span>> bySystem = new TreeMap<>();
    waits.forEach(
        (key, list) -> {
          String system = key.system().orElseThrow();
          if (counted.test(key)
              && rules.settings().assumptions().blockedFractionOf(system).compareTo(BigDecimal.ONE)
                  == 0) {
            bySystem.computeIfAbsent(system, s -> new ArrayList<>()).addAll(list.spans());
          }
        });
    List<Span> holding = new ArrayList<>();
    bySystem.forEach(
        (system, spans) -> {
          Set<MilestoneKind> reached = EnumSet.noneOf(MilestoneKind.class);
          BigDecimal minutes = BigDecimal.ZERO;
          for (Span span : merged(spans)) {
            Set<MilestoneKind> inside = working.reachedIn(span);
            reached.addAll(inside);
            if (!inside.isEmpty()) {
              holding.add(span);
              minutes = minutes.add(rules.workingMinutes(span.start(), span.end()));
            }
          }
          if (!reached.isEmpty()) {
            found.add(new Contradiction(system, new ArrayList<>(reached), minutes));
          }
        });
    BigDecimal total = BigDecimal.ZERO;
    for (Span span : merged(holding)) {
      total = total.add(rules.workingMinutes(span.start(), span.end()));
    }
    return total;
  }

  /**
   * The lines of {@code category} that {@code keep} keeps: logs first, then survey, each first seen
   * first; access waits given as intervals last, their overlaps counted once.
   */
  private List<CostLine> linesOf(Category category, Predicate<LineKey> keep) {
    List<CostLine> lines = new ArrayList<>();
    for (boolean kind : KINDS) {
      minutes.forEach(
          (key, lost) -> {
            if (key.category() == category && key.survey() == kind && keep.test(key)) {
              lines.add(new CostLine(key.event(), key.payer(), category, key.system(), lost));
            }
          });
    }
    if (category == Category.ACCESS) {
      lines.addAll(waitLines(keep));
    }
    return lines;
  }

  /** Logs first, then survey. */
  private static final List<Boolean> KINDS = List.of(false, true);

  /**
   * The lines of the interval waits that {@code keep} keeps: one per system, or with a ledger one
   * per wait. A system's lost minutes depend only on the time its waits cover, so they are worked
   * out on its waits merged, either way; a ledger shares them among the waits by the union of the
   * waits themselves, the last wait of each system taking what the others left, so that the lines
   * add up to the same figures to the last digit.
   */
  private List<CostLine> waitLines(Predicate<LineKey> keep) {
    Map<String, BigDecimal> bySystem = lostBySystem(keep);
    List<CostLine> lines = new ArrayList<>();
    if (!ledger) {
      bySystem.forEach(
          (system, lost) ->
              lines.add(
                  new CostLine(
                      Optional.empty(), hirePays, Category.ACCESS, Optional.of(system), lost)));
      return lines;
    }
    List<LineKey> keys = new ArrayList<>();
    List<AccessWaitUnion.Wait> spans = new ArrayList<>();
    for (boolean kind : KINDS) {
      waits.forEach(
          (key, list) -> {
            if (key.survey() == kind && keep.test(key)) {
              keys.add(key);
              spans.add(new AccessWaitUnion.Wait(key.system().orElseThrow(), list.spans().get(0)));
            }
          });
    }
    BigDecimal[] lost = union.lostMinutes(spans);
    Map<String, Integer> last = new HashMap<>();
    for (int i = 0; i < lost.length; i++) {
      last.put(spans.get(i).system(), i);
    }
    Map<String, BigDecimal> left = new HashMap<>(bySystem);
    for (int i = 0; i < lost.length; i++) {
      String system = spans.get(i).system();
      if (last.get(system) != i) {
        left.merge(system, lost[i].negate(), BigDecimal::add);
      }
    }
    for (int i = 0; i < lost.length; i++) {
      String system = spans.get(i).system();
      BigDecimal minutes = last.get(system) == i ? left.get(system) : lost[i];
      lines.add(
          new CostLine(
              keys.get(i).event(), hirePays, Category.ACCESS, Optional.of(system), minutes));
    }
    return lines;
  }

  /** The lost minutes of each system's interval waits that {@code keep} keeps, merged. */
  private Map<String, BigDecimal> lostBySystem(Predicate<LineKey> keep) {
    Map<String, List<Span>> bySystem = new TreeMap<>();
    waits.forEach(
        (key, list) -> {
          if (keep.test(key)) {
            bySystem
                .computeIfAbsent(key.system().orElseThrow(), s -> new ArrayList<>())
                .addAll(list.spans());
          }
        });
    List<AccessWaitUnion.Wait> spans = new ArrayList<>();
    bySystem.forEach(
        (system, list) ->
            merged(list).forEach(span -> spans.add(new AccessWaitUnion.Wait(system, span))));
    BigDecimal[] lost = union.lostMinutes(spans);
    Map<String, BigDecimal> minutes = new TreeMap<>();
    for (int i = 0; i < lost.length; i++) {
      minutes.merge(spans.get(i).system(), lost[i], BigDecimal::add);
    }
    return minutes;
  }

  /**
   * {@code spans} sorted by start and merged where they overlap or touch; an instant-long span
   * inside another is dropped (it loses nothing and cuts nothing new).
   */
  static List<Span> merged(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(Span::start));
    List<Span> merged = new ArrayList<>();
    for (Span span : sorted) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last == null || span.start().isAfter(last.end())) {
        merged.add(span);
      } else if (span.end().isAfter(last.end())) {
        merged.set(merged.size() - 1, new Span(last.start(), span.end()));
      }
    }
    return merged;
  }
}
