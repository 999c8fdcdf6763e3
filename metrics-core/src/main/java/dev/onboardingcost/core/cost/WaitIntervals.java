package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.time.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Intervals of access waits kept as numbers (the epoch second and nanosecond of each end: 32 bytes
 * an interval instead of a span and two instants), so that the waits of 20,000 hires take tens of
 * megabytes, not hundreds.
 */
final class WaitIntervals {
  private static final int WIDTH = 4;

  private long[] bounds = new long[WIDTH];
  private int size;

  /** Adds {@code span}. */
  void add(Span span) {
    if (size * WIDTH == bounds.length) {
      bounds = Arrays.copyOf(bounds, bounds.length * 2);
    }
    int at = size * WIDTH;
    bounds[at] = span.start().getEpochSecond();
    bounds[at + 1] = span.start().getNano();
    bounds[at + 2] = span.end().getEpochSecond();
    bounds[at + 3] = span.end().getNano();
    size++;
  }

  /** How many intervals there are. */
  int size() {
    return size;
  }

  /** The intervals, in the order added. */
  List<Span> spans() {
    List<Span> spans = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int at = i * WIDTH;
      spans.add(
          new Span(
              Instant.ofEpochSecond(bounds[at], bounds[at + 1]),
              Instant.ofEpochSecond(bounds[at + 2], bounds[at + 3])));
    }
    return spans;
  }

  /** Replaces the intervals with {@code spans}. */
  void replaceWith(List<Span> spans) {
    size = 0;
    spans.forEach(this::add);
  }
}
