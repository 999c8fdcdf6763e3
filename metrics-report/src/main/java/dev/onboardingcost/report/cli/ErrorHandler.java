package dev.onboardingcost.report.cli;

import dev.onboardingcost.report.io.IoFailures;
import dev.onboardingcost.report.io.OutputWriteException;
import dev.onboardingcost.report.workspace.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Turns an error into one line on standard error and exit status 2; the stack trace is printed only
 * with {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    boolean debug =
        parseResult.subcommand() != null
            ? parseResult.subcommand().hasMatchedOption("--debug")
            : parseResult.hasMatchedOption("--debug");
    if (debug) {
      ex.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().println("onboarding-cost: " + ConsoleText.inert(messageOf(ex)));
    return OnboardingCostCli.EXIT_ERROR;
  }

  static String messageOf(Throwable ex) {
    if (ex instanceof ConfigException) {
      // the project's own message: whole, a value's line breaks shown escaped by the caller
      return String.valueOf(ex.getMessage());
    }
    if (ex instanceof OutputWriteException) {
      return oneLine(ex.getMessage());
    }
    if (ex instanceof UncheckedIOException && ex.getCause() != null) {
      return "cannot read input: " + oneLine(ex.getMessage());
    }
    Optional<IOException> io = IoFailures.ioCause(ex);
    if (io.isPresent()) {
      String file =
          io.get() instanceof FileSystemException fs && fs.getFile() != null
              ? fs.getFile()
              : "a file";
      return "cannot read or write " + file + ": " + IoFailures.reason(io.get());
    }
    return "unexpected error ("
        + ex.getClass().getSimpleName()
        + "): "
        + oneLine(ex.getMessage())
        + " (run with --debug for details)";
  }

  private static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
