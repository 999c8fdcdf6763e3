package dev.onboardingcost.core.model;

/** A step towards productivity whose date is measured (docs/method.md). */
public enum MilestoneKind {
  FIRST_COMMIT,
  FIRST_PR,
  FIRST_MERGED_PR,
  TENTH_MERGED_PR,
  FIRST_DEPLOY;

  /** The key, made once: writers ask for it for every hire. */
  private final String key = EnumKeys.key(this);

  /**
   * The milestone named {@code text}, e.g. {@code first_merged_pr}.
   *
   * @throws IllegalArgumentException when no milestone has that name
   */
  public static MilestoneKind parse(String text) {
    return EnumKeys.parse(MilestoneKind.class, text, "a milestone");
  }

  /** The lower-case name used in files. */
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key();
  }
}
