package dev.onboardingcost.core.model;

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
    return EnumKeys.parse(Category.class, text, "a category");
  }

  /** The lower-case name used in files, e.g. {@code documentation}. */
  public String key() {
    return EnumKeys.key(this);
  }

  @Override
  public String toString() {
    return key();
  }
}
