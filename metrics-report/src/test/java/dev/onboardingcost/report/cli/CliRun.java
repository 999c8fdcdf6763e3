package dev.onboardingcost.report.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with captured output, for tests. */
public record CliRun(int status, String out, String err) {
  /** Runs the command line with {@code args}. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        OnboardingCostCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(status, out.toString(), err.toString());
  }
}
