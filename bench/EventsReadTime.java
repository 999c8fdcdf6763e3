import dev.onboardingcost.core.cost.CostAccumulator;
import dev.onboardingcost.report.io.LineBlocks;
import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.workspace.CanonicalEventsReader;
import dev.onboardingcost.report.workspace.EventIntake;
import dev.onboardingcost.report.workspace.ReadContext;
import dev.onboardingcost.report.workspace.Workspace;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The reading part of the canonical-events benchmark alone: opens a workspace and reads its
 * events.csv into a streaming cost engine (no pricing, no statistics) {@code ROUNDS} times,
 * printing the wall seconds and the CPU seconds of the process for each round, and the account.
 * CPU seconds say more than wall time on a shared machine. Compile with {@code javac -d DIR -cp JAR
 * bench/EventsReadTime.java}, run with {@code java -Xmx256m -cp JAR:DIR EventsReadTime WORKSPACE
 * [ROUNDS [THREADS]]} (JAR: {@code metrics-report/target/metrics-report-*-all.jar}). With THREADS
 * above 0, {@code -Dblock.mb=N} reads blocks of N MiB instead of the reader's 4.
 */
public final class EventsReadTime {
  private static long gcMillis() {
    long millis = 0;
    for (java.lang.management.GarbageCollectorMXBean gc :
        ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += gc.getCollectionTime();
    }
    return millis;
  }

  public static void main(String[] args) throws Exception {
    Workspace workspace = Workspace.open(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    // THREADS 1: the reading runs on this thread alone, whose CPU time then measures it exactly
    // (without the compiler's and the collector's threads, and little moved by other processes);
    // THREADS 0 (the default): the report's own reader, on every processor
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    CanonicalEventsReader reader =
        threads > 0
            ? CanonicalEventsReader.inBlocks(
                new LineBlocks(Integer.getInteger("block.mb", 4) << 20, threads))
            : new CanonicalEventsReader();
    java.lang.management.ThreadMXBean me = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 1; round <= rounds; round++) {
      DataQuality quality = new DataQuality();
      CostAccumulator engine =
          new CostAccumulator(workspace.settings().cost(), workspace.people());
      ReadContext context = workspace.contextFor(new EventIntake(engine, quality));
      long cpu = os.getProcessCpuTime();
      long compile = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
      long gc = gcMillis();
      long mine = me.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      reader.read(context);
      long wall = System.nanoTime() - start;
      mine = me.getCurrentThreadCpuTime() - mine;
      cpu = os.getProcessCpuTime() - cpu;
      compile = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compile;
      gc = gcMillis() - gc;
      System.out.printf(
          "round %d: read %.2f s wall, %.2f s cpu (this thread %.2f s, JIT %.2f s, GC pauses %.2f s)"
              + "  %s%n",
          round,
          wall / 1e9,
          cpu / 1e9,
          mine / 1e9,
          compile / 1e3,
          gc / 1e3,
          quality.bySource().get("events"));
    }
  }
}
