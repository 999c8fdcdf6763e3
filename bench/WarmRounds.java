import dev.onboardingcost.report.cli.OnboardingCostCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main job's work apart from the JVM's warm-up: runs {@code report WORKSPACE} with all outputs
 * ROUNDS times in one JVM, each into a new temporary folder, and prints each round's wall seconds
 * and the JIT compilers' seconds so far. Round 1 is what a run of the launcher does; the last
 * rounds, with the code compiled, are the work itself. Compile with {@code javac -d DIR -cp JAR
 * bench/WarmRounds.java}, run with {@code java -Djava.awt.headless=true -cp JAR:DIR WarmRounds
 * WORKSPACE [ROUNDS]} (JAR: {@code metrics-report/target/metrics-report-*-all.jar}).
 */
public final class WarmRounds {
  public static void main(String[] args) throws Exception {
    String workspace = args[0];
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    for (int round = 1; round <= rounds; round++) {
      Path out = Files.createTempDirectory("warm-rounds-").resolve("out");
      long start = System.nanoTime();
      int status =
          OnboardingCostCli.execute(
              new String[] {"report", workspace, "--quiet", "--out", out.toString()},
              new PrintWriter(new StringWriter()),
              new PrintWriter(System.err, true));
      if (status != 0) {
        throw new IllegalStateException("round " + round + " ended with status " + status);
      }
      System.out.printf(
          "round %d: %.2f s wall (JIT so far %.2f s)%n",
          round,
          (System.nanoTime() - start) / 1e9,
          ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3);
    }
  }
}
