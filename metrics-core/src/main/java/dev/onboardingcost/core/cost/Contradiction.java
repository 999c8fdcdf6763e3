package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.MilestoneKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A hire counted fully blocked (fraction 1) on {@code system} while reaching milestones that need
 * working access (docs/method.md, "Contradictions").
 *
 * @param system the system waited on
 * @param milestones the milestones reached inside those waits, in milestone order
 * @param minutes the working minutes of the waits that hold a milestone (exact)
 */
public record Contradiction(String system, List<MilestoneKind> milestones, BigDecimal minutes) {
  /** The milestones that show the hire working: a pull request opened or merged, a deploy. */
  public static final Set<MilestoneKind> SHOWS_WORK =
      Set.of(
          MilestoneKind.FIRST_PR,
          MilestoneKind.FIRST_MERGED_PR,
          MilestoneKind.TENTH_MERGED_PR,
          MilestoneKind.FIRST_DEPLOY);

  /** Checks and copies the contradiction; it names at least one milestone. */
  public Contradiction {
    requireNonNull(system, "system");
    milestones = List.copyOf(milestones);
    if (milestones.isEmpty()) {
      throw new IllegalArgumentException("a contradiction needs a milestone, got none");
    }
    requireNonNull(minutes, "minutes");
  }
}
