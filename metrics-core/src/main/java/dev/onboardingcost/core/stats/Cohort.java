package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One cohort of hires: its figures for the total cost, for each cost category and for each system's
 * access-wait cost.
 *
 * @param label the cohort's name, e.g. {@code 2026-Q1} or {@code before 2026-03-01}
 * @param total the figures of the hires' total cost
 * @param byCategory the figures of each category's cost per hire (zero for a hire with none), for
 *     every category that has cost in any cohort, in category order
 * @param bySystem the figures of each system's access-wait cost per hire (zero for a hire with
 *     none), for every system with access-wait cost in any cohort, sorted by system
 */
public record Cohort(
    String label,
    CohortFigures total,
    Map<Category, CohortFigures> byCategory,
    Map<String, CohortFigures> bySystem) {
  /** Checks the cohort and copies the maps. */
  public Cohort {
    requireNonNull(label, "label");
    requireNonNull(total, "total");
    EnumMap<Category, CohortFigures> copy = new EnumMap<>(Category.class);
    copy.putAll(requireNonNull(byCategory, "byCategory"));
    byCategory = Collections.unmodifiableMap(copy);
    bySystem = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(bySystem, "bySystem")));
  }

  /**
   * The category whose mean cost per hire moved most from the previous cohort, by absolute amount
   * (the first in category order on a tie); empty for the first cohort or when nothing moved.
   */
  public Optional<Category> categoryThatMovedMost() {
    Optional<Category> most = Optional.empty();
    BigDecimal largest = BigDecimal.ZERO;
    for (Map.Entry<Category, CohortFigures> entry : byCategory.entrySet()) {
      Optional<Change> change = entry.getValue().meanChange();
      if (change.isPresent() && change.get().amount().abs().compareTo(largest) > 0) {
        largest = change.get().amount().abs();
        most = Optional.of(entry.getKey());
      }
    }
    return most;
  }
}
