package dev.onboardingcost.report.excel;

import static java.util.Objects.requireNonNull;

/**
 * A chart rendered as PNG, to show on the {@code Summary} sheet.
 *
 * @param name the chart's file name without extension, e.g. {@code cost-per-hire}
 * @param png the PNG bytes
 */
public record ChartImage(String name, byte[] png) {
  /** Checks the image. */
  public ChartImage {
    requireNonNull(name, "name");
    requireNonNull(png, "png");
  }
}
