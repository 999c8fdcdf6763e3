package dev.onboardingcost.report.workspace;

import dev.onboardingcost.core.plan.HiringPlan;
import dev.onboardingcost.core.plan.PlannedQuarter;
import dev.onboardingcost.core.time.Quarter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the hiring plan of docs/method.md from {@code plan.yaml}, if the workspace has one. */
public final class PlanReader {
  /** The file's name in a workspace. */
  public static final String FILE = "plan.yaml";

  private PlanReader() {}

  /**
   * The plan in {@code workspace/plan.yaml}, or empty when there is no such file.
   *
   * @throws ConfigException naming the key of a missing, unknown or malformed value
   */
  public static Optional<HiringPlan> read(Path workspace) {
    Optional<Path> found = WorkspaceFiles.configFile(workspace, FILE);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Path file = found.get();
    SettingsNode root = new SettingsNode(FILE, YamlFiles.read(file, FILE));
    root.allowOnly(
        "current_engineers",
        "quarters",
        "simulations",
        "seed",
        "alert_capacity_loss_pct",
        "baseline_from");
    int engineers = root.get("current_engineers").integer(-1, 1, 10_000_000);
    if (engineers < 0) {
      throw root.get("current_engineers").error("is required, e.g. 50");
    }
    List<PlannedQuarter> quarters = new ArrayList<>();
    for (SettingsNode q : root.get("quarters").elements()) {
      q.allowOnly("quarter", "hires");
      Quarter quarter =
          q.get("quarter")
              .parse(PlanReader::quarter, "a quarter like 2027-Q1 in the years 1900 to 2200")
              .orElseThrow(() -> q.get("quarter").error("is required, e.g. 2027-Q1"));
      int hires = q.get("hires").integer(-1, 0, 1_000_000);
      if (hires < 0) {
        throw q.get("hires").error("is required, e.g. 20");
      }
      quarters.add(new PlannedQuarter(quarter, hires));
    }
    if (quarters.isEmpty()) {
      throw root.get("quarters")
          .error("needs at least one quarter, e.g. [{quarter: 2027-Q1, hires: 20}]");
    }
    int simulations =
        root.get("simulations")
            .integer(HiringPlan.DEFAULT_SIMULATIONS, 1, HiringPlan.MAX_SIMULATIONS);
    long seed =
        root.get("seed")
            .parse(Long::parseLong, "a whole number like 7")
            .orElse(HiringPlan.DEFAULT_SEED);
    BigDecimal alert =
        root.get("alert_capacity_loss_pct").nonNegative(HiringPlan.DEFAULT_ALERT_CAPACITY_LOSS_PCT);
    Optional<LocalDate> baselineFrom =
        root.get("baseline_from").parse(LocalDate::parse, "an ISO date like 2026-07-13");
    try {
      return Optional.of(
          new HiringPlan(engineers, quarters, simulations, seed, alert, baselineFrom));
    } catch (IllegalArgumentException e) {
      throw root.error(e.getMessage());
    }
  }

  private static Quarter quarter(String text) {
    Quarter quarter = Quarter.parse(text);
    Timestamps.requireYearInRange(quarter.year(), text, "2027-Q1");
    return quarter;
  }
}
