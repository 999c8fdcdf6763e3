package dev.onboardingcost.report.cli;

import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.chart.ChartFiles;
import dev.onboardingcost.report.chart.NamedChart;
import dev.onboardingcost.report.chart.ReportCharts;
import dev.onboardingcost.report.excel.ChartImage;
import dev.onboardingcost.report.excel.WorkbookWriter;
import dev.onboardingcost.report.io.OutputStaging;
import dev.onboardingcost.report.pitch.PitchWriter;
import dev.onboardingcost.report.summary.SummaryWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Writes the outputs {@code report} was asked for into the staging folder on two threads: a second
 * thread renders the charts (PNG and SVG files, and the PNGs the workbook shows) while this one
 * writes {@code summary.json} and the workbook's sheets; the workbook then waits for the chart
 * images and the pitch for the chart names. Every file has the bytes a one-thread run gives: no
 * output depends on another's timing, and the charts are drawn in one fixed order on one thread.
 */
final class ConcurrentReportWriter {
  private final OutputStaging staging;
  private final ReportResults results;
  private final Set<ReportOutput> wanted;

  private ConcurrentReportWriter(
      OutputStaging staging, ReportResults results, Set<ReportOutput> wanted) {
    this.staging = staging;
    this.results = results;
    this.wanted = wanted;
  }

  /** Writes every output of {@code wanted} for {@code results} into {@code staging}. */
  static void write(OutputStaging staging, ReportResults results, Set<ReportOutput> wanted)
      throws IOException {
    new ConcurrentReportWriter(staging, results, wanted).write();
  }

  private void write() throws IOException {
    boolean needsCharts =
        wanted.contains(ReportOutput.WORKBOOK)
            || wanted.contains(ReportOutput.CHARTS)
            || wanted.contains(ReportOutput.PITCH);
    ExecutorService chartThread =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "onboarding-cost-charts");
              thread.setDaemon(true);
              return thread;
            });
    CompletableFuture<RenderedCharts> charts =
        needsCharts
            ? CompletableFuture.supplyAsync(this::renderCharts, chartThread)
            : CompletableFuture.completedFuture(new RenderedCharts(List.of(), List.of()));
    try {
      if (wanted.contains(ReportOutput.SUMMARY)) {
        SummaryWriter.write(results, staging.file("summary.json"));
      }
      if (wanted.contains(ReportOutput.WORKBOOK)) {
        WorkbookWriter.write(
            results, () -> join(charts).images(), staging.file(WorkbookWriter.FILE_NAME));
      }
      if (wanted.contains(ReportOutput.PITCH)) {
        PitchWriter.write(results, join(charts).names(), staging.file(PitchWriter.FILE_NAME));
      }
      join(charts);
    } finally {
      // The staging folder may be removed next: no chart file may be written after this returns.
      chartThread.shutdown();
      awaitQuietly(chartThread);
    }
  }

  /**
   * Draws every chart as PNG (for the chart files and the workbook) and, with the chart files, as
   * SVG, writing the files as it goes.
   */
  private RenderedCharts renderCharts() {
    boolean files = wanted.contains(ReportOutput.CHARTS);
    boolean images = files || wanted.contains(ReportOutput.WORKBOOK);
    List<ChartImage> pngs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (!images) {
      return new RenderedCharts(pngs, names);
    }
    try {
      for (NamedChart chart : ReportCharts.of(results)) {
        byte[] png = ChartFiles.png(chart.chart());
        if (files) {
          ChartFiles.writePng(png, staging.file("charts/" + chart.name() + ".png"));
          ChartFiles.writeSvg(chart.chart(), staging.file("charts/" + chart.name() + ".svg"));
          names.add(chart.name());
        }
        pngs.add(new ChartImage(chart.name(), png));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderedCharts(pngs, names);
  }

  /** The result of {@code future}, with the failure of the chart thread as it was thrown there. */
  private static RenderedCharts join(CompletableFuture<RenderedCharts> future) throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException unchecked) {
        throw unchecked.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static void awaitQuietly(ExecutorService executor) {
    boolean interrupted = false;
    while (true) {
      try {
        if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The charts drawn for a report.
   *
   * @param images the PNG of every chart, in the order the workbook shows them
   * @param names the names of the chart files written (none without the chart files)
   */
  private record RenderedCharts(List<ChartImage> images, List<String> names) {}
}
