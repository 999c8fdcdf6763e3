package dev.onboardingcost.report.cli;

import java.util.HexFormat;

/**
 * Makes text from the inputs inert on a terminal (docs/reliability.md): control and format
 * characters are shown as a backslash escape (ESC as {@code \\u001b}), so no value can move the
 * cursor, clear the screen, forge a line (a quoted newline), reorder what is shown (bidirectional
 * overrides) or write to the clipboard (OSC 52). Every line the commands print that holds
 * input-derived text goes through {@link #inert}.
 */
public final class ConsoleText {
  private ConsoleText() {}

  /** {@code text} with every control, format and line-separator character escaped. */
  public static String inert(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (needsEscape(c)) {
        for (int k = i; k < i + width; k++) {
          shown.append("\\u").append(HexFormat.of().toHexDigits(text.charAt(k)));
        }
      } else {
        shown.appendCodePoint(c);
      }
      i += width;
    }
    return shown.toString();
  }

  private static boolean needsEscape(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE;
  }
}
