package dev.onboardingcost.core.model;

import java.util.Locale;

/** What kind of obstacle a cost came from (SPEC section 4). */
public enum Category {
  ACCESS,
  DOCUMENTATION,
  ENVIRONMENT,
  KNOWLEDGE,
  TOOLING,
  PROCESS,
  OTHER;

  /**
   * The category named {@code text}, ignoring case and surrounding white space.
   *
   * @throws IllegalArgumentException when no category has that name
   */
  public static Category parse(String text) {
    String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (Category category : values()) {
      if (category.name().equals(key)) {
        return category;
      }
    }
    throw new IllegalArgumentException(
        "expected a category (access, documentation, environment, knowledge, tooling, process,"
            + " other), got '"
            + text
            + "'");
  }

  /** The lower-case name used in files, e.g. {@code documentation}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return key();
  }
}
