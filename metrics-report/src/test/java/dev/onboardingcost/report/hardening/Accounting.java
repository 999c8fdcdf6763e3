package dev.onboardingcost.report.hardening;

import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.quality.Problem;
import dev.onboardingcost.report.quality.SourceCounts;
import java.util.Map;

/**
 * Checks that a data-quality account adds up: each source's rejected, ignored and outside-window
 * counts equal the problems listed for it, so {@code read = used + ignored + rejected} holds with
 * nothing dropped silently.
 */
final class Accounting {
  private Accounting() {}

  /** Throws {@link AssertionError} when {@code quality} does not add up. */
  static void check(DataQuality quality) {
    long ignoredListed = 0;
    for (Map.Entry<String, SourceCounts> entry : quality.bySource().entrySet()) {
      String source = entry.getKey();
      SourceCounts counts = entry.getValue();
      long rejected = count(quality, source, Problem.Kind.REJECTED);
      long ignored = count(quality, source, Problem.Kind.IGNORED);
      long outside = count(quality, source, Problem.Kind.OUTSIDE_WINDOW);
      ignoredListed += ignored;
      require(counts.rejected() == rejected, source + ": rejected count != listed", counts);
      require(counts.outsideWindow() == outside, source + ": outside count != listed", counts);
      require(counts.ignored() >= ignored, source + ": ignored count < listed", counts);
      require(counts.used() >= counts.outsideWindow(), source + ": outside > used", counts);
      require(
          counts.read() == counts.used() + counts.ignored() + counts.rejected(),
          source + ": read != used + ignored + rejected",
          counts);
    }
    require(
        quality.total().ignored() == ignoredListed + quality.ignoredNotListed(),
        "ignored count != listed + not listed",
        quality.total());
    for (Problem problem : quality.problems()) {
      require(!problem.reason().isBlank(), "a problem without a reason", problem);
      require(!problem.ref().toString().isBlank(), "a problem without a place", problem);
    }
  }

  private static long count(DataQuality quality, String source, Problem.Kind kind) {
    return quality.problems().stream()
        .filter(p -> p.kind() == kind && p.source().equals(source))
        .count();
  }

  private static void require(boolean ok, String what, Object detail) {
    if (!ok) {
      throw new AssertionError(what + ": " + detail);
    }
  }
}
