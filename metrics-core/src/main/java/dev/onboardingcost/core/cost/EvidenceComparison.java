package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.PersonId;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Self-reported against measured time for one hire and category, where both exist: the minutes
 * (hire's and colleagues') each kind of evidence alone gives, and which one counted.
 *
 * <p>A value class with the accessors of a record. One made by the cost engines keeps the two
 * kinds' cost lines and works its figures out when asked: only the workbook's Quality sheet asks,
 * and 20,000 hires have about 100,000 comparisons, whose four exact figures (two of them 34-digit
 * costs) were a fifth of the heap after pricing; the lines of the kind that counts are the hire's
 * own counted lines, kept anyway. Two comparisons are equal when their hire, category, figures (by
 * {@link BigDecimal#equals}) and counted kind are, however they were made.
 */
public final class EvidenceComparison {
  private final PersonId hire;
  private final Category category;
  private final Precedence counted;

  /**
   * The survey's lines, then the logs', when made from lines (one array: a list per kind was
   * another 10 MB for 20,000 hires); null when made from figures.
   */
  private final CostLine[] lines;

  /** How many of {@link #lines} are the survey's. */
  private final int surveyLineCount;

  /** The figures, when made from them; null when made from lines. */
  private final BigDecimal surveyMinutes;

  private final BigDecimal logMinutes;
  private final BigDecimal surveyCost;
  private final BigDecimal logCost;

  /**
   * A comparison of these figures.
   *
   * @param hire the hire
   * @param category the category both kinds of evidence have
   * @param surveyMinutes the minutes the survey alone gives
   * @param logMinutes the minutes the logs alone give
   * @param surveyCost what the survey's minutes cost
   * @param logCost what the logs' minutes cost
   * @param counted which kind counted
   */
  public EvidenceComparison(
      PersonId hire,
      Category category,
      BigDecimal surveyMinutes,
      BigDecimal logMinutes,
      BigDecimal surveyCost,
      BigDecimal logCost,
      Precedence counted) {
    this.hire = requireNonNull(hire, "hire");
    this.category = requireNonNull(category, "category");
    this.surveyMinutes = requireNonNull(surveyMinutes, "surveyMinutes");
    this.logMinutes = requireNonNull(logMinutes, "logMinutes");
    this.surveyCost = requireNonNull(surveyCost, "surveyCost");
    this.logCost = requireNonNull(logCost, "logCost");
    this.counted = requireNonNull(counted, "counted");
    this.lines = null;
    this.surveyLineCount = 0;
  }

  private EvidenceComparison(
      PersonId hire,
      Category category,
      List<CostLine> surveyLines,
      List<CostLine> logLines,
      Precedence counted) {
    this.hire = requireNonNull(hire, "hire");
    this.category = requireNonNull(category, "category");
    this.lines = new CostLine[surveyLines.size() + logLines.size()];
    this.surveyLineCount = surveyLines.size();
    for (int i = 0; i < lines.length; i++) {
      CostLine line = i < surveyLineCount ? surveyLines.get(i) : logLines.get(i - surveyLineCount);
      lines[i] = requireNonNull(line, "line");
    }
    this.counted = requireNonNull(counted, "counted");
    this.surveyMinutes = null;
    this.logMinutes = null;
    this.surveyCost = null;
    this.logCost = null;
  }

  /** The comparison of the survey's and the logs' lines of one hire and category. */
  static EvidenceComparison of(
      PersonId hire,
      Category category,
      List<CostLine> surveyLines,
      List<CostLine> logLines,
      Precedence counted) {
    return new EvidenceComparison(hire, category, surveyLines, logLines, counted);
  }

  /** The hire. */
  public PersonId hire() {
    return hire;
  }

  /** The category both kinds of evidence have. */
  public Category category() {
    return category;
  }

  /** The minutes the survey alone gives (exact). */
  public BigDecimal surveyMinutes() {
    return lines == null ? surveyMinutes : HireCost.minutesOf(surveyLines(), line -> true);
  }

  /** The minutes the logs alone give (exact). */
  public BigDecimal logMinutes() {
    return lines == null ? logMinutes : HireCost.minutesOf(logLines(), line -> true);
  }

  /** What the survey's minutes cost, priced once per rate (exact). */
  public BigDecimal surveyCost() {
    return lines == null ? surveyCost : HireCost.priceOf(surveyLines(), line -> true);
  }

  /** What the logs' minutes cost, priced once per rate (exact). */
  public BigDecimal logCost() {
    return lines == null ? logCost : HireCost.priceOf(logLines(), line -> true);
  }

  private List<CostLine> surveyLines() {
    return Arrays.asList(lines).subList(0, surveyLineCount);
  }

  private List<CostLine> logLines() {
    return Arrays.asList(lines).subList(surveyLineCount, lines.length);
  }

  /** Which kind counted. */
  public Precedence counted() {
    return counted;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof EvidenceComparison)) {
      return false;
    }
    EvidenceComparison that = (EvidenceComparison) other;
    return hire.equals(that.hire)
        && category == that.category
        && counted == that.counted
        && surveyMinutes().equals(that.surveyMinutes())
        && logMinutes().equals(that.logMinutes())
        && surveyCost().equals(that.surveyCost())
        && logCost().equals(that.logCost());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        hire, category, surveyMinutes(), logMinutes(), surveyCost(), logCost(), counted);
  }

  @Override
  public String toString() {
    return "EvidenceComparison[hire="
        + hire
        + ", category="
        + category
        + ", surveyMinutes="
        + surveyMinutes()
        + ", logMinutes="
        + logMinutes()
        + ", surveyCost="
        + surveyCost()
        + ", logCost="
        + logCost()
        + ", counted="
        + counted
        + "]";
  }
}
