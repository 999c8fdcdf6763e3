package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {
  @ParameterizedTest(name = "keeps {0} as it is")
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1+2",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
        "=cmd|' /C calc'!A0"
      })
  void keeps_formula_like_text_unchanged_and_names_the_risk(String text) {
    // GIVEN text a spreadsheet would run as a formula if typed in
    // WHEN / THEN it is kept (the workbook writes it as a string cell)
    then(SafeText.of(text)).isEqualTo(text);
  }

  @Test
  void removes_characters_xml_does_not_allow() {
    // GIVEN control characters, a lone surrogate and U+FFFE among valid text
    String text = "a\u0000b\u0001c\u0008d\u000Be\u001Ff\uFFFEg\uD800h\tI\nJ\rK";
    // WHEN / THEN tab, line feed and carriage return stay; the rest goes
    then(SafeText.of(text)).isEqualTo("abcdefgh\tI\nJ\rK");
  }

  @Test
  void keeps_characters_outside_the_basic_plane() {
    then(SafeText.of("grin \uD83D\uDE00 ok")).isEqualTo("grin \uD83D\uDE00 ok");
  }

  @Test
  void cuts_text_over_the_cell_limit_with_a_marker() {
    // GIVEN text longer than a cell holds
    String text = "x".repeat(40_000);
    // WHEN
    String safe = SafeText.of(text);
    // THEN
    then(safe).hasSize(SafeText.MAX_CELL_CHARS).endsWith(SafeText.CUT_MARKER);
    then(SafeText.of("y".repeat(SafeText.MAX_CELL_CHARS))).hasSize(SafeText.MAX_CELL_CHARS);
  }

  @Test
  void never_splits_a_surrogate_pair_when_cutting() {
    // GIVEN a pair straddling the cut
    int keep = SafeText.MAX_CELL_CHARS - SafeText.CUT_MARKER.length();
    String text = "x".repeat(keep - 1) + "\uD83D\uDE00" + "y".repeat(100);
    // WHEN
    String safe = SafeText.of(text);
    // THEN
    then(safe).isEqualTo("x".repeat(keep - 1) + SafeText.CUT_MARKER);
  }

  @Test
  void null_is_empty() {
    then(SafeText.of(null)).isEmpty();
  }
}
