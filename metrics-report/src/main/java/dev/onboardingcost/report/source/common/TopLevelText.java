package dev.onboardingcost.report.source.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The text of one top-level key of a JSON line, found by Jackson's streaming parser, which checks
 * the whole line as strictly as reading its tree does but builds nothing.
 */
final class TopLevelText {
  /**
   * Lines longer than this go to the tree reader: its limits on the length of one string are then
   * out of reach, and such lines are no common records.
   */
  private static final int MAX_LINE = 1 << 20;

  private static final JsonFactory JSON = new JsonFactory();

  private TopLevelText() {}

  /**
   * The stripped text of the top-level string {@code key} of {@code line}, when the line is one
   * JSON object and nothing else, has the key once, and has none of {@code wrapperKeys}; empty for
   * any other line (broken, nested records, a number for the key), which the tree reader then reads
   * and explains.
   */
  static Optional<String> of(String line, String key, List<String> wrapperKeys) {
    if (line.length() > MAX_LINE) {
      return Optional.empty();
    }
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      String text = null;
      for (JsonToken token = parser.nextToken();
          token == JsonToken.FIELD_NAME;
          token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (wrapperKeys.contains(name)) {
          return Optional.empty();
        }
        if (name.equals(key)) {
          if (text != null || value != JsonToken.VALUE_STRING) {
            return Optional.empty();
          }
          text = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      if (text == null || parser.nextToken() != null) {
        return Optional.empty();
      }
      return Optional.of(text.strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
