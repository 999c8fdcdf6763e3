package dev.onboardingcost.report.workspace;

import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The text of short ASCII fields seen before, keyed by their bytes, with the person and number each
 * one names: a million event lines name the same 20,000 hires, six categories and a few notes, so
 * one lookup replaces a new string, a person lookup and a number parse per field. Bounded: past
 * {@link #MAX_ENTRIES} fields it stops remembering. One per thread.
 */
final class FieldCache {
  /** How many distinct fields are remembered. */
  static final int MAX_ENTRIES = 1 << 16;

  /** Fields longer than this are not remembered (free-text notes rarely repeat). */
  static final int MAX_LENGTH = 64;

  private Entry[] table = new Entry[1 << 12];
  private int size;

  /** One remembered field. */
  static final class Entry {
    final byte[] bytes;
    final int hash;
    final String text;
    Optional<Person> person;
    BigDecimal number;
    private Function<String, ?> parsedBy; // what made parsedValue (one at a time)
    private Object parsedValue;

    Entry(byte[] bytes, int hash, String text) {
      this.bytes = bytes;
      this.hash = hash;
      this.text = text;
    }

    /** The person this field names, looked up once. */
    Optional<Person> person(People people) {
      if (person == null) {
        person = people.byId(text);
      }
      return person;
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

    /** The field as a non-negative number, parsed once (errors are not remembered). */
    BigDecimal number() {
      if (number == null) {
        number = Numbers.parseNonNegative(text);
      }
      return number;
    }
  }

  /**
   * The entry for the ASCII bytes {@code [from, to)} of {@code line} (already stripped of white
   * space), or null when they are too long to remember or the cache is full.
   */
  Entry lookup(byte[] line, int from, int to) {
    int length = to - from;
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
    if (size >= MAX_ENTRIES) {
      return null;
    }
    byte[] bytes = Arrays.copyOfRange(line, from, to);
    Entry entry = new Entry(bytes, hash, new String(bytes, StandardCharsets.ISO_8859_1));
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
