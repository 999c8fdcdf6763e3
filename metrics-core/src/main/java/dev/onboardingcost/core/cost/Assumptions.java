package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.AccessWait;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The modelling assumptions ({@code assumptions:}; docs/method.md), in minutes and fractions.
 *
 * @param contextSwitchMinutes a helper's refocus cost per interruption (default 23)
 * @param blockedFraction share of waiting time that is lost (default 1.0)
 * @param blockedFractionBySystem per-system overrides, keyed by lower-case system
 * @param helpMinutes helper minutes per help request when no duration is known (default 15)
 * @param provisioningMinutesPerHire manual set-up minutes for a hire with no provisioning event
 * @param provisioningRole whose rate the default provisioning minutes are paid at
 */
public record Assumptions(
    BigDecimal contextSwitchMinutes,
    BigDecimal blockedFraction,
    Map<String, BigDecimal> blockedFractionBySystem,
    BigDecimal helpMinutes,
    BigDecimal provisioningMinutesPerHire,
    String provisioningRole) {

  /** The defaults (docs/method.md, "Settings"). */
  public static final Assumptions DEFAULTS =
      new Assumptions(
          BigDecimal.valueOf(23),
          BigDecimal.ONE,
          Map.of("vpn", new BigDecimal("0.5")),
          BigDecimal.valueOf(15),
          BigDecimal.ZERO,
          "ops");

  /**
   * Checks the assumptions: minutes are not negative, fractions lie in [0, 1].
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public Assumptions {
    nonNegative(contextSwitchMinutes, "context_switch_minutes");
    fraction(blockedFraction, "blocked_fraction");
    TreeMap<String, BigDecimal> bySystem = new TreeMap<>();
    requireNonNull(blockedFractionBySystem, "blockedFractionBySystem")
        .forEach(
            (system, value) -> {
              fraction(value, "blocked_fraction_by_system." + system);
              bySystem.put(AccessWait.normaliseSystem(system), value);
            });
    blockedFractionBySystem = Map.copyOf(bySystem);
    nonNegative(helpMinutes, "help_minutes");
    nonNegative(provisioningMinutesPerHire, "provisioning_minutes_per_hire");
    requireNonNull(provisioningRole, "provisioningRole");
  }

  /** The share of waiting time lost while waiting for {@code system}. */
  public BigDecimal blockedFractionOf(String system) {
    return blockedFractionBySystem.getOrDefault(
        AccessWait.normaliseSystem(system), blockedFraction);
  }

  private static void nonNegative(BigDecimal value, String key) {
    requireNonNull(value, key);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(key + " must not be negative, was " + value);
    }
  }

  private static void fraction(BigDecimal value, String key) {
    nonNegative(value, key);
    if (value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(key + " must be between 0 and 1, was " + value);
    }
  }
}
