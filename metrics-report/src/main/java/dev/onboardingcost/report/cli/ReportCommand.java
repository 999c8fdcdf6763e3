package dev.onboardingcost.report.cli;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.chart.ChartFiles;
import dev.onboardingcost.report.chart.NamedChart;
import dev.onboardingcost.report.chart.ReportCharts;
import dev.onboardingcost.report.excel.ChartImage;
import dev.onboardingcost.report.excel.WorkbookWriter;
import dev.onboardingcost.report.io.OutputStaging;
import dev.onboardingcost.report.pitch.PitchWriter;
import dev.onboardingcost.report.summary.SummaryWriter;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
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

  @Option(names = "--strict", description = "Exit with status 1 when any record was rejected.")
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
    Workspace ws = Workspace.open(workspace);
    // Only the workbook's Events sheet needs a cost line per event; everything else is the same
    // from running sums, in memory that does not grow with the events.
    Workspace.Detail detail =
        wanted.contains(ReportOutput.WORKBOOK)
            ? Workspace.Detail.PER_EVENT
            : Workspace.Detail.PER_HIRE;
    Path outDir = out != null ? out : workspace.resolve("out");
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
    long rejected = analysis.quality().total().rejected();
    return strict && rejected > 0 ? OnboardingCostCli.EXIT_STRICT : 0;
  }

  /**
   * Writes the outputs of {@code wanted} into {@code staging}, one after another. The charts come
   * before the workbook and the pitch: the workbook shows their PNGs and the pitch links to their
   * files.
   */
  private static void writeOutputs(
      OutputStaging staging, ReportResults results, Set<ReportOutput> wanted) throws IOException {
    if (wanted.contains(ReportOutput.SUMMARY)) {
      staging.write("summary.json", file -> SummaryWriter.write(results, file));
    }
    boolean workbook = wanted.contains(ReportOutput.WORKBOOK);
    boolean chartFiles = wanted.contains(ReportOutput.CHARTS);
    List<ChartImage> images = new ArrayList<>();
    List<String> chartNames = new ArrayList<>();
    if (workbook || chartFiles) {
      for (NamedChart chart : ReportCharts.of(results)) {
        byte[] png = ChartFiles.png(chart.chart());
        if (chartFiles) {
          String name = "charts/" + chart.name();
          staging.write(name + ".png", file -> ChartFiles.writePng(png, file));
          staging.write(name + ".svg", file -> ChartFiles.writeSvg(chart.chart(), file));
          chartNames.add(chart.name());
        }
        images.add(new ChartImage(chart.name(), png));
      }
    }
    if (workbook) {
      staging.write(
          WorkbookWriter.FILE_NAME, file -> WorkbookWriter.write(results, images, file, staging));
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
    out.println("Wrote " + String.join(", ", written) + " to " + outDir);
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
