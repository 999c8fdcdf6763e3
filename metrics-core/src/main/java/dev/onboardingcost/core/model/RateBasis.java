package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Which rule set a rate: the person's own {@code hourly_rate}, their role's rate, or the default.
 * The workbook uses it to point a money formula at the right {@code Assumptions} cell.
 */
public record RateBasis(Kind kind, String key) {
  /** The rule that set the rate. */
  public enum Kind {
    /** {@code hourly_rate} in people.csv; key = person id. */
    PERSON,
    /** {@code rates.by_role}; key = role. */
    ROLE,
    /** {@code rates.default}; key empty. */
    DEFAULT
  }

  /** The default rate. */
  public static final RateBasis DEFAULT = new RateBasis(Kind.DEFAULT, "");

  /** Checks the basis. */
  public RateBasis {
    requireNonNull(kind, "kind");
    requireNonNull(key, "key");
  }

  @Override
  public String toString() {
    return kind == Kind.DEFAULT ? "default" : kind.name().toLowerCase(Locale.ROOT) + ":" + key;
  }
}
