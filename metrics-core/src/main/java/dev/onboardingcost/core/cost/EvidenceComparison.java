package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.PersonId;
import java.math.BigDecimal;
import java.util.List;

/**
 * Self-reported against measured time for one hire and category, where both exist: the minutes
 * (hire's and colleagues') each kind of evidence alone gives, and which one counted.
 */
public record EvidenceComparison(
    PersonId hire,
    Category category,
    BigDecimal surveyMinutes,
    BigDecimal logMinutes,
    BigDecimal surveyCost,
    BigDecimal logCost,
    Precedence counted) {
  /** Checks the comparison. */
  public EvidenceComparison {
    requireNonNull(hire, "hire");
    requireNonNull(category, "category");
    requireNonNull(surveyMinutes, "surveyMinutes");
    requireNonNull(logMinutes, "logMinutes");
    requireNonNull(surveyCost, "surveyCost");
    requireNonNull(logCost, "logCost");
    requireNonNull(counted, "counted");
  }

  /** The comparison of the survey's and the logs' lines of one hire and category. */
  static EvidenceComparison of(
      PersonId hire,
      Category category,
      List<CostLine> surveyLines,
      List<CostLine> logLines,
      Precedence counted) {
    return new EvidenceComparison(
        hire,
        category,
        HireCost.minutesOf(surveyLines, line -> true),
        HireCost.minutesOf(logLines, line -> true),
        HireCost.priceOf(surveyLines, line -> true),
        HireCost.priceOf(logLines, line -> true),
        counted);
  }
}
