package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.time.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Intervals of access waits kept as numbers (each end in {@link EpochNanos}: 16 bytes an interval
 * instead of a span and two instants), so that the waits of 20,000 hires take tens of megabytes,
 * not hundreds.
 */
final class WaitIntervals {
  private long[] bounds = new long[2];
  private int size;

  /** Adds {@code span}. */
  void add(Span span) {
    if (2 * size == bounds.length) {
      bounds = Arrays.copyOf(bounds, bounds.length * 2);
    }
    bounds[2 * size] = EpochNanos.of(span.start());
    bounds[2 * size + 1] = EpochNanos.of(span.end());
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
      spans.add(new Span(EpochNanos.instant(bounds[2 * i]), EpochNanos.instant(bounds[2 * i + 1])));
    }
    return spans;
  }

  /** Replaces the intervals with {@code spans}. */
  void replaceWith(List<Span> spans) {
    size = 0;
    spans.forEach(this::add);
  }
}
