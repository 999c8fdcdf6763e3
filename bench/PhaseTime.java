import dev.onboardingcost.core.cost.CostEngine;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.summary.SummaryWriter;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.CanonicalEventsReader;
import dev.onboardingcost.report.workspace.EventIntake;
import dev.onboardingcost.report.workspace.ReadContext;
import dev.onboardingcost.report.workspace.Workspace;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The phases of {@code report --outputs summary} on a workspace's events.csv, {@code ROUNDS} times
 * in one JVM: reading into the streaming engine, pricing every hire, then the statistics with
 * summary.json. For each phase it prints the wall seconds, the process's CPU seconds, the JIT
 * compilers' seconds and the collector's pauses: on 2 cores the compilers take a core from the
 * work, and round 1 (cold, as a report runs) against later rounds (warm) tells compiling from
 * working.
 *
 * <p>Only events.csv is read (the other readers are not run), so the summary is a report's on
 * workspaces whose evidence is events.csv alone, as the generated benchmark workspaces are.
 *
 * <p>With {@code --live}, it also prints the live heap (after a full collection) once reading and
 * once pricing are done. It writes summary.json to a temporary file and prints its path, for
 * {@code cmp} with a report's.
 *
 * <p>Compile with {@code javac -d DIR -cp JAR bench/PhaseTime.java}, run with {@code java -Xmx256m
 * -XX:+UseSerialGC -cp JAR:DIR PhaseTime WORKSPACE [ROUNDS] [--live]} (JAR: {@code
 * metrics-report/target/metrics-report-*-all.jar}).
 */
public final class PhaseTime {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Wall, CPU, compile and collection totals at one moment. */
  private record Mark(long wallNanos, long cpuNanos, long compileMillis, long gcMillis) {
    static Mark now() {
      long gc = 0;
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        gc += collector.getCollectionTime();
      }
      return new Mark(
          System.nanoTime(),
          OS.getProcessCpuTime(),
          ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
          gc);
    }

    String since(Mark start) {
      return String.format(
          "%.2f s wall, %.2f s CPU (JIT %.2f s, GC pauses %.2f s)",
          (wallNanos - start.wallNanos) / 1e9,
          (cpuNanos - start.cpuNanos) / 1e9,
          (compileMillis - start.compileMillis) / 1e3,
          (gcMillis - start.gcMillis) / 1e3);
    }
  }

  private static String liveHeap() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20) + " MB";
  }

  public static void main(String[] args) throws Exception {
    Workspace workspace = Workspace.open(Path.of(args[0]));
    int rounds = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 1;
    boolean live = java.util.Arrays.asList(args).contains("--live");
    Path summary = Files.createTempFile("phase-time-", ".json");
    for (int round = 1; round <= rounds; round++) {
      DataQuality quality = new DataQuality();
      CostEngine engine =
          CostEngine.summing(workspace.settings().cost(), workspace.people());
      ReadContext context = workspace.contextFor(new EventIntake(engine, quality));
      Mark start = Mark.now();
      new CanonicalEventsReader().read(context);
      Mark read = Mark.now();
      String liveAfterRead = live ? ", live " + liveHeap() : "";
      Mark pricingStart = Mark.now();
      CostReport costs = engine.finish();
      Mark priced = Mark.now();
      String liveAfterPricing = live ? ", live " + liveHeap() : "";
      Mark statisticsStart = Mark.now();
      ReportResults results = ReportResults.of(new Analysis(workspace, costs, quality));
      SummaryWriter.write(results, summary);
      Mark done = Mark.now();
      System.out.printf(
          "round %d: read %s%s | price %s%s | statistics and summary %s%n",
          round,
          read.since(start),
          liveAfterRead,
          priced.since(pricingStart),
          liveAfterPricing,
          done.since(statisticsStart));
    }
    System.out.println("summary.json: " + summary);
  }
}
