package dev.onboardingcost.report.chart;

import static java.util.Objects.requireNonNull;

import org.jfree.chart.JFreeChart;

/**
 * A chart and the file name it is written under, without extension (e.g. {@code cost-per-hire}).
 */
public record NamedChart(String name, JFreeChart chart) {
  /** Checks the chart. */
  public NamedChart {
    requireNonNull(name, "name");
    requireNonNull(chart, "chart");
  }
}
