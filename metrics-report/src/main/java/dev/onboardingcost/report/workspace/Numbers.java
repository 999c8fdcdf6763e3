package dev.onboardingcost.report.workspace;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Strict decimal numbers as people write them in exports: {@code 37.5}, {@code 2}, {@code .5}. No
 * exponents, no {@code NaN} or {@code Infinity}, at most 12 digits before the point and 12 after:
 * anything else is a mistake, not a duration.
 */
public final class Numbers {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d{1,12}(\\.\\d{0,12})?|\\.\\d{1,12})");

  private Numbers() {}

  /**
   * The number {@code text} (trimmed).
   *
   * @throws IllegalArgumentException with a message like {@code expected a number like 37.5, got
   *     '3O'}
   */
  public static BigDecimal parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (isPlain(trimmed)) {
      return new BigDecimal(trimmed);
    }
    if (!DECIMAL.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("expected a number like 37.5, got '" + text + "'");
    }
    return new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
  }

  /** The number {@code text}, which must not be negative. */
  public static BigDecimal parseNonNegative(String text) {
    BigDecimal value = parse(text);
    if (value.signum() < 0) {
      throw new IllegalArgumentException("must not be negative, got '" + text.strip() + "'");
    }
    return value;
  }

  /** True for 1 to 12 digits with an optional point and up to 12 more: the common case. */
  private static boolean isPlain(String text) {
    int n = text.length();
    int point = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.' && point < 0) {
        point = i;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    int whole = point < 0 ? n : point;
    int fraction = point < 0 ? 0 : n - point - 1;
    return whole >= 1 && whole <= 12 && fraction <= 12;
  }
}
