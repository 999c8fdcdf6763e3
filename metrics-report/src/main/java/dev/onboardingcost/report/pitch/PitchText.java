package dev.onboardingcost.report.pitch;

/** Text from the inputs (names of people, systems, fixes) made inert for the pitch's Markdown. */
final class PitchText {
  private PitchText() {}

  /** Input text as plain Markdown text: one line, Markdown's special characters escaped. */
  static String inert(String text) {
    String oneLine = text.replaceAll("[\\r\\n\\t]+", " ").strip();
    return oneLine.replaceAll("([\\\\`*_{}\\[\\]()#+!|<>-])", "\\\\$1");
  }
}
