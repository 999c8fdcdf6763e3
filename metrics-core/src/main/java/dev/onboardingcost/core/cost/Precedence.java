package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.EnumKeys;

/** Which evidence counts when a survey and the logs both speak of one hire and category. */
public enum Precedence {
  /** Survey events count only where no log event of that hire and category counts. */
  LOGS,
  /** Log events count only where no survey event of that hire and category counts. */
  SURVEY,
  /** Both count. */
  SUM;

  /**
   * The precedence named {@code text} ({@code logs}, {@code survey} or {@code sum}).
   *
   * @throws IllegalArgumentException for any other text
   */
  public static Precedence parse(String text) {
    return EnumKeys.parse(Precedence.class, text, "a precedence");
  }
}
