package dev.onboardingcost.report.cli;

import dev.onboardingcost.report.workspace.Timestamps;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
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

  private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. report");
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    showLibraryLogs(List.of(args).contains("--debug"));
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

  /**
   * Lets the libraries' own error logs (POI prints a stack trace for a failed write) through only
   * with {@code --debug}; by default {@code simplelogger.properties} turns them off, and a level
   * set in {@code JAVA_OPTS} stays.
   */
  private static void showLibraryLogs(boolean debug) {
    if (debug && System.getProperty(LOG_LEVEL) == null) {
      System.setProperty(LOG_LEVEL, "warn");
    }
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
