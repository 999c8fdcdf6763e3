package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * The hire waited for access to {@code system}. {@code notGranted} marks a required system that no
 * log showed granted inside the window (docs/method.md).
 */
public record AccessWait(
    PersonId hire, String system, Timing timing, Provenance provenance, boolean notGranted)
    implements OnboardingEvent {
  /** The system of a wait that names none. */
  public static final String UNSPECIFIED = "unspecified";

  /** Checks the wait; a blank system is {@code unspecified}; systems are lower case. */
  public AccessWait {
    requireNonNull(hire, "hire");
    system = systemOf(system);
    requireNonNull(timing, "timing");
    requireNonNull(provenance, "provenance");
  }

  /** A wait that was, eventually, granted. */
  public AccessWait(PersonId hire, String system, Timing timing, Provenance provenance) {
    this(hire, system, timing, provenance, false);
  }

  /** The system a wait naming {@code system} (null or blank: none) waited for. */
  public static String systemOf(String system) {
    return system == null || system.isBlank() ? UNSPECIFIED : normaliseSystem(system);
  }

  /** The key a system name is compared by: trimmed and lower case. */
  public static String normaliseSystem(String system) {
    return system.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public Optional<Category> category() {
    return Optional.of(Category.ACCESS);
  }

  @Override
  public String type() {
    return "access_wait";
  }
}
