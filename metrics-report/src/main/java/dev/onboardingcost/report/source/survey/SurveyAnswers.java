package dev.onboardingcost.report.source.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one survey answer: a number, or a range {@code a-b} read as its midpoint (the README's
 * workspace section).
 */
final class SurveyAnswers {
  private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?|\\.\\d{1,6}");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{1,9}(?:\\.\\d{1,6})?)\\s*(?:-|–|to)\\s*(\\d{1,9}(?:\\.\\d{1,6})?)");

  private SurveyAnswers() {}

  /**
   * The value of {@code answer}: empty for a blank answer.
   *
   * @throws IllegalArgumentException for anything but a non-negative number or a range
   */
  static Optional<BigDecimal> parse(String answer) {
    String text = answer == null ? "" : answer.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    text = text.replace(',', '.');
    if (NUMBER.matcher(text).matches()) {
      return Optional.of(new BigDecimal(text));
    }
    Matcher range = RANGE.matcher(text);
    if (range.matches()) {
      BigDecimal low = new BigDecimal(range.group(1));
      BigDecimal high = new BigDecimal(range.group(2));
      if (high.compareTo(low) < 0) {
        throw new IllegalArgumentException(
            "expected a range low-high like 2-4, got '" + answer.strip() + "'");
      }
      return Optional.of(
          low.add(high)
              .divide(BigDecimal.valueOf(2), 7, RoundingMode.UNNECESSARY)
              .stripTrailingZeros());
    }
    throw new IllegalArgumentException(
        "expected a number like 1.5 or a range like 2-4, got '" + answer.strip() + "'");
  }
}
