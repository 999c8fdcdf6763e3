package dev.onboardingcost.report.cli;

import dev.onboardingcost.report.workspace.Timestamps;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code onboarding-cost} command line. Exit status: 0 success, 1 a {@code --strict} run found
 * rejected records (or a {@code collect} source failed), 2 a usage, settings or input error (one
 * line on standard error; the stack trace only with {@code --debug}).
 */
@Command(
    name = "onboarding-cost",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "What bringing a new engineer in really costs, from surveys and system logs.",
    subcommands = {
      ReportCommand.class,
      ValidateCommand.class,
      CompareCommand.class,
      ForecastCommand.class,
      InitCommand.class,
      SurveyTemplateCommand.class,
      CollectCommand.class,
      CommandLine.HelpCommand.class
    })
public final class OnboardingCostCli implements Runnable {
  /** Exit status of a {@code --strict} run that found rejected records. */
  public static final int EXIT_STRICT = 1;

  /** Exit status of a usage, settings or input error. */
  public static final int EXIT_ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. report");
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    int status;
    try {
      status = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    } catch (OutOfMemoryError e) {
      // Nothing half-written is left: outputs are staged, and the staging folder is removed.
      System.err.println(
          "onboarding-cost: out of memory; give the JVM more heap (e.g. JAVA_OPTS=-Xmx2g) or ask"
              + " for fewer outputs (--outputs summary)");
      status = EXIT_ERROR;
    }
    System.exit(status);
  }

  /** Runs the command line with these streams and returns the exit status. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new OnboardingCostCli());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler(new ErrorHandler());
    // --before, --since: a date outside the years the readers accept is a typing mistake
    line.registerConverter(LocalDate.class, Timestamps::parseDate);
    line.setParameterExceptionHandler(
        (ex, arguments) -> {
          err.println("onboarding-cost: " + ConsoleText.inert(ex.getMessage()));
          err.println("Try 'onboarding-cost --help'.");
          return EXIT_ERROR;
        });
    int status = line.execute(args);
    out.flush();
    err.flush();
    return status;
  }
}
