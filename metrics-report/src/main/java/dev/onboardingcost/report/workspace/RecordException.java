package dev.onboardingcost.report.workspace;

/** A record cannot be used; the message is the reason shown after {@code file:line: }. */
public final class RecordException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A record rejected for {@code reason}. */
  public RecordException(String reason) {
    super(reason);
  }
}
