package dev.onboardingcost.report.quality;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.RecordRef;

/**
 * A record that was rejected (broken) or ignored (says nothing about onboarding), and why; or a
 * problem of a whole file that no record count holds (a mapped survey column the file lacks).
 */
public record Problem(Kind kind, String source, RecordRef ref, String reason) {
  /** Rejected or ignored. */
  public enum Kind {
    /** Broken: unreadable, missing a required field, unknown person, ... */
    REJECTED,
    /** Valid, but irrelevant to onboarding (another event type, not a hire, unmapped system). */
    IGNORED,
    /** Valid, but outside the hire's onboarding window: used, and left out of the costs. */
    OUTSIDE_WINDOW,
    /** A problem of a whole file, not of one record: counted in no record count. */
    FILE
  }

  /** Checks the problem. */
  public Problem {
    requireNonNull(kind, "kind");
    requireNonNull(source, "source");
    requireNonNull(ref, "ref");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return ref + ": " + reason;
  }
}
