package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What pricing found out about one hire besides the cost (docs/method.md): which kinds of evidence
 * speak of them, whether their own lost time was capped at the window, and which fully blocking
 * waits their milestones contradict.
 *
 * @param evidence which kinds of used records speak of the hire
 * @param uncappedHireMinutes the hire's own lost minutes before the cap, when the cap cut them
 * @param contradictions fully blocking waits during which the hire reached a milestone, by system
 * @param contradictionMinutes the working minutes those waits hold, overlaps counted once (exact)
 */
public record HireFindings(
    EvidenceKind evidence,
    Optional<BigDecimal> uncappedHireMinutes,
    List<Contradiction> contradictions,
    BigDecimal contradictionMinutes) {
  /** Checks and copies the findings. */
  public HireFindings {
    requireNonNull(evidence, "evidence");
    requireNonNull(uncappedHireMinutes, "uncappedHireMinutes");
    contradictions = List.copyOf(contradictions);
    requireNonNull(contradictionMinutes, "contradictionMinutes");
  }

  /** Findings of a hire with {@code evidence}, not capped, with no contradiction. */
  public static HireFindings plain(EvidenceKind evidence) {
    return new HireFindings(evidence, Optional.empty(), List.of(), BigDecimal.ZERO);
  }

  /** True when the hire's own lost time was cut to the window's working minutes. */
  public boolean capped() {
    return uncappedHireMinutes.isPresent();
  }
}
