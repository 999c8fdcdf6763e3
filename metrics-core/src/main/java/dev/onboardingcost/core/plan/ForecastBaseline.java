package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.HireCost;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which observed hires the forecast draws from (docs/method.md): those starting on or after the
 * plan's {@code baseline_from}; without it, on or after the latest {@code live_from} of the fixes
 * when at least {@value #MIN_HIRES_SINCE_FIX} hires follow it; else every hire given.
 *
 * @param from the first start date of the baseline, empty when it is every hire
 * @param hires how many hires the baseline holds
 * @param why the rule that chose it, in words fit for a report
 */
public record ForecastBaseline(Optional<LocalDate> from, int hires, String why) {
  /**
   * The fewest hires after the latest fix's {@code live_from} that make it the baseline's start.
   */
  public static final int MIN_HIRES_SINCE_FIX = 8;

  /** Checks the figures. */
  public ForecastBaseline {
    requireNonNull(from, "from");
    requireNonNull(why, "why");
    if (hires < 0) {
      throw new IllegalArgumentException("hires must not be negative, was " + hires);
    }
  }

  /**
   * The baseline of {@code hires} and the hires it holds, in the given order.
   *
   * @param hires the hires the statistics use, in start-date order
   * @param baselineFrom the plan's {@code baseline_from}
   * @param latestLiveFrom the latest {@code live_from} of the fixes
   */
  public static Chosen choose(
      List<HireCost> hires, Optional<LocalDate> baselineFrom, Optional<LocalDate> latestLiveFrom) {
    requireNonNull(hires, "hires");
    requireNonNull(baselineFrom, "baselineFrom");
    requireNonNull(latestLiveFrom, "latestLiveFrom");
    if (baselineFrom.isPresent()) {
      List<HireCost> since = startingOnOrAfter(hires, baselineFrom.get());
      return new Chosen(
          new ForecastBaseline(
              baselineFrom,
              since.size(),
              "hires starting on or after " + baselineFrom.get() + " (plan.yaml baseline_from)"),
          since);
    }
    if (latestLiveFrom.isPresent()) {
      List<HireCost> since = startingOnOrAfter(hires, latestLiveFrom.get());
      if (since.size() >= MIN_HIRES_SINCE_FIX) {
        return new Chosen(
            new ForecastBaseline(
                latestLiveFrom,
                since.size(),
                "hires starting on or after "
                    + latestLiveFrom.get()
                    + ", when the latest fix went live"),
            since);
      }
      return new Chosen(
          new ForecastBaseline(
              Optional.empty(),
              hires.size(),
              "all hires: only "
                  + since.size()
                  + " started since the latest fix went live on "
                  + latestLiveFrom.get()
                  + ", "
                  + MIN_HIRES_SINCE_FIX
                  + " needed"),
          List.copyOf(hires));
    }
    return new Chosen(
        new ForecastBaseline(Optional.empty(), hires.size(), "all hires"), List.copyOf(hires));
  }

  private static List<HireCost> startingOnOrAfter(List<HireCost> hires, LocalDate from) {
    List<HireCost> since = new ArrayList<>();
    for (HireCost hire : hires) {
      if (!hire.hire().startDate().orElseThrow().isBefore(from)) {
        since.add(hire);
      }
    }
    return List.copyOf(since);
  }

  /**
   * A baseline and its hires.
   *
   * @param baseline the rule and count
   * @param hires the hires in it, in the order given
   */
  public record Chosen(ForecastBaseline baseline, List<HireCost> hires) {
    /** Checks and copies. */
    public Chosen {
      requireNonNull(baseline, "baseline");
      hires = List.copyOf(hires);
    }
  }
}
