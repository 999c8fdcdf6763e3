package dev.onboardingcost.report.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes in a byte array eight at a time (one {@code long} read, bit tricks instead of a
 * comparison per byte): the line ends of a block, the end of a JSON string's plain run, a given
 * byte. Each returns the first match, exactly as a byte-by-byte loop would.
 */
public final class ByteScan {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LF = 0x0A0A0A0A0A0A0A0AL;
  private static final long CR = 0x0D0D0D0D0D0D0D0DL;
  private static final long QUOTE = 0x2222222222222222L;
  private static final long BACKSLASH = 0x5C5C5C5C5C5C5C5CL;
  private static final long SPACES = 0x2020202020202020L;

  private ByteScan() {}

  /** The index of the first {@code \n} or {@code \r} in {@code bytes[from, to)}, or {@code to}. */
  public static int lineEnd(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i);
      long hits = (zeroBytes(word ^ LF) | zeroBytes(word ^ CR)) & HIGHS;
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        return i;
      }
    }
    return to;
  }

  /** The index of the first {@code b} in {@code bytes[from, to)}, or {@code to}. */
  public static int indexOf(byte[] bytes, int from, int to, byte b) {
    long pattern = (b & 0xFFL) * ONES;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long hits = zeroBytes((long) LONGS.get(bytes, i) ^ pattern) & HIGHS;
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return to;
  }

  /**
   * The index of the first byte in {@code bytes[from, to)} that ends a plain run inside a JSON
   * string: a quote, a backslash or an ASCII control character (below 0x20); or {@code to}.
   */
  public static int stringSpecial(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) LONGS.get(bytes, i);
      long hits =
          (zeroBytes(word ^ QUOTE) | zeroBytes(word ^ BACKSLASH) | ((word - SPACES) & ~word))
              & HIGHS;
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    for (; i < to; i++) {
      byte c = bytes[i];
      if (c == '"' || c == '\\' || (c >= 0 && c < 0x20)) {
        return i;
      }
    }
    return to;
  }

  /**
   * The eight bytes {@code bytes[at, at + 8)} as marks: the high bit of each byte that is {@code b}
   * (an ASCII byte), a quote or not ASCII is set, and a few others may be set just above a match (a
   * borrow): callers look at each marked byte, so that what they find is exact. A line's fields are
   * split with one read per eight bytes, and a look only at the bytes marked.
   */
  public static long delimiterMarks(byte[] bytes, int at, byte b) {
    long word = (long) LONGS.get(bytes, at);
    return (zeroBytes(word ^ ((b & 0xFFL) * ONES)) | zeroBytes(word ^ QUOTE) | word) & HIGHS;
  }

  /**
   * High bit set in each zero byte of {@code word}, exact up to the lowest zero byte (a borrow may
   * mark bytes above it, never below): so the lowest mark is the first zero byte.
   */
  private static long zeroBytes(long word) {
    return (word - ONES) & ~word;
  }
}
