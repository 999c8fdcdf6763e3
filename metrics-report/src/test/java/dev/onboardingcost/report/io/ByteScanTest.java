package dev.onboardingcost.report.io;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteScanTest {
  @Test
  void finds_the_same_first_byte_as_a_byte_by_byte_loop() {
    // GIVEN random arrays of every byte value, sparse in the bytes searched for
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextInt(8) == 0 ? random.nextInt(256) : 'a' + random.nextInt(26));
        if (random.nextInt(30) == 0) {
          bytes[i] = (byte) "\n\r\"\\\u0000\u001f \u007f,\u00ff".charAt(random.nextInt(10));
        }
      }
      int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      int to = from + random.nextInt(bytes.length - from + 1);
      // WHEN / THEN
      then(ByteScan.lineEnd(bytes, from, to)).isEqualTo(slowLineEnd(bytes, from, to));
      then(ByteScan.stringSpecial(bytes, from, to)).isEqualTo(slowStringSpecial(bytes, from, to));
      byte wanted = (byte) "\n\"\u0000\u00ff,a".charAt(random.nextInt(6));
      then(ByteScan.indexOf(bytes, from, to, wanted))
          .isEqualTo(slowIndexOf(bytes, from, to, wanted));
    }
  }

  @Test
  void marks_every_delimiter_quote_and_non_ascii_byte_and_nothing_below_the_first_mark() {
    // GIVEN random eight-byte runs, dense in delimiters, quotes, bytes one off them and high bytes
    Random random = new Random(12);
    String likely = ",;\t\"-+:<#!\u0000\u0001\u007f\u0080\u00ff";
    for (int round = 0; round < 50_000; round++) {
      byte[] bytes = new byte[8 + random.nextInt(4)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] =
            (byte)
                (random.nextBoolean()
                    ? likely.charAt(random.nextInt(likely.length()))
                    : random.nextInt(256));
      }
      int at = random.nextInt(bytes.length - 7);
      byte delimiter = (byte) ",;\t|".charAt(random.nextInt(4));
      // WHEN
      long marks = ByteScan.delimiterMarks(bytes, at, delimiter);
      // THEN each byte that is the delimiter, a quote or not ASCII is marked, and a mark on any
      // other byte lies above the first such byte (callers look at each marked byte)
      int first = -1;
      for (int k = 0; k < 8; k++) {
        byte b = bytes[at + k];
        boolean match = b == delimiter || b == '"' || b < 0;
        boolean marked = (marks >>> (8 * k) & 0xFF) == 0x80;
        if (match) {
          then(marked).as("byte %d of %s", k, java.util.Arrays.toString(bytes)).isTrue();
          first = first < 0 ? k : first;
        } else if (marked) {
          then(first).as("a stray mark below the first match").isGreaterThanOrEqualTo(0);
        }
      }
      then(marks & ~0x8080808080808080L).isZero();
    }
  }

  private static int slowIndexOf(byte[] bytes, int from, int to, byte wanted) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return to;
  }

  private static int slowLineEnd(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        return i;
      }
    }
    return to;
  }

  private static int slowStringSpecial(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = bytes[i] & 0xFF;
      if (c == '"' || c == '\\' || c < 0x20) {
        return i;
      }
    }
    return to;
  }
}
