package dev.onboardingcost.core.model;

import java.util.Locale;

/** A step towards productivity whose date is measured (SPEC section 4). */
public enum MilestoneKind {
  FIRST_COMMIT,
  FIRST_PR,
  FIRST_MERGED_PR,
  TENTH_MERGED_PR,
  FIRST_DEPLOY;

  /**
   * The milestone named {@code text}, e.g. {@code first_merged_pr}.
   *
   * @throws IllegalArgumentException when no milestone has that name
   */
  public static MilestoneKind parse(String text) {
    String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (MilestoneKind kind : values()) {
      if (kind.name().equals(key)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "expected a milestone (first_commit, first_pr, first_merged_pr, tenth_merged_pr,"
            + " first_deploy), got '"
            + text
            + "'");
  }

  /** The lower-case name used in files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return key();
  }
}
