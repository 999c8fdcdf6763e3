package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rate rules (README, "The workspace"): a person's {@code hourly_rate}, else {@code
 * rates.by_role[role]}, else {@code rates.default}.
 */
public record Rates(HourlyRate defaultRate, Map<String, HourlyRate> byRole) {
  /** Checks the rules and copies the role map (sorted by role). */
  public Rates {
    requireNonNull(defaultRate, "defaultRate");
    byRole = Map.copyOf(new TreeMap<>(requireNonNull(byRole, "byRole")));
  }

  /** Only a default rate. */
  public static Rates flat(HourlyRate defaultRate) {
    return new Rates(defaultRate, Map.of());
  }

  /** The rate of {@code person}. */
  public HourlyRate rateOf(Person person) {
    return rateOf(person, basisOf(person));
  }

  /** The rule that sets the rate of {@code person}. */
  public RateBasis basisOf(Person person) {
    if (person.hourlyRate().isPresent()) {
      return new RateBasis(RateBasis.Kind.PERSON, person.id().value());
    }
    if (!person.role().isEmpty() && byRole.containsKey(person.role())) {
      return new RateBasis(RateBasis.Kind.ROLE, person.role());
    }
    return RateBasis.DEFAULT;
  }

  /** The rule for a role (used for {@code provisioning_role}). */
  public RateBasis basisOfRole(String role) {
    return byRole.containsKey(role) ? new RateBasis(RateBasis.Kind.ROLE, role) : RateBasis.DEFAULT;
  }

  /**
   * The rate a basis stands for; a {@code PERSON} basis needs the person, so use {@link
   * #rateOf(Person)} for those.
   */
  public HourlyRate rateAt(RateBasis basis) {
    switch (basis.kind()) {
      case ROLE:
        return Optional.ofNullable(byRole.get(basis.key())).orElse(defaultRate);
      case DEFAULT:
        return defaultRate;
      default:
        throw new IllegalArgumentException("A person's own rate needs the person: " + basis);
    }
  }

  /** The rate of {@code person} (their own if given, else by the basis). */
  public HourlyRate rateOf(Person person, RateBasis basis) {
    return basis.kind() == RateBasis.Kind.PERSON
        ? new HourlyRate(person.hourlyRate().orElseThrow())
        : rateAt(basis);
  }
}
