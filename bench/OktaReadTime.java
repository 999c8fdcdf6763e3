import dev.onboardingcost.report.source.okta.OktaReader;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;

/**
 * The reading part of the Okta benchmark alone: opens a workspace and reads its Okta log with the
 * Okta reader only (no access-wait step, so the hires are priced with no events; no statistics),
 * printing the seconds of each part and the account. Compile with {@code javac -d DIR -cp JAR
 * bench/OktaReadTime.java}, run with {@code java -Xmx256m -cp JAR:DIR OktaReadTime WORKSPACE}
 * (JAR: {@code metrics-report/target/metrics-report-*-all.jar}).
 */
public final class OktaReadTime {
  public static void main(String[] args) {
    long start = System.nanoTime();
    Workspace workspace = Workspace.open(Path.of(args[0]));
    long opened = System.nanoTime();
    Analysis analysis = workspace.analyse(List.of(new OktaReader()), Workspace.Detail.PER_HIRE);
    long read = System.nanoTime();
    System.out.printf(
        "open %.2f s, read and price %.2f s  %s  problems listed %d%n",
        (opened - start) / 1e9,
        (read - opened) / 1e9,
        analysis.quality().bySource().get("okta"),
        analysis.quality().problems().size());
  }
}
