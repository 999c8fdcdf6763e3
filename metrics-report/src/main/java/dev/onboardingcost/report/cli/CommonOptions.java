package dev.onboardingcost.report.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing but errors.")
  boolean quiet;
}
