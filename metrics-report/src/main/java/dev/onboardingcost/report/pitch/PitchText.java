package dev.onboardingcost.report.pitch;

/** Text from the inputs (names of people, systems, fixes) made inert for the pitch's Markdown. */
final class PitchText {
  private PitchText() {}

  /**
   * Input text as inert Markdown text, the one escaping every input-derived string of the pitch
   * goes through: one line (line breaks of any kind become a space), control and
   * bidirectional-override characters dropped, {@code & < >} written as HTML character references
   * so that no tag or autolink forms, and Markdown's punctuation backslash-escaped so that no
   * heading, emphasis, link or image forms.
   */
  static String inert(String text) {
    StringBuilder shown = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\r' || c == '\n' || c == '\t' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                shown.append(' ');
              } else if (Character.getType(c) == Character.CONTROL || isBidiControl(c)) {
                return;
              } else if (c == '&') {
                shown.append("&amp;");
              } else if (c == '<') {
                shown.append("&lt;");
              } else if (c == '>') {
                shown.append("&gt;");
              } else if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                shown.append('\\').append((char) c);
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.toString().replaceAll(" {2,}", " ").strip();
  }

  private static final String MARKDOWN_PUNCTUATION = "\\`*_{}[]()#+-!|~";

  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F;
  }
}
