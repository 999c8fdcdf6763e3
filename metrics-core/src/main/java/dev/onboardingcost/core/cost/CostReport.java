package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** The cost of every hire, in start-date order (then id), in one currency. */
public record CostReport(Currency currency, List<HireCost> hires) {
  /** Checks and copies the report. */
  public CostReport {
    requireNonNull(currency, "currency");
    hires = List.copyOf(hires);
  }

  /** The sum of every hire's total, exact. */
  public BigDecimal totalCost() {
    return hires.stream().map(HireCost::totalCost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
