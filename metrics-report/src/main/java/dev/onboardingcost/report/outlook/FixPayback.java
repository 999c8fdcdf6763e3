package dev.onboardingcost.report.outlook;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One candidate fix of fixes.yaml and when it pays for itself (SPEC section 8). Exact figures.
 *
 * @param name the fix's name (input text)
 * @param savingsPerHire money saved per future hire
 * @param oneOffCost what making the fix costs once
 * @param paybackHires hires until the savings cover the one-off cost; empty when it saves nothing
 */
public record FixPayback(
    String name,
    BigDecimal savingsPerHire,
    BigDecimal oneOffCost,
    Optional<BigDecimal> paybackHires) {
  /** Checks the fix. */
  public FixPayback {
    requireNonNull(name, "name");
    requireNonNull(savingsPerHire, "savingsPerHire");
    requireNonNull(oneOffCost, "oneOffCost");
    requireNonNull(paybackHires, "paybackHires");
  }
}
