package dev.onboardingcost.report.quality;

/**
 * Record counts of one source. {@code read = used + ignored + rejected}; {@code outsideWindow} is
 * part of {@code used}.
 */
public record SourceCounts(long used, long ignored, long rejected, long outsideWindow) {
  /** No records. */
  public static final SourceCounts ZERO = new SourceCounts(0, 0, 0, 0);

  /** Every record read. */
  public long read() {
    return used + ignored + rejected;
  }

  /** These counts plus {@code other}'s. */
  public SourceCounts plus(SourceCounts other) {
    return new SourceCounts(
        used + other.used,
        ignored + other.ignored,
        rejected + other.rejected,
        outsideWindow + other.outsideWindow);
  }
}
