package dev.onboardingcost.report.workspace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The text of short ASCII fields seen before, keyed by their bytes, with what each one was parsed
 * into (a hire, a helper, a number): a million event lines name the same 20,000 hires, six
 * categories and a few notes, so one lookup replaces a new string, a person lookup and a number
 * parse per field. Bounded: past {@link #MAX_ENTRIES} fields it stops remembering. One per thread.
 */
final class FieldCache {
  /** How many distinct fields are remembered. */
  static final int MAX_ENTRIES = 1 << 16;

  /** Fields longer than this are not remembered (free-text notes rarely repeat). */
  static final int MAX_LENGTH = 64;

  private Entry[] table = new Entry[1 << 12];
  private int size;

  /**
   * Fields up to this long are compared as two numbers ({@link #packedLow}, {@link #packedHigh}).
   */
  static final int PACKED_LENGTH = 15;

  /** One remembered field. */
  static final class Entry {
    final byte[] bytes;
    final int hash;
    final long low; // packed fields: bytes 0 to 7
    final long high; // packed fields: bytes 8 to 14 and (length + 1) in the top byte; else 0
    final String text;

    /**
     * What the reader attached to this text, such as the engine's sums of the hire it names (so
     * that it finds them once per distinct text); like the entry, seen by one thread only.
     */
    Object attached;

    private Function<String, ?> parsedBy; // what made parsedValue (one at a time)
    private Object parsedValue;

    Entry(byte[] bytes, int hash, long low, long high, String text) {
      this.bytes = bytes;
      this.hash = hash;
      this.low = low;
      this.high = high;
      this.text = text;
    }

    /**
     * The field read by {@code parse}, a function of the text alone, remembered for the last
     * function asked (errors are not remembered).
     */
    @SuppressWarnings("unchecked")
    <T> T parsed(Function<String, T> parse) {
      if (parsedBy != parse) {
        parsedValue = parse.apply(text);
        parsedBy = parse;
      }
      return (T) parsedValue;
    }
  }

  /**
   * The entry for the ASCII bytes {@code [from, to)} of {@code line} (already stripped of white
   * space), or null when they are too long to remember or the cache is full.
   */
  Entry lookup(byte[] line, int from, int to) {
    int length = to - from;
    if (length <= PACKED_LENGTH) {
      return lookupPacked(line, from, to);
    }
    if (length > MAX_LENGTH) {
      return null;
    }
    int hash = 1;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + line[i];
    }
    int mask = table.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      Entry entry = table[slot];
      if (entry == null) {
        break;
      }
      if (entry.hash == hash
          && entry.bytes.length == length
          && Arrays.equals(entry.bytes, 0, length, line, from, to)) {
        return entry;
      }
    }
    return remember(line, from, to, hash, 0, 0);
  }

  /**
   * {@link #lookup} of a short field, whose bytes and length are two numbers: one comparison each
   * finds it, with no look at a remembered array (most fields: ids, categories, minutes).
   */
  private Entry lookupPacked(byte[] line, int from, int to) {
    long low = packedLow(line, from, to);
    long high = packedHigh(line, from, to);
    long h = (low ^ Long.rotateLeft(high, 29)) * 0x9E3779B97F4A7C15L;
    int hash = (int) (h ^ (h >>> 32));
    int mask = table.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      Entry entry = table[slot];
      if (entry == null) {
        break;
      }
      if (entry.high == high && entry.low == low) {
        return entry;
      }
    }
    return remember(line, from, to, hash, low, high);
  }

  /**
   * Eight bytes of a byte array as one little-endian number, read in one load wherever they start
   * (the packing of a field is then a load and a mask instead of a loop over its bytes).
   */
  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Bytes 0 to 7 of {@code line[from, to)} (at most {@link #PACKED_LENGTH}), little-endian. */
  static long packedLow(byte[] line, int from, int to) {
    int count = Math.min(to - from, 8);
    if (from + 8 <= line.length) {
      return (long) EIGHT_BYTES.get(line, from) & lowBytes(count);
    }
    return packedLoop(line, from, from + count);
  }

  /** Bytes 8 to 14 of {@code line[from, to)}, little-endian, with the length + 1 above them. */
  static long packedHigh(byte[] line, int from, int to) {
    int count = to - from - 8;
    long high = 0;
    if (count > 0) {
      high =
          from + 16 <= line.length
              ? (long) EIGHT_BYTES.get(line, from + 8) & lowBytes(count)
              : packedLoop(line, from + 8, to);
    }
    return high | (long) (to - from + 1) << 56;
  }

  /** A mask of the {@code count} (0 to 8) low bytes of a number. */
  private static long lowBytes(int count) {
    return count == 8 ? -1L : (1L << (count << 3)) - 1;
  }

  /** The bytes {@code line[from, to)} (at most 8) as a little-endian number, one by one. */
  static long packedLoop(byte[] line, int from, int to) {
    long packed = 0;
    for (int i = to - 1; i >= from; i--) {
      packed = packed << 8 | (line[i] & 0xff);
    }
    return packed;
  }

  private Entry remember(byte[] line, int from, int to, int hash, long low, long high) {
    if (size >= MAX_ENTRIES) {
      return null;
    }
    byte[] bytes = Arrays.copyOfRange(line, from, to);
    Entry entry = new Entry(bytes, hash, low, high, new String(bytes, StandardCharsets.ISO_8859_1));
    insert(entry);
    return entry;
  }

  private void insert(Entry entry) {
    if (++size * 2 > table.length) {
      Entry[] old = table;
      table = new Entry[old.length * 2];
      for (Entry e : old) {
        if (e != null) {
          place(e);
        }
      }
    }
    place(entry);
  }

  private void place(Entry entry) {
    int mask = table.length - 1;
    int slot = mix(entry.hash) & mask;
    while (table[slot] != null) {
      slot = (slot + 1) & mask;
    }
    table[slot] = entry;
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
