package dev.onboardingcost.report.source.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Small, forgiving look-ups in a JSON record: text of a path, epoch times. */
public final class JsonFields {
  private JsonFields() {}

  /**
   * The text at {@code pointer} (e.g. {@code /outcome/result}), trimmed; empty when it is absent,
   * null or not a scalar.
   */
  public static String text(JsonNode record, String pointer) {
    JsonNode node = record.at(pointer);
    if (node.isMissingNode() || node.isNull() || !node.isValueNode()) {
      return "";
    }
    return node.asText().strip();
  }

  /**
   * An epoch time in milliseconds (a JSON number or digits in a string); empty when {@code text} is
   * not one.
   */
  public static Optional<Instant> epochMillis(JsonNode node) {
    if (node.isIntegralNumber()) {
      return Optional.of(Instant.ofEpochMilli(node.asLong()));
    }
    if (node.isTextual() && node.asText().strip().matches("\\d{1,15}")) {
      return Optional.of(Instant.ofEpochMilli(Long.parseLong(node.asText().strip())));
    }
    return Optional.empty();
  }

  /**
   * An epoch time in seconds with an optional fraction, as Slack's {@code ts} ({@code
   * 1736478630.905399}); empty when {@code text} is not one.
   */
  public static Optional<Instant> epochSeconds(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (!trimmed.matches("\\d{1,12}(\\.\\d{1,9})?")) {
      return Optional.empty();
    }
    BigDecimal seconds = new BigDecimal(trimmed);
    long whole = seconds.longValue();
    long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
    return Optional.of(Instant.ofEpochSecond(whole, nanos));
  }
}
