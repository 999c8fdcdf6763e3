package dev.onboardingcost.report.collect;

/**
 * Why one source stopped: one line naming what went wrong and what to check. The message never
 * holds a credential: it is built from status codes, paths and the names of environment variables
 * only.
 */
public final class CollectFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  /** A failure described by {@code message}, with no HTTP status. */
  public CollectFailure(String message) {
    this(message, 0);
  }

  /** A failure described by {@code message}, caused by an answer with {@code status}. */
  public CollectFailure(String message, int status) {
    super(message, null, false, false);
    this.status = status;
  }

  /** This failure, or one that {@code message} explains when it was caused by a 404. */
  CollectFailure explainNotFound(String message) {
    return status == 404 ? new CollectFailure(message, 404) : this;
  }
}
