package dev.onboardingcost.core.model;

/** What kind of obstacle a cost came from (docs/method.md). */
public enum Category {
  ACCESS,
  DOCUMENTATION,
  ENVIRONMENT,
  KNOWLEDGE,
  TOOLING,
  PROCESS,
  OTHER;

  /** The key, made once: writers ask for it for every hire. */
  private final String key = EnumKeys.key(this);

  /**
   * The category named {@code text}, ignoring case and surrounding white space.
   *
   * @throws IllegalArgumentException when no category has that name
   */
  public static Category parse(String text) {
    return EnumKeys.parse(Category.class, text, "a category");
  }

  /** The lower-case name used in files, e.g. {@code documentation}. */
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key();
  }
}
