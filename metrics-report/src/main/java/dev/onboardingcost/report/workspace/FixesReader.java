package dev.onboardingcost.report.workspace;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.plan.Fix;
import dev.onboardingcost.core.plan.FixPlan;
import dev.onboardingcost.core.plan.FixTargets;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fixes of docs/method.md from {@code fixes.yaml}, if the workspace has one: candidates,
 * and fixes already live from their optional {@code live_from} date.
 */
public final class FixesReader {
  /** The file's name in a workspace. */
  public static final String FILE = "fixes.yaml";

  private FixesReader() {}

  /**
   * The fixes in {@code workspace/fixes.yaml}, or empty when there is no such file.
   *
   * @throws ConfigException naming the key of a missing, unknown or malformed value
   */
  public static Optional<FixPlan> read(Path workspace) {
    Optional<Path> found = WorkspaceFiles.configFile(workspace, FILE);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Path file = found.get();
    SettingsNode root = new SettingsNode(FILE, YamlFiles.read(file, FILE));
    root.allowOnly("fixes");
    List<Fix> fixes = new ArrayList<>();
    for (SettingsNode node : root.get("fixes").elements()) {
      fixes.add(fix(node));
    }
    try {
      return Optional.of(new FixPlan(fixes));
    } catch (IllegalArgumentException e) {
      throw root.get("fixes").error(e.getMessage());
    }
  }

  private static Fix fix(SettingsNode node) {
    node.allowOnly(
        "name",
        "targets",
        "reduction",
        "one_off_hours",
        "one_off_cost",
        "recurring_hours_per_quarter",
        "recurring_cost_per_quarter",
        "live_from");
    SettingsNode targets = node.get("targets").allowOnly("category", "system");
    Optional<Category> category =
        targets.get("category").parse(Category::parse, "a category like access");
    Optional<String> system =
        targets.get("system").isAbsent()
            ? Optional.empty()
            : Optional.of(AccessWait.normaliseSystem(targets.get("system").requiredText("github")));
    BigDecimal reduction = node.get("reduction").requiredDecimal();
    Optional<LocalDate> liveFrom =
        node.get("live_from").parse(LocalDate::parse, "a date like 2026-07-13");
    try {
      return new Fix(
          node.get("name").requiredText("Team leads can grant GitHub access"),
          new FixTargets(category, system),
          reduction,
          optional(node.get("one_off_hours")),
          optional(node.get("one_off_cost")),
          node.get("recurring_hours_per_quarter").nonNegative(BigDecimal.ZERO),
          optional(node.get("recurring_cost_per_quarter")),
          liveFrom);
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  private static Optional<BigDecimal> optional(SettingsNode node) {
    return node.isAbsent() ? Optional.empty() : Optional.of(node.nonNegative(BigDecimal.ZERO));
  }
}
