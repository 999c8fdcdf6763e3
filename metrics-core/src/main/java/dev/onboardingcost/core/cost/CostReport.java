package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/** The cost of every hire, in start-date order (then id), in one currency. */
public record CostReport(Currency currency, List<HireCost> hires) {
  /** Checks and copies the report. */
  public CostReport {
    requireNonNull(currency, "currency");
    hires = List.copyOf(hires);
  }

  /**
   * The report of the hires with evidence ({@link EvidenceKind#isEvidence}), in the same order:
   * what every statistic, the forecast's baseline and fix savings are computed on (docs/method.md).
   */
  public CostReport withEvidence() {
    return new CostReport(
        currency, hires.stream().filter(h -> h.evidenceKind().isEvidence()).toList());
  }

  /**
   * The working minutes held by fully blocking waits during which their hire reached a milestone,
   * over all hires (each hire's overlapping waits counted once), exact.
   */
  public BigDecimal contradictionMinutes() {
    return sum(hire -> hire.findings().contradictionMinutes());
  }

  /** The sum of every hire's total, exact. */
  public BigDecimal totalCost() {
    return sum(HireCost::totalCost);
  }

  /** What the hires' own lost time cost, over all hires. */
  public BigDecimal hireCost() {
    return sum(HireCost::hireCost);
  }

  /** What colleagues' time cost, over all hires. */
  public BigDecimal colleagueCost() {
    return sum(HireCost::colleagueCost);
  }

  /** The hires' lost minutes, over all hires. */
  public BigDecimal hireMinutes() {
    return sum(HireCost::hireMinutes);
  }

  /** Colleagues' minutes (refocus included), over all hires. */
  public BigDecimal colleagueMinutes() {
    return sum(HireCost::colleagueMinutes);
  }

  private BigDecimal sum(Function<HireCost, BigDecimal> figure) {
    return hires.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
