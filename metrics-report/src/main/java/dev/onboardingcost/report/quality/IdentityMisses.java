package dev.onboardingcost.report.quality;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The log identities of one source that looked like people but matched no one in people.csv: how
 * many distinct identities, and the {@link #TOP} most frequent (most records first, then by text),
 * so that a missing alias is found on the first run.
 */
public record IdentityMisses(long count, List<String> top) {
  /** How many identities {@link #top} lists at most. */
  public static final int TOP = 10;

  /** Copies the list. */
  public IdentityMisses {
    top = List.copyOf(top);
  }

  /** The misses of {@code seen}: records per identity. */
  static IdentityMisses of(Map<String, Long> seen) {
    List<String> top =
        seen.entrySet().stream()
            .sorted(
                Comparator.comparing(Map.Entry<String, Long>::getValue)
                    .reversed()
                    .thenComparing(Map.Entry::getKey))
            .limit(TOP)
            .map(Map.Entry::getKey)
            .toList();
    return new IdentityMisses(seen.size(), top);
  }
}
