package dev.onboardingcost.report.cli;

import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.quality.Problem;
import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate WORKSPACE}: reads everything, prints the data-quality report, writes nothing. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Read a workspace and print the data-quality report; writes nothing.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
  Path workspace;

  @Option(
      names = "--strict",
      description = "Exit with status 1 when any record was rejected or a file had a problem.")
  boolean strict;

  @Mixin CommonOptions common;

  @Mixin PrivacyOptions privacy;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var key = privacy.key();
    Workspace ws = Workspace.open(workspace);
    Analysis analysis;
    ProgressDisplay progress = ProgressDisplay.forWorkspace(workspace, !common.quiet);
    try {
      analysis = ws.analyse(EvidenceReaders.all());
    } finally {
      progress.close();
    }
    var pseudonymizer = PrivacyOptions.of(key, ws.people());
    if (pseudonymizer.isPresent()) {
      analysis = pseudonymizer.get().apply(analysis);
    }
    DataQuality quality = analysis.quality();
    PrintWriter out = spec.commandLine().getOut();
    if (!common.quiet) {
      out.printf(
          "%-14s %9s %9s %9s %9s %9s%n",
          "source", "read", "used", "ignored", "rejected", "outside");
      for (Map.Entry<String, SourceCounts> entry : quality.bySource().entrySet()) {
        print(out, entry.getKey(), entry.getValue());
      }
      print(out, "all", quality.total());
      quality
          .identityMisses()
          .forEach(
              (source, miss) ->
                  out.printf(
                      "%s: %d identities match no one in people.csv; most frequent: %s%n",
                      source, miss.count(), String.join(", ", miss.top())));
    }
    for (Problem problem : quality.fileProblems()) {
      out.println(problem);
    }
    for (Problem problem : quality.rejected()) {
      out.println(ConsoleText.inert(problem.toString()));
    }
    return strict && quality.failsStrict() ? OnboardingCostCli.EXIT_STRICT : 0;
  }

  private static void print(PrintWriter out, String source, SourceCounts counts) {
    out.printf(
        "%-14s %9d %9d %9d %9d %9d%n",
        source,
        counts.read(),
        counts.used(),
        counts.ignored(),
        counts.rejected(),
        counts.outsideWindow());
  }
}
