package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.RateBasis;
import java.util.Optional;

/**
 * Whose time a cost is: the hire's own, or a colleague's (named, or unnamed and paid at the default
 * rate), with the rate and the rule that set it.
 */
public record Payer(Kind kind, Optional<PersonId> person, RateBasis basis, HourlyRate rate) {
  /** The hire's own time, or a colleague's. */
  public enum Kind {
    /** The new hire's blocked time. */
    HIRE,
    /** A colleague's time spent helping or setting up. */
    COLLEAGUE
  }

  /** Checks the payer. */
  public Payer {
    requireNonNull(kind, "kind");
    requireNonNull(person, "person");
    requireNonNull(basis, "basis");
    requireNonNull(rate, "rate");
  }

  /** True for the hire's own time. */
  public boolean isHire() {
    return kind == Kind.HIRE;
  }
}
