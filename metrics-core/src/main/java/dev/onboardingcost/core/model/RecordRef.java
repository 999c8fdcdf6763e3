package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a record was read: a file and a line number, or a JSON pointer when {@code line} is 0.
 *
 * <p>{@code toString()} gives {@code file:line} or {@code file#pointer}, the form every problem
 * report uses.
 */
public record RecordRef(String file, long line, String pointer) {
  /** A record made by the program itself (defaults such as the provisioning minutes). */
  public static final RecordRef DERIVED = new RecordRef("(derived)", 0, "");

  /** Checks the reference. */
  public RecordRef {
    requireNonNull(file, "file");
    requireNonNull(pointer, "pointer");
    if (line < 0) {
      throw new IllegalArgumentException("Line must not be negative, was " + line);
    }
  }

  /** Line {@code line} of {@code file}. */
  public static RecordRef line(String file, long line) {
    return new RecordRef(file, line, "");
  }

  @Override
  public String toString() {
    if (!pointer.isEmpty()) {
      return line > 0 ? file + ":" + line + "#" + pointer : file + "#" + pointer;
    }
    return line > 0 ? file + ":" + line : file;
  }
}
