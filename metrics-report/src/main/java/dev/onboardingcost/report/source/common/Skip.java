package dev.onboardingcost.report.source.common;

/**
 * Thrown by a log reader's record handler when a record is not used: ignored (valid, says nothing
 * about onboarding) or rejected (broken). {@link JsonLogs} accounts it.
 */
public final class Skip extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean rejected;

  private Skip(boolean rejected, String reason) {
    super(reason, null, false, false);
    this.rejected = rejected;
  }

  /** The record is valid but says nothing about onboarding. */
  public static Skip ignore(String reason) {
    return new Skip(false, reason);
  }

  /** The record is broken. */
  public static Skip reject(String reason) {
    return new Skip(true, reason);
  }

  /** True for a broken record. */
  public boolean isRejected() {
    return rejected;
  }
}
