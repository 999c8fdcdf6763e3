package dev.onboardingcost.core.model;

import java.util.function.IntBinaryOperator;

/**
 * The order of {@code size} items by a comparison of their indices, ties in index order: a
 * bottom-up merge sort of {@code int} indices.
 *
 * <p>For sorts that run thousands of times in a report. {@code Arrays.sort} of objects, or of boxed
 * indices with a comparator, runs one compiled sort shared by every caller in the JVM: a hire's
 * intervals, the statistics' values and the library's ranks took turns in it, and each change of
 * type or comparator threw the compiled code away (on 5M events the JIT compiled the comparable
 * sort seven times, about 2 s of a core; docs/benchmarks.md).
 */
public final class StableOrder {
  private StableOrder() {}

  /**
   * The indices {@code 0} to {@code size - 1} in the order {@code compare} gives (negative: the
   * first index comes first), equal ones in index order.
   */
  public static int[] of(int size, IntBinaryOperator compare) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    int[] merged = new int[size];
    // runs of 1, 2, 4, ... merged pairwise; long, so that no bound overflows near 2^31 items
    for (long width = 1; width < size; width *= 2) {
      for (long from = 0; from < size; from += 2 * width) {
        int middle = (int) Math.min(from + width, size);
        merge(order, (int) from, middle, (int) Math.min(from + 2 * width, size), merged, compare);
      }
      int[] swap = order;
      order = merged;
      merged = swap;
    }
    return order;
  }

  /**
   * Merges the sorted runs {@code order[from, middle)} and {@code order[middle, to)} into {@code
   * into[from, to)}, the first run's first on ties.
   */
  private static void merge(
      int[] order, int from, int middle, int to, int[] into, IntBinaryOperator compare) {
    int left = from;
    int right = middle;
    for (int at = from; at < to; at++) {
      boolean takeLeft =
          right == to || left < middle && compare.applyAsInt(order[left], order[right]) <= 0;
      into[at] = takeLeft ? order[left++] : order[right++];
    }
  }
}
