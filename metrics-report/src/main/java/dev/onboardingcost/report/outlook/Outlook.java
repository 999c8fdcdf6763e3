package dev.onboardingcost.report.outlook;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The figures that look beyond single hires: the trend over successive hires, the forecast of
 * plan.yaml and the fixes of fixes.yaml. Each is empty when it was not computed in this run (no
 * plan.yaml, no fixes.yaml, or too few hires); the workbook, the charts and the pitch then say so.
 *
 * <p>This is the seam where the statistics of SPEC sections 7 and 8 enter the outputs.
 */
public record Outlook(
    Optional<TrendFit> trend,
    Optional<List<QuarterForecast>> forecast,
    Optional<List<FixPayback>> fixes) {
  /** Nothing computed. */
  public static final Outlook NONE =
      new Outlook(Optional.empty(), Optional.empty(), Optional.empty());

  /** Checks and copies the parts. */
  public Outlook {
    requireNonNull(trend, "trend");
    forecast = requireNonNull(forecast, "forecast").map(List::copyOf);
    fixes = requireNonNull(fixes, "fixes").map(List::copyOf);
  }
}
