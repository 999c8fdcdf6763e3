package dev.onboardingcost.report.cli;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.chart.ChartFiles;
import dev.onboardingcost.report.chart.NamedChart;
import dev.onboardingcost.report.chart.ReportCharts;
import dev.onboardingcost.report.excel.WorkbookWriter;
import dev.onboardingcost.report.io.OutputStaging;
import dev.onboardingcost.report.pitch.PitchWriter;
import dev.onboardingcost.report.summary.SummaryWriter;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report WORKSPACE [--out DIR]}: reads the workspace and writes every output. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Read a workspace and write onboarding-cost.xlsx, charts/, summary.json and pitch.md to"
            + " --out.")
final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
  Path workspace;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder (default WORKSPACE/out).")
  Path out;

  @Option(
      names = "--outputs",
      paramLabel = "LIST",
      defaultValue = "summary,workbook,charts,pitch",
      description =
          "Outputs to write, comma separated: summary, workbook, charts, pitch (default all)."
              + " Without the workbook, costs are summed as they stream in (no per-event lines).")
  String outputs;

  @Option(
      names = "--strict",
      description = "Exit with status 1 when any record was rejected or a file had a problem.")
  boolean strict;

  @Mixin CommonOptions common;

  @Mixin PrivacyOptions privacy;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Set<ReportOutput> wanted;
    try {
      wanted = ReportOutput.parseList(outputs);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--outputs: " + e.getMessage());
    }
    var key = privacy.key();
    Path outDir = outputFolder(workspace, out);
    Workspace ws = Workspace.open(workspace);
    // Only the workbook's Events sheet needs a cost line per event; everything else is the same
    // from running sums, in memory that does not grow with the events.
    Workspace.Detail detail =
        wanted.contains(ReportOutput.WORKBOOK)
            ? Workspace.Detail.PER_EVENT
            : Workspace.Detail.PER_HIRE;
    ReportResults results;
    Analysis analysis;
    // Staged from the start: an --out this user may not write stops the run before the analysis.
    try (OutputStaging staging = OutputStaging.forReport(outDir)) {
      ProgressDisplay progress = ProgressDisplay.forWorkspace(workspace, !common.quiet);
      try {
        analysis = ws.analyse(EvidenceReaders.all(), detail);
      } finally {
        progress.close();
      }
      // Identities are replaced here, once, before any writer sees the results.
      var pseudonymizer = PrivacyOptions.of(key, ws.people());
      if (pseudonymizer.isPresent()) {
        analysis = pseudonymizer.get().apply(analysis);
      }
      results = ReportResults.of(analysis);
      writeOutputs(staging, results, wanted);
      staging.commit();
    }
    if (!common.quiet) {
      printHeadline(spec.commandLine().getOut(), results, outDir, wanted);
    }
    return strict && analysis.quality().failsStrict() ? OnboardingCostCli.EXIT_STRICT : 0;
  }

  /**
   * The folder the outputs go to: {@code out}, or {@code workspace/out} when not given. It must be
   * named (an empty {@code --out ''} would be the current folder) and must not be the workspace
   * itself, whose files are inputs.
   *
   * @throws ConfigException naming what is wrong
   */
  static Path outputFolder(Path workspace, Path out) throws IOException {
    if (out == null) {
      return workspace.resolve("out");
    }
    if (out.toString().isBlank()) {
      throw new ConfigException("--out: empty; name the folder for the outputs, e.g. --out report");
    }
    if (sameFolder(workspace, out)) {
      throw new ConfigException(
          "--out: "
              + out
              + " is the workspace itself; give a folder of its own, e.g. --out "
              + workspace.resolve("out"));
    }
    return out;
  }

  private static boolean sameFolder(Path a, Path b) throws IOException {
    if (Files.exists(a) && Files.exists(b)) {
      return Files.isSameFile(a, b);
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /**
   * Writes the outputs of {@code wanted} into {@code staging}, one after another. The chart files
   * come before the pitch, which links to them; the workbook draws its own native charts.
   */
  private static void writeOutputs(
      OutputStaging staging, ReportResults results, Set<ReportOutput> wanted) throws IOException {
    if (wanted.contains(ReportOutput.SUMMARY)) {
      staging.write("summary.json", file -> SummaryWriter.write(results, file));
    }
    List<String> chartNames = new ArrayList<>();
    if (wanted.contains(ReportOutput.CHARTS)) {
      for (NamedChart chart : ReportCharts.of(results)) {
        String name = "charts/" + chart.name();
        byte[] png = ChartFiles.png(chart.chart());
        staging.write(name + ".png", file -> ChartFiles.writePng(png, file));
        staging.write(name + ".svg", file -> ChartFiles.writeSvg(chart.chart(), file));
        chartNames.add(chart.name());
      }
    }
    if (wanted.contains(ReportOutput.WORKBOOK)) {
      staging.write(WorkbookWriter.FILE_NAME, file -> WorkbookWriter.write(results, file, staging));
    }
    if (wanted.contains(ReportOutput.PITCH)) {
      staging.write(PitchWriter.FILE_NAME, file -> PitchWriter.write(results, chartNames, file));
    }
  }

  private static void printHeadline(
      PrintWriter out, ReportResults results, Path outDir, Set<ReportOutput> wanted) {
    CostReport costs = results.analysis().costs();
    List<String> written = new ArrayList<>();
    for (ReportOutput output : wanted) {
      written.add(output.fileName());
    }
    out.println(
        "Wrote " + String.join(", ", written) + " to " + ConsoleText.inert(outDir.toString()));
    int hires = costs.hires().size();
    String currency = costs.currency().getCurrencyCode();
    out.printf(
        "%d %s, onboarding cost %s %s in all: hires' own blocked time %s %s, colleagues' time"
            + " %s %s%n",
        hires,
        hires == 1 ? "hire" : "hires",
        currency,
        Rounding.money(costs.totalCost(), costs.currency()).toPlainString(),
        currency,
        Rounding.money(costs.hireCost(), costs.currency()).toPlainString(),
        currency,
        Rounding.money(costs.colleagueCost(), costs.currency()).toPlainString());
    results
        .totals()
        .mean()
        .ifPresent(
            mean ->
                out.printf(
                    "mean per hire %s %s%n",
                    currency, Rounding.money(mean, costs.currency()).toPlainString()));
    var quality = results.analysis().quality().total();
    out.printf(
        "records: %d read, %d used, %d ignored, %d rejected, %d outside the window%n",
        quality.read(),
        quality.used(),
        quality.ignored(),
        quality.rejected(),
        quality.outsideWindow());
  }
}
