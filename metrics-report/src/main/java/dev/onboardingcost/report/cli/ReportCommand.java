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
import dev.onboardingcost.report.summary.SummaryJson;
import dev.onboardingcost.report.summary.SummaryWriter;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--strict", description = "Exit with status 1 when any record was rejected.")
  boolean strict;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Workspace ws = Workspace.open(workspace);
    Analysis analysis = ws.analyse(EvidenceReaders.all());
    ReportResults results = ReportResults.of(analysis);
    Path outDir = out != null ? out : workspace.resolve("out");
    try (OutputStaging staging = OutputStaging.create(outDir)) {
      SummaryJson.write(SummaryWriter.summaryOf(results), staging.file("summary.json"));
      writeReport(staging, results);
      staging.commit();
    }
    if (!common.quiet) {
      printHeadline(spec.commandLine().getOut(), results, outDir);
    }
    long rejected = analysis.quality().total().rejected();
    return strict && rejected > 0 ? OnboardingCostCli.EXIT_STRICT : 0;
  }

  /** Writes the charts, the workbook (which shows the charts) and the pitch into the staging. */
  private static void writeReport(OutputStaging staging, ReportResults results) throws IOException {
    List<NamedChart> charts = ReportCharts.of(results);
    List<ChartImage> images = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (NamedChart chart : charts) {
      byte[] png = ChartFiles.png(chart.chart());
      ChartFiles.writePng(png, staging.file("charts/" + chart.name() + ".png"));
      ChartFiles.writeSvg(chart.chart(), staging.file("charts/" + chart.name() + ".svg"));
      images.add(new ChartImage(chart.name(), png));
      names.add(chart.name());
    }
    WorkbookWriter.write(results, images, staging.file(WorkbookWriter.FILE_NAME));
    PitchWriter.write(results, names, staging.file(PitchWriter.FILE_NAME));
  }

  private static void printHeadline(PrintWriter out, ReportResults results, Path outDir) {
    CostReport costs = results.analysis().costs();
    out.println(
        "Wrote "
            + outDir.resolve("summary.json")
            + ", "
            + WorkbookWriter.FILE_NAME
            + ", "
            + PitchWriter.FILE_NAME
            + " and charts/");
    int hires = costs.hires().size();
    String currency = costs.currency().getCurrencyCode();
    out.printf(
        "%d hires, onboarding cost %s %s in all%n",
        hires, currency, Rounding.money(costs.totalCost(), costs.currency()).toPlainString());
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
