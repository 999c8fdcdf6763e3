package dev.onboardingcost.report.source.common;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonLineTest {
  private final StrictJsonLine scanner = new StrictJsonLine("eventType", List.of("data"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "{\"eventType\":\"user.session.start\"}                      | user.session.start",
        "  {\"eventType\" : \" a.b \" , \"x\":[1,-2.5e3,true,null]}  | a.b",
        "{\"x\":{\"eventType\":\"nested\"},\"eventType\":\"top\"}     | top",
        "{\"x\":{\"eventType\":\"nested\"}}                          | NONE",
        "{\"eventType\":\"a\",\"eventType\":\"b\"}                   | NONE",
        "{\"eventType\":\"a\\u0062\"}                                | NONE",
        "{\"event\\u0054ype\":\"a\"}                                 | NONE",
        "{\"eventType\":5}                                          | NONE",
        "{\"eventType\":\"a\",\"data\":{}}                           | NONE",
        "{\"eventType\":\"a\"} x                                    | NONE",
        "{\"eventType\":\"a\",\"n\":01}                              | NONE",
        "{\"eventType\":\"a\",\"n\":1.}                              | NONE",
        "{\"eventType\":\"a\",}                                     | NONE",
        "{\"eventType\":\"a\",\"s\":\"\\x\"}                          | NONE",
        "[{\"eventType\":\"a\"}]                                    | NONE",
      })
  void answers_only_for_a_strict_object_with_one_plain_top_level_key(String line, String text) {
    // GIVEN a line followed by a line end and more text
    byte[] bytes = (line + "\n{\"eventType\":\"next\"}").getBytes(StandardCharsets.UTF_8);
    // WHEN
    String answer = scanner.keyText(bytes, 0, bytes.length);
    // THEN
    then(answer).isEqualTo(text);
    if (answer != null) {
      then(bytes[scanner.lineEnd()]).isEqualTo((byte) '\n');
    }
  }
}
