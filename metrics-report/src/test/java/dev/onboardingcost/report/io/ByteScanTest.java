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
