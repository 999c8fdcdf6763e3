package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.time.OnboardingWindow;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What onboarding one hire cost: every counted line, with the breakdowns of SPEC section 5. All
 * figures are exact; round only when showing them.
 *
 * @param hire the hire
 * @param window their onboarding window
 * @param lines every counted cost, in a stable order: one per event on the reference path ({@link
 *     CostEngine}), one per payer, category and system on the streaming path ({@link
 *     CostAccumulator})
 * @param daysToMilestone working days from the window start to each milestone reached (exact)
 * @param notGranted required systems no log showed granted inside the window, sorted
 * @param evidence self-reported against measured figures, per category where both exist
 */
public record HireCost(
    Person hire,
    OnboardingWindow window,
    List<CostLine> lines,
    Map<MilestoneKind, BigDecimal> daysToMilestone,
    List<String> notGranted,
    List<EvidenceComparison> evidence) {

  /** Checks and copies the parts. */
  public HireCost {
    requireNonNull(hire, "hire");
    requireNonNull(window, "window");
    lines = List.copyOf(lines);
    EnumMap<MilestoneKind, BigDecimal> days = new EnumMap<>(MilestoneKind.class);
    days.putAll(daysToMilestone);
    daysToMilestone = java.util.Collections.unmodifiableMap(days);
    notGranted = List.copyOf(notGranted);
    evidence = List.copyOf(evidence);
  }

  /** Total cost: the hire's time plus colleagues' time. */
  public BigDecimal totalCost() {
    return sumCost(line -> true);
  }

  /** Cost of the hire's own lost time. */
  public BigDecimal hireCost() {
    return sumCost(line -> line.payer().isHire());
  }

  /** Cost of colleagues' time. */
  public BigDecimal colleagueCost() {
    return sumCost(line -> !line.payer().isHire());
  }

  /** The hire's lost minutes. */
  public BigDecimal hireMinutes() {
    return sumMinutes(line -> line.payer().isHire());
  }

  /** Colleagues' minutes, refocus time included. */
  public BigDecimal colleagueMinutes() {
    return sumMinutes(line -> !line.payer().isHire());
  }

  /** Cost by category, in category order; categories with no line are absent. */
  public Map<Category, BigDecimal> costByCategory() {
    Map<Category, BigDecimal> byCategory = new EnumMap<>(Category.class);
    for (CostLine line : lines) {
      byCategory.putIfAbsent(line.category(), BigDecimal.ZERO);
    }
    byCategory.replaceAll((category, zero) -> costOf(category));
    return byCategory;
  }

  /** Cost of {@code category} (zero when it has no line). */
  public BigDecimal costOf(Category category) {
    return sumCost(line -> line.category() == category);
  }

  /** The hire's lost access-wait minutes by system, sorted by system. */
  public Map<String, BigDecimal> accessMinutesBySystem() {
    Map<String, BigDecimal> bySystem = new TreeMap<>();
    for (CostLine line : lines) {
      if (line.system().isPresent() && line.payer().isHire()) {
        bySystem.merge(line.system().get(), line.minutes(), BigDecimal::add);
      }
    }
    return bySystem;
  }

  /** The access-wait cost on {@code system}. */
  public BigDecimal accessCostOf(String system) {
    return sumCost(line -> line.system().filter(system::equals).isPresent());
  }

  /**
   * Sum of the cost of the lines that {@code filter} keeps: their minutes are added up per rate and
   * priced once per rate, so the figure does not depend on how the minutes were split into lines
   * (one per event, or one per payer, category and system).
   */
  public BigDecimal sumCost(Predicate<CostLine> filter) {
    return priceOf(lines, filter);
  }

  /** Sum of the minutes of the lines that {@code filter} keeps. */
  public BigDecimal sumMinutes(Predicate<CostLine> filter) {
    return minutesOf(lines, filter);
  }

  /** The cost of the kept lines, their minutes summed per rate and priced once per rate. */
  static BigDecimal priceOf(List<CostLine> lines, Predicate<CostLine> filter) {
    Map<HourlyRate, BigDecimal> minutesByRate = new HashMap<>();
    for (CostLine line : lines) {
      if (filter.test(line)) {
        minutesByRate.merge(line.payer().rate(), line.minutes(), BigDecimal::add);
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<HourlyRate, BigDecimal> entry : minutesByRate.entrySet()) {
      sum = sum.add(entry.getKey().costOf(entry.getValue()));
    }
    return sum;
  }

  /** The exact sum of the minutes of the kept lines. */
  static BigDecimal minutesOf(List<CostLine> lines, Predicate<CostLine> filter) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CostLine line : lines) {
      if (filter.test(line)) {
        sum = sum.add(line.minutes());
      }
    }
    return sum;
  }
}
