package dev.onboardingcost.report.source.common;

import dev.onboardingcost.core.model.People;
import java.util.Map;
import java.util.Optional;

/** Look-ups in the {@code sources:} mappings, ignoring case and surrounding white space. */
public final class Mappings {
  private Mappings() {}

  /** The system {@code name} maps to in {@code mapping}, if any. */
  public static Optional<String> systemOf(Map<String, String> mapping, String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String direct = mapping.get(name);
    if (direct != null) {
      return Optional.of(direct);
    }
    String wanted = People.fold(name);
    for (Map.Entry<String, String> entry : mapping.entrySet()) {
      if (People.fold(entry.getKey()).equals(wanted)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }
}
