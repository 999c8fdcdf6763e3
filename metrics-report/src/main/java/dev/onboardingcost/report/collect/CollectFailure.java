package dev.onboardingcost.report.collect;

import java.util.OptionalInt;

/**
 * Why one source stopped: one line naming what went wrong and what to check. The message never
 * holds a credential: it is built from status codes, paths and the names of environment variables
 * only.
 */
public final class CollectFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** The HTTP status that caused it, or -1. */
  private final int status;

  /** A failure described by {@code message}, with no HTTP status. */
  public CollectFailure(String message) {
    this(message, -1);
  }

  /** A failure described by {@code message}, caused by an answer with {@code status}. */
  public CollectFailure(String message, int status) {
    super(message, null, false, false);
    this.status = status;
  }

  /** The HTTP status of the answer that caused the failure, if one did. */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }
}
