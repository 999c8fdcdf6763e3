package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.time.OnboardingWindow;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What onboarding one hire cost: every counted line, with its breakdowns (docs/method.md). All
 * figures are exact; round only when showing them.
 *
 * <p>A final class rather than a record because the breakdowns are priced once, when the cost is
 * made: statistics and writers ask for them many times, and each pricing divides by 60 at 34
 * significant digits.
 */
public final class HireCost {
  private final Person hire;
  private final OnboardingWindow window;
  private final List<CostLine> lines;
  private final Map<MilestoneKind, BigDecimal> daysToMilestone;
  private final List<String> notGranted;
  private final List<EvidenceComparison> comparisons;
  private final HireFindings findings;
  private final BigDecimal hireCost;
  private final BigDecimal colleagueCost;
  private final BigDecimal totalCost;
  private final BigDecimal hireMinutes;
  private final BigDecimal colleagueMinutes;
  private final Map<Category, BigDecimal> costByCategory;
  private final Map<String, BigDecimal> accessMinutesBySystem;

  /**
   * Checks and copies the parts, and prices the breakdowns.
   *
   * @param hire the hire
   * @param window their onboarding window
   * @param lines every counted cost, in a stable order: one per event with a ledger, else one per
   *     payer, category and system (see {@link CostEngine})
   * @param daysToMilestone working days from the window start to each milestone reached (exact)
   * @param notGranted required systems no log showed granted inside the window, sorted
   * @param comparisons self-reported against measured figures, per category where both exist
   * @param findings the kinds of evidence, the cap and the contradictions of the hire
   */
  public HireCost(
      Person hire,
      OnboardingWindow window,
      List<CostLine> lines,
      Map<MilestoneKind, BigDecimal> daysToMilestone,
      List<String> notGranted,
      List<EvidenceComparison> comparisons,
      HireFindings findings) {
    this.hire = requireNonNull(hire, "hire");
    this.window = requireNonNull(window, "window");
    this.lines = List.copyOf(lines);
    EnumMap<MilestoneKind, BigDecimal> days = new EnumMap<>(MilestoneKind.class);
    days.putAll(daysToMilestone);
    this.daysToMilestone = Collections.unmodifiableMap(days);
    this.notGranted = List.copyOf(notGranted);
    this.comparisons = List.copyOf(comparisons);
    this.findings = requireNonNull(findings, "findings");
    // one pass over the lines sums the minutes of every breakdown per rate
    MinutesByRate hirePaid = new MinutesByRate();
    MinutesByRate colleaguePaid = new MinutesByRate();
    EnumMap<Category, MinutesByRate> categories = new EnumMap<>(Category.class);
    Map<String, BigDecimal> bySystem = new TreeMap<>();
    for (CostLine line : this.lines) {
      boolean hirePays = line.payer().isHire();
      (hirePays ? hirePaid : colleaguePaid).add(line);
      categories.computeIfAbsent(line.category(), category -> new MinutesByRate()).add(line);
      if (hirePays && line.system().isPresent()) {
        BigDecimal sum = bySystem.get(line.system().get());
        bySystem.put(line.system().get(), sum == null ? line.minutes() : sum.add(line.minutes()));
      }
    }
    this.hireCost = hirePaid.cost();
    this.colleagueCost = colleaguePaid.cost();
    this.totalCost = hireCost.add(colleagueCost);
    this.hireMinutes = hirePaid.minutes();
    this.colleagueMinutes = colleaguePaid.minutes();
    EnumMap<Category, BigDecimal> byCategory = new EnumMap<>(Category.class);
    categories.forEach((category, minutes) -> byCategory.put(category, minutes.cost()));
    this.costByCategory = Collections.unmodifiableMap(byCategory);
    this.accessMinutesBySystem = Collections.unmodifiableMap(bySystem);
  }

  /** The hire. */
  public Person hire() {
    return hire;
  }

  /** Their onboarding window. */
  public OnboardingWindow window() {
    return window;
  }

  /** Every counted cost, in a stable order. */
  public List<CostLine> lines() {
    return lines;
  }

  /** Working days from the window start to each milestone reached (exact). */
  public Map<MilestoneKind, BigDecimal> daysToMilestone() {
    return daysToMilestone;
  }

  /** Required systems no log showed granted inside the window, sorted. */
  public List<String> notGranted() {
    return notGranted;
  }

  /**
   * A cost made by hand (tests, benchmarks): log evidence, not capped, no contradiction.
   *
   * @see #HireCost(Person, OnboardingWindow, List, Map, List, List, HireFindings)
   */
  public HireCost(
      Person hire,
      OnboardingWindow window,
      List<CostLine> lines,
      Map<MilestoneKind, BigDecimal> daysToMilestone,
      List<String> notGranted,
      List<EvidenceComparison> comparisons) {
    this(
        hire,
        window,
        lines,
        daysToMilestone,
        notGranted,
        comparisons,
        HireFindings.plain(EvidenceKind.LOGS));
  }

  /** Self-reported against measured figures, per category where both exist. */
  public List<EvidenceComparison> comparisons() {
    return comparisons;
  }

  /** The kinds of evidence, the cap and the contradictions of the hire. */
  public HireFindings findings() {
    return findings;
  }

  /** Which kinds of used records speak of the hire; {@code none} keeps them out of statistics. */
  public EvidenceKind evidenceKind() {
    return findings.evidence();
  }

  /**
   * Total cost: the hire's time plus colleagues' time, added once: the statistics and the summary
   * ask for it several times per hire, and each addition of two 34-digit costs works on their
   * {@code BigInteger}s.
   */
  public BigDecimal totalCost() {
    return totalCost;
  }

  /** Cost of the hire's own lost time. */
  public BigDecimal hireCost() {
    return hireCost;
  }

  /** Cost of colleagues' time. */
  public BigDecimal colleagueCost() {
    return colleagueCost;
  }

  /** The hire's lost minutes. */
  public BigDecimal hireMinutes() {
    return hireMinutes;
  }

  /** Colleagues' minutes, refocus time included. */
  public BigDecimal colleagueMinutes() {
    return colleagueMinutes;
  }

  /** Cost by category, in category order; categories with no line are absent. */
  public Map<Category, BigDecimal> costByCategory() {
    return costByCategory;
  }

  /** Cost of {@code category} (zero when it has no line). */
  public BigDecimal costOf(Category category) {
    return costByCategory.getOrDefault(category, BigDecimal.ZERO);
  }

  /** The hire's lost access-wait minutes by system, sorted by system. */
  public Map<String, BigDecimal> accessMinutesBySystem() {
    return accessMinutesBySystem;
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

  /** The cost of the kept lines, their minutes summed per rate and priced once per rate. */
  static BigDecimal priceOf(List<CostLine> lines, Predicate<CostLine> filter) {
    MinutesByRate minutes = new MinutesByRate();
    for (CostLine line : lines) {
      if (filter.test(line)) {
        minutes.add(line);
      }
    }
    return minutes.cost();
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

  @Override
  public boolean equals(Object other) {
    return other instanceof HireCost
        && hire.equals(((HireCost) other).hire)
        && window.equals(((HireCost) other).window)
        && lines.equals(((HireCost) other).lines)
        && daysToMilestone.equals(((HireCost) other).daysToMilestone)
        && notGranted.equals(((HireCost) other).notGranted)
        && comparisons.equals(((HireCost) other).comparisons)
        && findings.equals(((HireCost) other).findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hire, window, lines, daysToMilestone, notGranted, comparisons, findings);
  }

  @Override
  public String toString() {
    return "HireCost[" + hire.id() + ", total " + totalCost() + ", " + lines.size() + " lines]";
  }
}
