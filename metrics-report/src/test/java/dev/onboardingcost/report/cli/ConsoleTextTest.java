package dev.onboardingcost.report.cli;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConsoleTextTest {
  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("escape sequence", "a\u001b[2Jb", "a\\u001b[2Jb"),
        Arguments.of("forged line", "x\nonboarding-cost: ok", "x\\u000aonboarding-cost: ok"),
        Arguments.of("carriage return", "x\ry", "x\\u000dy"),
        Arguments.of("clipboard write", "\u001b]52;c;aGk=\u0007", "\\u001b]52;c;aGk=\\u0007"),
        Arguments.of("bidi override", "a\u202eb", "a\\u202eb"),
        Arguments.of("line separator", "a\u2028b", "a\\u2028b"),
        Arguments.of("C1 control", "a\u009bb", "a\\u009bb"),
        Arguments.of("lone surrogate", "a\ud800b", "a\\ud800b"),
        Arguments.of("plain text stays", "Zoë's wait: 3 h 😀", "Zoë's wait: 3 h 😀"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void shows_control_characters_escaped(String name, String text, String shown) {
    then(ConsoleText.inert(text)).isEqualTo(shown);
  }
}
