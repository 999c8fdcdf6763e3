package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Hires grouped into cohorts by start date, each compared with the one before (docs/method.md):
 * median, mean, their change in money and percent, and a {@link GroupComparison} (ratio of means
 * with its bootstrap interval, permutation p-value), for the total, for each cost category and for
 * each system's access-wait cost, so a reader can see what moved. The total's comparison also says
 * how many hires a side would need to detect a 30% reduction.
 *
 * @param cohorts the cohorts in time order
 */
public record CohortAnalysis(List<Cohort> cohorts) {
  /** Checks and copies the cohorts. */
  public CohortAnalysis {
    cohorts = List.copyOf(cohorts);
  }

  /**
   * Cohorts by calendar quarter of the start date, labelled like {@code 2026-Q1}. Only quarters
   * with hires appear, so a cohort is compared with the previous quarter that had hires. No hires
   * give no cohorts.
   */
  public static CohortAnalysis byQuarter(CostReport report) {
    requireNonNull(report, "report");
    Map<Quarter, List<HireCost>> byQuarter = new TreeMap<>();
    for (HireCost hire : ordered(report)) {
      byQuarter.computeIfAbsent(Quarter.of(startOf(hire)), q -> new ArrayList<>()).add(hire);
    }
    Map<String, List<HireCost>> groups = new LinkedHashMap<>();
    byQuarter.forEach((quarter, hires) -> groups.put(quarter.toString(), hires));
    return of(groups);
  }

  /**
   * Two cohorts: hires who started before {@code date}, labelled {@code before 2026-03-01}, and
   * those who started on or after it, labelled {@code from 2026-03-01}. Both always appear, even
   * empty, so a comparison always has two sides.
   */
  public static CohortAnalysis beforeAndAfter(CostReport report, LocalDate date) {
    requireNonNull(report, "report");
    requireNonNull(date, "date");
    List<HireCost> before = new ArrayList<>();
    List<HireCost> after = new ArrayList<>();
    for (HireCost hire : ordered(report)) {
      (startOf(hire).isBefore(date) ? before : after).add(hire);
    }
    Map<String, List<HireCost>> groups = new LinkedHashMap<>();
    groups.put("before " + date, before);
    groups.put("from " + date, after);
    return of(groups);
  }

  private static CohortAnalysis of(Map<String, List<HireCost>> groups) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    Set<String> systems = new TreeSet<>();
    for (List<HireCost> hires : groups.values()) {
      for (HireCost hire : hires) {
        categories.addAll(hire.costByCategory().keySet());
        hire.lines().forEach(line -> line.system().ifPresent(systems::add));
      }
    }
    // each cohort's values are sorted once, then serve as this cohort and as the next one's past
    List<Measures> byCohort = new ArrayList<>();
    groups.values().forEach(hires -> byCohort.add(Measures.of(hires, categories, systems)));
    // the comparisons of consecutive cohorts are independent, and each is seeded: they run side
    // by side (docs/benchmarks.md)
    List<List<Optional<GroupComparison>>> comparisonsOf =
        IntStream.range(0, byCohort.size())
            .parallel()
            .mapToObj(i -> comparisons(pastOf(byCohort, i), byCohort.get(i)))
            .toList();
    List<String> labels = new ArrayList<>(groups.keySet());
    List<Cohort> cohorts = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Measures measures = byCohort.get(i);
      Optional<Measures> past = pastOf(byCohort, i);
      List<Optional<GroupComparison>> comparisons = comparisonsOf.get(i);
      CohortFigures total =
          CohortFigures.of(measures.total(), past.map(Measures::total), comparisons.get(0));
      int next = 1;
      Map<Category, CohortFigures> byCategory = new EnumMap<>(Category.class);
      for (Category category : categories) {
        byCategory.put(
            category,
            CohortFigures.of(
                measures.byCategory().get(category),
                past.map(p -> p.byCategory().get(category)),
                comparisons.get(next++)));
      }
      Map<String, CohortFigures> bySystem = new TreeMap<>();
      for (String system : systems) {
        bySystem.put(
            system,
            CohortFigures.of(
                measures.bySystem().get(system),
                past.map(p -> p.bySystem().get(system)),
                comparisons.get(next++)));
      }
      cohorts.add(new Cohort(labels.get(i), total, byCategory, bySystem));
    }
    return new CohortAnalysis(cohorts);
  }

  /**
   * Each measure's comparison of {@code past} with {@code now}, in the order of {@link
   * Measures#all()}, the total's with the hires needed to detect a 30% reduction; all empty for the
   * first cohort. The measures are compared together ({@link GroupComparison#ofMeasures}), which
   * gives each the figures it would get alone.
   */
  private static List<Optional<GroupComparison>> comparisons(
      Optional<Measures> past, Measures now) {
    List<Optional<GroupComparison>> comparisons = new ArrayList<>();
    if (past.isEmpty()) {
      now.all().forEach(values -> comparisons.add(Optional.empty()));
      return comparisons;
    }
    GroupComparison.ofMeasures(
            ascending(past.get().all()),
            ascending(now.all()),
            Optional.of(GroupComparison.DEFAULT_REDUCTION))
        .forEach(comparison -> comparisons.add(Optional.of(comparison)));
    return comparisons;
  }

  /** The cohort before cohort {@code i}, none for the first. */
  private static Optional<Measures> pastOf(List<Measures> byCohort, int i) {
    return i == 0 ? Optional.empty() : Optional.of(byCohort.get(i - 1));
  }

  private static List<List<BigDecimal>> ascending(List<SortedValues> measures) {
    List<List<BigDecimal>> values = new ArrayList<>();
    measures.forEach(measure -> values.add(measure.ascending()));
    return values;
  }

  /** One cohort's totals, each category's costs and each system's access-wait costs, sorted. */
  private record Measures(
      SortedValues total,
      Map<Category, SortedValues> byCategory,
      Map<String, SortedValues> bySystem) {
    static Measures of(List<HireCost> hires, Set<Category> categories, Set<String> systems) {
      Map<Category, SortedValues> byCategory = new EnumMap<>(Category.class);
      for (Category category : categories) {
        byCategory.put(category, SortedValues.of(costsOf(hires, h -> h.costOf(category))));
      }
      Map<String, SortedValues> bySystem = new TreeMap<>();
      for (String system : systems) {
        bySystem.put(system, SortedValues.of(costsOf(hires, h -> h.accessCostOf(system))));
      }
      return new Measures(SortedValues.of(Distribution.totals(hires)), byCategory, bySystem);
    }

    /** The total, then each category's costs, then each system's, in their maps' order. */
    List<SortedValues> all() {
      List<SortedValues> all = new ArrayList<>();
      all.add(total);
      all.addAll(byCategory.values());
      all.addAll(bySystem.values());
      return all;
    }
  }

  private static List<BigDecimal> costsOf(
      List<HireCost> hires, Function<HireCost, BigDecimal> cost) {
    List<BigDecimal> costs = new ArrayList<>(hires.size());
    for (HireCost hire : hires) {
      costs.add(cost.apply(hire));
    }
    return costs;
  }

  private static List<HireCost> ordered(CostReport report) {
    List<HireCost> hires = new ArrayList<>(report.hires());
    hires.sort(Comparator.comparing(HireCost::hire, People.START_ORDER));
    return hires;
  }

  private static LocalDate startOf(HireCost hire) {
    return hire.hire()
        .startDate()
        .orElseThrow(() -> new IllegalArgumentException(hire.hire().id() + " has no start date"));
  }
}
