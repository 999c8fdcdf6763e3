package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

/** Where a piece of evidence came from and what its author noted about it. */
public record Provenance(Source source, String note, RecordRef ref) {
  /** Checks the provenance; a null note is empty. */
  public Provenance {
    requireNonNull(source, "source");
    note = note == null ? "" : note;
    requireNonNull(ref, "ref");
  }

  /** Evidence from {@code source} read at {@code ref}, with no note. */
  public static Provenance of(Source source, RecordRef ref) {
    return new Provenance(source, "", ref);
  }
}
