package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

/** The identifier of a person in {@code people.csv}: non-blank, compared exactly. */
public record PersonId(String value) implements Comparable<PersonId> {
  /** Checks the identifier and trims surrounding white space. */
  public PersonId {
    requireNonNull(value, "value");
    value = value.strip();
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
