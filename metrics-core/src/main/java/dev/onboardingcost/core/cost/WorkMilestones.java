package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.time.Span;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The milestones that show a hire working inside the onboarding window, against which fully
 * blocking waits are checked (docs/method.md, contradictions). Each is kept as two numbers, its
 * instant in {@link EpochNanos} and its kind: 16 bytes, where a set of records took about 80.
 */
final class WorkMilestones {
  private static final MilestoneKind[] KINDS = MilestoneKind.values();

  private long[] entries = new long[2];
  private int size;

  /** Adds milestone {@code kind} reached at {@code at}. */
  void add(MilestoneKind kind, Instant at) {
    if (2 * size == entries.length) {
      entries = Arrays.copyOf(entries, entries.length * 2);
    }
    entries[2 * size] = EpochNanos.of(at);
    entries[2 * size + 1] = kind.ordinal();
    size++;
  }

  /** True when there are none. */
  boolean isEmpty() {
    return size == 0;
  }

  /** The kinds reached inside {@code span}: at or after its start and before its end. */
  Set<MilestoneKind> reachedIn(Span span) {
    long start = EpochNanos.of(span.start());
    long end = EpochNanos.of(span.end());
    Set<MilestoneKind> kinds = EnumSet.noneOf(MilestoneKind.class);
    for (int i = 0; i < size; i++) {
      long at = entries[2 * i];
      if (at >= start && at < end) {
        kinds.add(KINDS[(int) entries[2 * i + 1]]);
      }
    }
    return kinds;
  }
}
