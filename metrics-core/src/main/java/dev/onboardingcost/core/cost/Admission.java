package dev.onboardingcost.core.cost;

/** What the engine did with an event it was given. */
public enum Admission {
  /** Inside the hire's window (or with no timestamp): it counts. */
  COUNTED,
  /** A valid record left out because it falls outside the hire's onboarding window. */
  OUTSIDE_WINDOW
}
