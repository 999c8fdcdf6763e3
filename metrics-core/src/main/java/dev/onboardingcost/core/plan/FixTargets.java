package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.model.Category;
import java.util.Optional;

/**
 * What cost a fix goes after (docs/method.md): a {@code system} selects the access-wait cost lines
 * on that system, a {@code category} alone selects that category's lines, both select the lines
 * that match both, and neither selects every line (the whole total).
 *
 * @param category the cost category, if any
 * @param system the system (compared exactly, after trimming), if any
 */
public record FixTargets(Optional<Category> category, Optional<String> system) {
  /**
   * Checks the targets and trims the system.
   *
   * @throws IllegalArgumentException when the system is blank
   */
  public FixTargets {
    requireNonNull(category, "category");
    requireNonNull(system, "system");
    system = system.map(String::strip);
    if (system.isPresent() && system.get().isEmpty()) {
      throw new IllegalArgumentException("a fix's target system must not be blank");
    }
  }

  /** True when {@code line} is cost this fix targets. */
  public boolean selects(CostLine line) {
    requireNonNull(line, "line");
    return category.map(c -> line.category() == c).orElse(true)
        && system.map(s -> line.system().filter(s::equals).isPresent()).orElse(true);
  }

  /** The targets as {@code access/github}, {@code access}, {@code github} or {@code total}. */
  @Override
  public String toString() {
    if (category.isEmpty() && system.isEmpty()) {
      return "total";
    }
    return category.map(Category::key).orElse("")
        + (category.isPresent() && system.isPresent() ? "/" : "")
        + system.orElse("");
  }
}
