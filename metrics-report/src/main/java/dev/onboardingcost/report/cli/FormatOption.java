package dev.onboardingcost.report.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json}, for the commands whose output is a table. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table (default) or json.",
      defaultValue = "table")
  OutputFormat format;

  /** True when the figures should be printed as JSON (the keys of summary.json). */
  boolean json() {
    return format == OutputFormat.json;
  }
}
