package dev.onboardingcost.report.hardening;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.cli.OnboardingCostCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full report opens no network connection, and gives a byte-identical summary.json whatever the
 * run, the JVM's time zone or its locale. The report runs in a child JVM whose security manager
 * halts it at the first socket permission asked for (resolve, connect, listen, accept), NIO
 * included; a probe shows that such an attempt does stop the child.
 */
class IsolationTest {
  @TempDir Path dir;

  private static int child(Path log, String mainClass, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.security.manager=" + NoNetworkSecurityManager.class.getName());
    command.add("-Duser.timezone=Asia/Kolkata");
    command.add("-Duser.language=de");
    command.add("-Duser.country=DE");
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("child JVM did not finish: " + Files.readString(log));
    }
    return process.exitValue();
  }

  @Test
  void the_guard_stops_a_connection_attempt() throws Exception {
    Path log = dir.resolve("probe.log");
    then(child(log, ConnectProbe.class.getName()))
        .as(Files.readString(log))
        .isEqualTo(NoNetworkSecurityManager.NETWORK_ATTEMPT);
  }

  @Test
  void a_full_report_opens_no_socket_and_gives_the_same_bytes_anywhere() throws Exception {
    // GIVEN the sample workspace, reported in this JVM
    Path sample = FuzzWorkspace.sample();
    StringWriter sink = new StringWriter();
    PrintWriter quiet = new PrintWriter(sink, true);
    then(OnboardingCostCli.execute(
            new String[] {"report", sample.toString(), "--out", dir.resolve("a").toString()},
            quiet,
            quiet))
        .as(sink.toString())
        .isZero();
    then(OnboardingCostCli.execute(
            new String[] {"report", sample.toString(), "--out", dir.resolve("b").toString()},
            quiet,
            quiet))
        .isZero();

    // WHEN it is reported again in a child JVM with no network, another zone and locale
    Path log = dir.resolve("report.log");
    int status =
        child(
            log,
            OnboardingCostCli.class.getName(),
            "report",
            sample.toString(),
            "--out",
            dir.resolve("c").toString());

    // THEN
    then(status).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
    byte[] a = Files.readAllBytes(dir.resolve("a/summary.json"));
    then(Files.readAllBytes(dir.resolve("b/summary.json"))).isEqualTo(a);
    then(Files.readAllBytes(dir.resolve("c/summary.json"))).isEqualTo(a);
  }
}
