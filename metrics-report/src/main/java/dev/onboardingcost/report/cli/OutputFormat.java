package dev.onboardingcost.report.cli;

/** How a command prints its result. */
enum OutputFormat {
  /** Aligned columns for a terminal. */
  table,
  /** The same figures as summary.json's section. */
  json
}
