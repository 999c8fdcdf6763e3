package dev.onboardingcost.report.source.common;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopLevelTextTest {
  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"eventType\":\"user.session.start\"}|user.session.start",
        "{\"a\":{\"eventType\":\"x\"},\"eventType\":\" user.session.start \"}|user.session.start",
        "{\"target\":[{\"type\":\"User\"}],\"n\":1.5,\"eventType\":\"t\"}  |t",
        "{\"event\\u0054ype\":\"t\"}|t", // Jackson reads the escape in the name
      })
  void finds_the_text_of_the_top_level_key(String line, String text) {
    then(TopLevelText.of(line, "eventType", List.of("data"))).contains(text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"eventType\":\"t\",\"x\":01}", // a leading zero: Jackson refuses the line
        "{\"eventType\":\"t\",\"x\":[1,}", // broken after the key
        "{\"eventType\":\"t\"} {}", // a second value on the line
        "{\"eventType\":\"a\",\"eventType\":\"b\"}", // the tree keeps the last: it decides
        "{\"eventType\":5}",
        "{\"data\":{\"events\":[]},\"eventType\":\"t\"}", // a wrapper of records
        "{\"other\":\"t\"}",
        "[{\"eventType\":\"t\"}]",
        "not json",
      })
  void gives_no_answer_for_any_other_line(String line) {
    then(TopLevelText.of(line, "eventType", List.of("data"))).isEmpty();
  }
}
