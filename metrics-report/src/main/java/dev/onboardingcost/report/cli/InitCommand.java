package dev.onboardingcost.report.cli;

import dev.onboardingcost.report.init.WorkspaceTemplate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code init DIR}: writes a new workspace with commented settings and example rows. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Create a new workspace: a commented onboarding.yaml, people.csv and events.csv with an"
          + " example row, example plan.yaml and fixes.yaml, and the survey/ and logs/ folders.",
      "Refuses a folder that is not empty; nothing is ever overwritten."
    })
final class InitCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "The new workspace folder (absent or empty).")
  Path dir;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    WorkspaceTemplate.write(dir);
    if (!common.quiet) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("Created the workspace " + dir);
      out.println("Next: list your people in people.csv, set rates in onboarding.yaml, then run");
      out.println("  onboarding-cost survey-template --out first-week.xlsx " + dir);
      out.println("  onboarding-cost validate " + dir);
      out.println("  onboarding-cost report " + dir);
    }
    return 0;
  }
}
