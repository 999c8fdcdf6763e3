package dev.onboardingcost.core.cost;

/**
 * Which kinds of used records speak of a hire (docs/method.md, "Evidence"): none, the logs, the
 * survey, or both. Milestones are not evidence of a cost, and neither is a cost the settings assume
 * (a required system charged under {@code not_granted: charge}).
 */
public enum EvidenceKind {
  /** No used record of any source speaks of the hire: nobody asked them. */
  NONE("none"),
  /** Only log records (any source but {@code survey}). */
  LOGS("logs"),
  /** Only survey answers. */
  SURVEY("survey"),
  /** Both. */
  LOGS_AND_SURVEY("logs+survey");

  private final String key;

  EvidenceKind(String key) {
    this.key = key;
  }

  /** The kind of a hire with log records ({@code logs}) and survey answers ({@code survey}). */
  public static EvidenceKind of(boolean logs, boolean survey) {
    if (logs) {
      return survey ? LOGS_AND_SURVEY : LOGS;
    }
    return survey ? SURVEY : NONE;
  }

  /** True unless {@link #NONE}: the hire's figures enter the statistics. */
  public boolean isEvidence() {
    return this != NONE;
  }

  /** The name used in files: {@code none}, {@code logs}, {@code survey} or {@code logs+survey}. */
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
