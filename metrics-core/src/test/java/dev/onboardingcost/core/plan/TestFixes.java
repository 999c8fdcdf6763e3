package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Fixes for tests. */
final class TestFixes {
  /** No target: the whole total. */
  static final FixTargets EVERYTHING = new FixTargets(Optional.empty(), Optional.empty());

  private TestFixes() {}

  /** A fix not yet live, with a one-off effort in hours and no recurring cost. */
  static Fix ofHours(String name, FixTargets targets, BigDecimal reduction, BigDecimal hours) {
    return new Fix(
        name,
        targets,
        reduction,
        Optional.of(hours),
        Optional.empty(),
        BigDecimal.ZERO,
        Optional.empty(),
        Optional.empty());
  }

  /** {@code fix} with a recurring effort of {@code hours} per quarter. */
  static Fix recurringHours(Fix fix, BigDecimal hours) {
    return copy(fix, requireNonNull(hours, "hours"), fix.liveFrom());
  }

  /** {@code fix}, live from {@code date}. */
  static Fix liveFrom(Fix fix, LocalDate date) {
    return copy(fix, fix.recurringHoursPerQuarter(), Optional.of(requireNonNull(date, "date")));
  }

  private static Fix copy(Fix fix, BigDecimal recurringHours, Optional<LocalDate> liveFrom) {
    return new Fix(
        fix.name(),
        fix.targets(),
        fix.reduction(),
        fix.oneOffHours(),
        fix.oneOffCost(),
        recurringHours,
        fix.recurringCostPerQuarter(),
        liveFrom);
  }
}
