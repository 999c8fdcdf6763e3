package dev.onboardingcost.report.workspace;

import dev.onboardingcost.report.io.ByteScan;
import java.util.Arrays;

/**
 * The lines of one block of {@code events.csv}, put into {@link #GROUPS} groups by the bytes of
 * their hire field, so that {@link CanonicalCsvBlockParser#parseGroupedByHire} can read them group
 * by group: where each line lies, and then a copy of the lines in group order.
 *
 * <p>A group is a hash of the field's bytes as they stand (white space included): any grouping
 * gives the same records, a good one keeps a hire's lines together. Lines from the first one with a
 * quote on are in no group: a quoted field may hold the delimiter, and may make the line unreadable
 * on its own, so those lines are read in order after the groups.
 */
final class HireGroups {
  /**
   * How many groups: a block of 4 MB has about 50,000 lines, and with 20,000 hires a group's hires'
   * cached fields and running sums (about 80 hires, some 100 KB) stay in a core's cache while the
   * group is read. With 256 groups, reading 5 M rows took 6-17% less CPU than in file order; with
   * 64, 0-10% less (docs/decisions.md, "Lines read hire group by hire group").
   */
  static final int GROUPS = 256;

  private static final byte QUOTE = '"';

  private final byte delimiter;
  private final int hireColumn;
  private int[] starts = new int[1024];
  private int[] ends = new int[1024];
  private int[] indices = new int[1024];
  private short[] groups = new short[1024];
  private int size;
  private int firstQuoted = -1;
  private int[] groupedStarts = new int[0];
  private int[] groupedEnds = new int[0];
  private int[] groupedIndices = new int[0];
  private final int[] lineAt = new int[GROUPS + 1];
  private final int[] byteAt = new int[GROUPS + 1];

  /** Groups for lines whose fields are split by {@code delimiter}, the hire in {@code column}. */
  HireGroups(char delimiter, int hireColumn) {
    this.delimiter = (byte) delimiter;
    this.hireColumn = hireColumn;
  }

  /**
   * Forgets the lines added, keeping the arrays: one per reading thread serves block after block
   * (new arrays for each 4 MB block were about 250 MB of garbage for 5M events).
   */
  void clear() {
    size = 0;
    firstQuoted = -1;
  }

  /** Adds the line {@code bytes[start, end)}, line {@code index} of its block. */
  void add(byte[] bytes, int start, int end, int index) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      indices = Arrays.copyOf(indices, size * 2);
      groups = Arrays.copyOf(groups, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    indices[size] = index;
    if (firstQuoted < 0) {
      groups[size] = groupOf(bytes, start, end);
      if (groups[size] < 0) {
        firstQuoted = size;
      }
    }
    size++;
  }

  /** The group of a line by its hire field; -1 when it has a quote. */
  private short groupOf(byte[] bytes, int start, int end) {
    if (ByteScan.indexOf(bytes, start, end, QUOTE) < end) {
      return -1;
    }
    int hash = 0;
    if (hireColumn >= 0) {
      int from = start;
      for (int column = 0; column < hireColumn && from < end; column++) {
        from = ByteScan.indexOf(bytes, from, end, delimiter) + 1;
      }
      int to = from < end ? ByteScan.indexOf(bytes, from, end, delimiter) : from;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + bytes[i];
      }
    }
    hash *= 0x9E3779B9;
    return (short) ((hash ^ (hash >>> 16)) & (GROUPS - 1));
  }

  /** How many lines were added. */
  int size() {
    return size;
  }

  /** The first line (by position added) in no group: the first with a quote, or {@link #size}. */
  int firstQuoted() {
    return firstQuoted < 0 ? size : firstQuoted;
  }

  /**
   * Copies the lines before {@link #firstQuoted} out of {@code bytes} into {@code into} (at least
   * as long as they are together), group by group, each group's in the order added, so that they
   * are read from memory in the order they are read: jumping about a 4 MB block line by line
   * fetched each line from memory, as the hires' sums had been. Afterwards {@link #groupedStart},
   * {@link #groupedEnd} and {@link #groupedIndex} of {@code k} tell the {@code k}-th line of that
   * order.
   *
   * @return how many lines were copied
   */
  int regroup(byte[] bytes, byte[] into) {
    int count = firstQuoted();
    Arrays.fill(lineAt, 0);
    Arrays.fill(byteAt, 0);
    for (int i = 0; i < count; i++) {
      lineAt[groups[i] + 1]++;
      byteAt[groups[i] + 1] += ends[i] - starts[i];
    }
    for (int g = 0; g < GROUPS; g++) {
      lineAt[g + 1] += lineAt[g];
      byteAt[g + 1] += byteAt[g];
    }
    if (groupedStarts.length < count) {
      groupedStarts = new int[count];
      groupedEnds = new int[count];
      groupedIndices = new int[count];
    }
    for (int i = 0; i < count; i++) {
      int group = groups[i];
      int k = lineAt[group]++;
      int length = ends[i] - starts[i];
      int at = byteAt[group];
      System.arraycopy(bytes, starts[i], into, at, length);
      byteAt[group] = at + length;
      groupedStarts[k] = at;
      groupedEnds[k] = at + length;
      groupedIndices[k] = indices[i];
    }
    return count;
  }

  /** Where the {@code k}-th line of {@link #regroup}'s order starts in its copy. */
  int groupedStart(int k) {
    return groupedStarts[k];
  }

  /** Where the {@code k}-th line of {@link #regroup}'s order ends in its copy. */
  int groupedEnd(int k) {
    return groupedEnds[k];
  }

  /** The {@code k}-th line of {@link #regroup}'s order's number in its block, from 0. */
  int groupedIndex(int k) {
    return groupedIndices[k];
  }

  /** Where line {@code i} (by position added) starts in the block's bytes. */
  int start(int i) {
    return starts[i];
  }

  /** Where line {@code i} ends. */
  int end(int i) {
    return ends[i];
  }

  /** Line {@code i}'s number in its block, from 0. */
  int index(int i) {
    return indices[i];
  }
}
