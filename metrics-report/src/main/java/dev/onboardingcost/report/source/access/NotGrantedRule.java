package dev.onboardingcost.report.source.access;

import dev.onboardingcost.core.model.EnumKeys;

/**
 * What a required system that no log granted and nobody asked for costs ({@code not_granted} in
 * {@code onboarding.yaml}; docs/method.md, "Not granted").
 */
public enum NotGrantedRule {
  /** Nothing: it is flagged, and listed in data quality ("no grant seen for a required system"). */
  FLAG,
  /** A wait over the whole window, for a company where every hire needs every required system. */
  CHARGE;

  /**
   * The rule named {@code text} ({@code flag} or {@code charge}).
   *
   * @throws IllegalArgumentException for any other text
   */
  public static NotGrantedRule parse(String text) {
    return EnumKeys.parse(NotGrantedRule.class, text, "a not_granted rule");
  }
}
