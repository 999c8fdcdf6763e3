package dev.onboardingcost.report.quality;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.Contradiction;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One data-quality finding about a hire's figures (docs/method.md): a hire with no evidence, a
 * hire's lost time capped at the window, a fully blocking wait the hire's milestones contradict, or
 * a required system with neither grant nor request.
 *
 * @param kind what was found
 * @param hire the hire
 * @param text the finding in plain words
 */
public record HireFinding(Kind kind, PersonId hire, String text) {
  /** What was found. */
  public enum Kind {
    /** No used record of any source speaks of the hire; left out of the statistics. */
    NO_EVIDENCE("no evidence"),
    /** The hire's own lost time exceeded the window's working time and was cut to it. */
    CAPPED("capped"),
    /** A fully blocking wait during which the hire reached a milestone. */
    CONTRADICTION("contradiction"),
    /** A required system with neither grant nor request. */
    NO_GRANT_SEEN("no grant seen");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The label shown on the Data quality sheet. */
    public String label() {
      return label;
    }
  }

  /** Checks the finding. */
  public HireFinding {
    requireNonNull(kind, "kind");
    requireNonNull(hire, "hire");
    requireNonNull(text, "text");
  }

  /**
   * Every finding of {@code costs} and {@code quality}: per hire in start order, no evidence, cap,
   * contradictions; then the required systems with neither grant nor request, in the order found.
   */
  public static List<HireFinding> of(CostReport costs, DataQuality quality) {
    List<HireFinding> findings = new ArrayList<>();
    for (HireCost hire : costs.hires()) {
      PersonId id = hire.hire().id();
      if (!hire.evidenceKind().isEvidence()) {
        findings.add(
            new HireFinding(
                Kind.NO_EVIDENCE,
                id,
                id
                    + " has no evidence (no survey answer, no log record): left out of every"
                    + " statistic, the forecast's baseline and fix savings"));
      }
      hire.findings()
          .uncappedHireMinutes()
          .ifPresent(
              uncapped ->
                  findings.add(
                      new HireFinding(
                          Kind.CAPPED,
                          id,
                          id
                              + " lost "
                              + Rounding.hours(uncapped).toPlainString()
                              + " hours of their own in a window of "
                              + Rounding.hours(hire.hireMinutes()).toPlainString()
                              + " working hours; capped at the window, every category and"
                              + " system scaled down alike")));
      for (Contradiction c : hire.findings().contradictions()) {
        findings.add(new HireFinding(Kind.CONTRADICTION, id, contradiction(id, c)));
      }
    }
    for (DataQuality.MissingGrant missing : quality.notGrantedWithoutRequest()) {
      findings.add(new HireFinding(Kind.NO_GRANT_SEEN, missing.hire(), missing.toString()));
    }
    return findings;
  }

  /**
   * "h1 opened a PR, merged a PR and deployed while counted fully blocked on aws (16.00 hours);
   * consider `blocked_fraction_by_system.aws`".
   */
  static String contradiction(PersonId hire, Contradiction c) {
    List<String> did = new ArrayList<>();
    if (c.milestones().contains(MilestoneKind.FIRST_PR)) {
      did.add("opened a PR");
    }
    if (c.milestones().contains(MilestoneKind.TENTH_MERGED_PR)) {
      did.add("merged 10 PRs");
    } else if (c.milestones().contains(MilestoneKind.FIRST_MERGED_PR)) {
      did.add("merged a PR");
    }
    if (c.milestones().contains(MilestoneKind.FIRST_DEPLOY)) {
      did.add("deployed");
    }
    String last = did.remove(did.size() - 1);
    return hire
        + " "
        + (did.isEmpty() ? last : String.join(", ", did) + " and " + last)
        + " while counted fully blocked on "
        + c.system()
        + " ("
        + hours(c.minutes())
        + " hours); consider `blocked_fraction_by_system."
        + c.system()
        + "`";
  }

  private static String hours(BigDecimal minutes) {
    return Rounding.hours(minutes).toPlainString();
  }

  @Override
  public String toString() {
    return text;
  }
}
