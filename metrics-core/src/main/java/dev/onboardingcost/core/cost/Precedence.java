package dev.onboardingcost.core.cost;

import java.util.Locale;

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
    String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (Precedence p : values()) {
      if (p.name().equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException("expected logs, survey or sum, got '" + text + "'");
  }

  /** The lower-case name used in files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
