package dev.onboardingcost.core.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as {@code 2027-Q1} (January to March 2027). {@link #toString()} gives the
 * text that {@link #parse} reads.
 *
 * @param year the year, 1 to 9999
 * @param number the quarter of the year, 1 to 4
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

  /**
   * Checks the quarter.
   *
   * @throws IllegalArgumentException when the year is outside 1..9999 or the number outside 1..4
   */
  public Quarter {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("quarter year must be 1..9999, was " + year);
    }
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("quarter number must be 1..4, was " + number);
    }
  }

  /**
   * The quarter written as {@code 2027-Q1}, ignoring surrounding white space and the case of {@code
   * Q}.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static Quarter parse(String text) {
    requireNonNull(text, "text");
    Matcher matcher = TEXT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("expected a quarter like 2027-Q1, got '" + text + "'");
    }
    return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** The quarter that contains {@code date}. */
  public static Quarter of(LocalDate date) {
    requireNonNull(date, "date");
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /** The first day of the quarter (1 January, 1 April, 1 July or 1 October). */
  public LocalDate firstDay() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  /** The last day of the quarter, included. */
  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(number, other.number);
  }

  /** The quarter as {@code 2027-Q1}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%04d-Q%d", year, number);
  }
}
