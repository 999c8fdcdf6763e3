package dev.onboardingcost.report.workspace;

import java.time.Instant;
import java.util.function.Function;

/**
 * The fields of one canonical event record, by column. {@link CanonicalEventParser} asks for text
 * and parsed fields through this; a reader of many records may answer from a cache, which must give
 * what the defaults give.
 */
@FunctionalInterface
public interface CanonicalFields {
  /** The field's text with surrounding white space stripped; empty when absent or blank. */
  String text(CanonicalColumn column);

  /** True when the field is absent or blank: {@link #text} is empty. */
  default boolean isEmpty(CanonicalColumn column) {
    String text = text(column);
    return text == null || text.isEmpty();
  }

  /**
   * The field's text read by {@code parse}, which depends on nothing but the text (a reader may
   * remember what it gave for each distinct text); the field is not empty.
   *
   * @throws IllegalArgumentException when {@code parse} refuses the text (never remembered)
   */
  default <T> T parsed(CanonicalColumn column, Function<String, T> parse) {
    return parse.apply(text(column));
  }

  /**
   * The field as a timestamp read by {@code timestamps}; the field is not empty.
   *
   * @throws IllegalArgumentException when it is not one, saying why
   */
  default Instant instant(CanonicalColumn column, Timestamps timestamps) {
    return timestamps.parse(text(column));
  }
}
