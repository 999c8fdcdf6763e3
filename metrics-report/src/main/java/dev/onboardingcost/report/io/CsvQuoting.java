package dev.onboardingcost.report.io;

/**
 * RFC 4180 quoting followed one character at a time, as FastCSV reads it: a quote opens a quoted
 * field only at the start of a field, and a doubled quote inside one is a literal quote. Tells
 * whether a line ends inside a quoted field (the record then runs on to the next line).
 */
public final class CsvQuoting {
  /** At the start of a field. */
  public static final int FIELD_START = 0;

  /** Inside a field that did not start with a quote. */
  public static final int UNQUOTED = 1;

  /** Inside a quoted field. */
  public static final int QUOTED = 2;

  /** Just after a quote inside a quoted field (its end, or the first of a doubled quote). */
  public static final int QUOTE_IN_QUOTED = 3;

  private CsvQuoting() {}

  /** The state after {@code c} in {@code state}, fields separated by {@code delimiter}. */
  public static int next(int state, char c, char delimiter) {
    boolean end = c == delimiter || c == '\n' || c == '\r';
    switch (state) {
      case FIELD_START:
        return c == '"' ? QUOTED : end ? FIELD_START : UNQUOTED;
      case UNQUOTED:
        return end ? FIELD_START : UNQUOTED;
      case QUOTED:
        return c == '"' ? QUOTE_IN_QUOTED : QUOTED;
      default:
        return c == '"' ? QUOTED : end ? FIELD_START : UNQUOTED;
    }
  }
}
