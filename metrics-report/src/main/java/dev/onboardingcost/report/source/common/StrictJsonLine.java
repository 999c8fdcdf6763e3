package dev.onboardingcost.report.source.common;

import dev.onboardingcost.report.io.ByteScan;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Checks, byte by byte and without building anything, that a line of UTF-8 is one JSON object as
 * strict as Jackson's defaults read it (RFC 8259: no comments, no single quotes, no leading zeros,
 * no control characters in strings, nothing but blanks after it), and returns the text of one
 * top-level key. It answers only when it is sure: anything unusual (the key missing, repeated, not
 * a plain ASCII string or written with escapes, a top-level key that would make the line a wrapper,
 * nesting deeper than 64, very long numbers or names) gets no answer, and the caller gives the line
 * to Jackson. So a line it answers for is one Jackson reads as an object whose {@code /key} has
 * that text, and a line Jackson rejects never gets an answer.
 *
 * <p>Not thread-safe: one per worker.
 */
final class StrictJsonLine {
  private static final int MAX_DEPTH = 64;
  private static final int MAX_NUMBER = 100;
  private static final int MAX_NAME = 1000;
  private static final int MAX_LINE = 1 << 24;
  private static final int REMEMBERED_TEXTS = 64;

  private final byte[] key;
  private final byte[][] wrapperKeys;
  private byte[] bytes;
  private int end;
  private boolean escaped;
  private int found;
  private int valueStart;
  private int valueEnd;
  private int lineEnd;
  private final byte[][] rawTexts = new byte[REMEMBERED_TEXTS][];
  private final String[] texts = new String[REMEMBERED_TEXTS];
  private int remembered;

  /**
   * Reads the top-level {@code key}; a line with a top-level key in {@code wrapperKeys} gets no
   * answer.
   */
  StrictJsonLine(String key, List<String> wrapperKeys) {
    this.key = key.getBytes(StandardCharsets.UTF_8);
    this.wrapperKeys =
        wrapperKeys.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
  }

  /**
   * The text of the top-level key in the line at {@code bytes[from]} (which ends at the first
   * {@code \n} or {@code \r} before {@code to}), stripped of blanks, or null when the line is not
   * surely such an object (see the class comment). After an answer, {@link #lineEnd()} is where the
   * line ends.
   */
  String keyText(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.end = to;
    this.found = 0;
    int p = blanks(from);
    if (p >= end || bytes[p] != '{') {
      return null;
    }
    p = object(p, 1, true);
    if (p < 0) {
      return null;
    }
    p = blanks(p);
    if ((p < end && bytes[p] != '\n' && bytes[p] != '\r') || found != 1 || p - from > MAX_LINE) {
      return null;
    }
    lineEnd = p;
    for (int i = valueStart; i < valueEnd; i++) {
      if (bytes[i] < 0x20 || bytes[i] > 0x7E) {
        return null;
      }
    }
    return text(valueStart, valueEnd);
  }

  /**
   * The stripped text of the printable ASCII {@code bytes[from, to)}: one of the texts remembered,
   * when these bytes made it before (a log's millions of lines have a few dozen event types).
   */
  private String text(int from, int to) {
    int length = to - from;
    for (int i = 0; i < remembered; i++) {
      byte[] raw = rawTexts[i];
      if (raw.length == length && Arrays.equals(raw, 0, length, bytes, from, to)) {
        return texts[i];
      }
    }
    String text = new String(bytes, from, length, StandardCharsets.ISO_8859_1).strip();
    if (remembered < REMEMBERED_TEXTS) {
      rawTexts[remembered] = Arrays.copyOfRange(bytes, from, to);
      texts[remembered++] = text;
    }
    return text;
  }

  /** Where the line of the last answer ends: its {@code \n} or {@code \r}, or {@code to}. */
  int lineEnd() {
    return lineEnd;
  }

  private int blanks(int p) {
    while (p < end && (bytes[p] == ' ' || bytes[p] == '\t')) {
      p++;
    }
    return p;
  }

  /** {@code p} is at '{'; returns the index after the matching '}', or -1. */
  private int object(int p, int depth, boolean top) {
    if (depth > MAX_DEPTH) {
      return -1;
    }
    p = blanks(p + 1);
    if (p < end && bytes[p] == '}') {
      return p + 1;
    }
    while (p < end && bytes[p] == '"') {
      int nameStart = p + 1;
      p = string(p);
      if (p < 0 || p - 1 - nameStart > MAX_NAME) {
        return -1;
      }
      boolean isKey = false;
      if (top) {
        if (escaped || isWrapperKey(nameStart, p - 1)) {
          return -1;
        }
        isKey = same(key, nameStart, p - 1);
      }
      p = blanks(p);
      if (p >= end || bytes[p] != ':') {
        return -1;
      }
      p = blanks(p + 1);
      if (isKey) {
        if (p >= end || bytes[p] != '"') {
          return -1;
        }
        found++;
        valueStart = p + 1;
        p = string(p);
        if (p < 0 || escaped) {
          return -1;
        }
        valueEnd = p - 1;
      } else {
        p = value(p, depth);
      }
      if (p < 0) {
        return -1;
      }
      p = blanks(p);
      if (p < end && bytes[p] == '}') {
        return p + 1;
      }
      if (p >= end || bytes[p] != ',') {
        return -1;
      }
      p = blanks(p + 1);
    }
    return -1;
  }

  /** {@code p} is at '['; returns the index after the matching ']', or -1. */
  private int array(int p, int depth) {
    if (depth > MAX_DEPTH) {
      return -1;
    }
    p = blanks(p + 1);
    if (p < end && bytes[p] == ']') {
      return p + 1;
    }
    while (true) {
      p = value(p, depth);
      if (p < 0) {
        return -1;
      }
      p = blanks(p);
      if (p < end && bytes[p] == ']') {
        return p + 1;
      }
      if (p >= end || bytes[p] != ',') {
        return -1;
      }
      p = blanks(p + 1);
    }
  }

  /** A value at {@code p} inside a container at {@code depth}; the index after it, or -1. */
  private int value(int p, int depth) {
    if (p >= end) {
      return -1;
    }
    switch (bytes[p]) {
      case '"':
        return string(p);
      case '{':
        return object(p, depth + 1, false);
      case '[':
        return array(p, depth + 1);
      case 't':
        return literal(p, "true");
      case 'f':
        return literal(p, "false");
      case 'n':
        return literal(p, "null");
      default:
        return number(p);
    }
  }

  /** {@code p} is at '"'; returns the index after the closing quote, or -1. Sets escaped. */
  private int string(int p) {
    escaped = false;
    p++;
    while ((p = ByteScan.stringSpecial(bytes, p, end)) < end) {
      byte c = bytes[p];
      if (c == '"') {
        return p + 1;
      }
      if (c == '\\') {
        escaped = true;
        p = escape(p + 1);
        if (p < 0) {
          return -1;
        }
      } else {
        return -1; // a control character
      }
    }
    return -1;
  }

  /** {@code p} is just after a backslash; returns the index after the escape, or -1. */
  private int escape(int p) {
    if (p >= end) {
      return -1;
    }
    switch (bytes[p]) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return p + 1;
      case 'u':
        for (int i = p + 1; i <= p + 4; i++) {
          if (i >= end || Character.digit(bytes[i], 16) < 0) {
            return -1;
          }
        }
        return p + 5;
      default:
        return -1;
    }
  }

  private int literal(int p, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (p + i >= end || bytes[p + i] != word.charAt(i)) {
        return -1;
      }
    }
    return p + word.length();
  }

  /** A JSON number at {@code p}: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private int number(int p) {
    int start = p;
    if (p < end && bytes[p] == '-') {
      p++;
    }
    if (p < end && bytes[p] == '0') {
      p++;
    } else if (isDigit(p)) {
      p = digits(p);
    } else {
      return -1;
    }
    if (p < end && bytes[p] == '.') {
      if (!isDigit(p + 1)) {
        return -1;
      }
      p = digits(p + 1);
    }
    if (p < end && (bytes[p] == 'e' || bytes[p] == 'E')) {
      p++;
      if (p < end && (bytes[p] == '+' || bytes[p] == '-')) {
        p++;
      }
      if (!isDigit(p)) {
        return -1;
      }
      p = digits(p);
    }
    return p - start > MAX_NUMBER ? -1 : p;
  }

  private boolean isDigit(int p) {
    return p < end && bytes[p] >= '0' && bytes[p] <= '9';
  }

  private int digits(int p) {
    while (isDigit(p)) {
      p++;
    }
    return p;
  }

  private boolean isWrapperKey(int from, int to) {
    for (byte[] wrapper : wrapperKeys) {
      if (same(wrapper, from, to)) {
        return true;
      }
    }
    return false;
  }

  private boolean same(byte[] name, int from, int to) {
    return to - from == name.length
        && (from == to || bytes[from] == name[0])
        && Arrays.equals(name, 0, name.length, bytes, from, to);
  }
}
