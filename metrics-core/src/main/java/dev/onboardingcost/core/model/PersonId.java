package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;

/**
 * The identifier of a person in {@code people.csv}: non-blank, in Unicode NFC, compared exactly (so
 * two ids that differ only in normalisation, such as a composed and a decomposed {@code josé}, are
 * one id).
 */
public record PersonId(String value) implements Comparable<PersonId> {
  /** Checks the identifier, trims surrounding white space and normalises it to NFC. */
  public PersonId {
    requireNonNull(value, "value");
    value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("Person id must not be blank");
    }
  }

  /** The identifier {@code text}, trimmed. */
  public static PersonId of(String text) {
    return new PersonId(text);
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
