package dev.onboardingcost.report.excel;

import dev.onboardingcost.report.io.XmlCharacters;

/**
 * Makes input text safe to put in a workbook cell (docs/reliability.md).
 *
 * <p>The text is kept as it is, including a leading {@code =}, {@code +}, {@code -}, {@code @}, tab
 * or carriage return: the workbook writes it as a string cell, which no spreadsheet program
 * evaluates, so nothing needs to be prefixed. What cannot be kept is removed or cut: characters XML
 * 1.0 does not allow (most control characters, lone surrogates, U+FFFE and U+FFFF) would make the
 * file unreadable, and a cell holds at most {@value #MAX_CELL_CHARS} characters.
 */
public final class SafeText {
  /** The most characters a cell holds (Excel's limit, enforced by POI). */
  public static final int MAX_CELL_CHARS = 32_767;

  /** Appended to text that was cut to fit in a cell. */
  public static final String CUT_MARKER = "… [cut]";

  private SafeText() {}

  /**
   * {@code text} without XML-invalid characters, cut to {@value #MAX_CELL_CHARS} characters with
   * {@link #CUT_MARKER} at the end when longer; null is the empty string.
   */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String clean = withoutInvalidXml(text);
    if (clean.length() <= MAX_CELL_CHARS) {
      return clean;
    }
    int keep = MAX_CELL_CHARS - CUT_MARKER.length();
    if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
      keep--; // never split a surrogate pair
    }
    return clean.substring(0, keep) + CUT_MARKER;
  }

  private static String withoutInvalidXml(String text) {
    StringBuilder out = null;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      int width = Character.charCount(codePoint);
      boolean valid = XmlCharacters.isAllowed(codePoint) && !isLoneSurrogate(text, i, codePoint);
      if (!valid && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (valid && out != null) {
        out.appendCodePoint(codePoint);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isLoneSurrogate(String text, int index, int codePoint) {
    return codePoint <= 0xFFFF && Character.isSurrogate(text.charAt(index));
  }
}
