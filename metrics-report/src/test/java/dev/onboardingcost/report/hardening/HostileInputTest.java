package dev.onboardingcost.report.hardening;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardingcost.report.cli.OnboardingCostCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the real command line over the hostile corpus in {@code src/test/resources/hostile}: each
 * case is a folder laid over {@code _base} (with {@code remove.txt} naming base files to delete)
 * and an {@code expect.txt} of {@code key=value} lines: {@code exit} (0, 2 or any), {@code used},
 * {@code rejected} (or {@code rejected>=N}), {@code stderr~=TEXT}, and {@code /json/pointer=VALUE}
 * for any value of {@code summary.json}. Whatever the case, a run never prints a stack trace, never
 * modifies an input, balances its record counts, and a failed run leaves the output folder as it
 * found it. Cases too big to commit (50 MB lines) are generated here.
 */
class HostileInputTest {
  private static final Path CORPUS = Path.of("src/test/resources/hostile");
  private static final int FIFTY_MB = 50 * 1024 * 1024;

  @TempDir Path dir;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS)) {
      return folders
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("_"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(60)
  void ends_cleanly_on_hostile_input(String name) throws IOException {
    // GIVEN the base workspace with the case laid over it
    Path workspace = dir.resolve("ws");
    copyTree(CORPUS.resolve("_base"), workspace);
    Path overlay = CORPUS.resolve(name);
    copyTree(overlay, workspace);
    Files.deleteIfExists(workspace.resolve("expect.txt"));
    if (Files.exists(workspace.resolve("remove.txt"))) {
      for (String file : Files.readAllLines(workspace.resolve("remove.txt"))) {
        Files.deleteIfExists(workspace.resolve(file.strip()));
      }
      Files.delete(workspace.resolve("remove.txt"));
    }
    Map<String, String> expect = expectations(overlay.resolve("expect.txt"));

    // WHEN / THEN
    checkRun(workspace, expect);
  }

  @Test
  @Timeout(120)
  void survives_a_50_mb_line_in_each_kind_of_file() throws IOException {
    String huge = "x".repeat(FIFTY_MB);
    Map<String, String> files = new TreeMap<>();
    files.put(
        "events.csv",
        "type,hire,category,minutes,note\nblocked,h1,tooling,5,ok\nblocked,h1,tooling,5,"
            + huge
            + "\nblocked,h1,tooling,5,ok\n");
    files.put(
        "events.jsonl",
        "{\"type\":\"blocked\",\"hire\":\"h1\",\"category\":\"tooling\",\"minutes\":5}\n{\"note\":\""
            + huge
            + "\"}\n{\"type\":\"blocked\",\"hire\":\"h1\",\"category\":\"tooling\",\"minutes\":5}\n");
    files.put(
        "logs/okta/log.jsonl",
        "{\"eventType\":\"user.session.start\"}\n{\"eventType\":\""
            + huge
            + "\"}\n{\"eventType\":\"user.session.start\"}\n");
    files.put("logs/okta/one-line.json", "[{\"eventType\":\"" + huge + "\"}]");
    files.put("logs/gam/users.csv", huge + "\n");
    files.put("survey/week1.csv", "Email Address,Notes\nhana@example.com," + huge + "\n");
    files.put("logs/slack/help-onboarding/2026-01-06.json", "   " + " ".repeat(FIFTY_MB) + "[]");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path workspace = dir.resolve("ws-" + file.getKey().replaceAll("[^a-z0-9]", "-"));
      copyTree(CORPUS.resolve("_base"), workspace);
      Files.deleteIfExists(workspace.resolve("expect.txt"));
      Path target = workspace.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      checkRun(workspace, Map.of("exit", "0"));
    }
  }

  @Test
  @Timeout(60)
  void stops_with_one_line_on_a_50_mb_line_in_people_or_settings() throws IOException {
    for (String file : List.of("people.csv", "onboarding.yaml")) {
      Path workspace = dir.resolve("ws-" + file);
      copyTree(CORPUS.resolve("_base"), workspace);
      Files.deleteIfExists(workspace.resolve("expect.txt"));
      try (OutputStream out = Files.newOutputStream(workspace.resolve(file))) {
        out.write(
            file.equals("people.csv")
                ? "id,name\nh1,".getBytes(StandardCharsets.UTF_8)
                : "currency: ".getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "y".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 50; i++) {
          out.write(chunk);
        }
      }
      checkRun(workspace, Map.of("exit", "2", "stderr~", file));
    }
  }

  @Test
  void stops_with_one_line_on_a_missing_workspace() throws IOException {
    checkRun(dir.resolve("no-such-folder"), Map.of("exit", "2", "stderr~", "no-such-folder"));
  }

  private void checkRun(Path workspace, Map<String, String> expect) throws IOException {
    Path outDir = dir.resolve("out-" + workspace.getFileName());
    Files.createDirectories(outDir);
    Files.writeString(outDir.resolve("earlier-output.txt"), "from an earlier run");
    Map<String, String> inputsBefore = hashTree(workspace);
    Map<String, String> outputsBefore = hashTree(outDir);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long started = System.nanoTime();
    // A library that logs (POI on a malformed workbook) writes to the process's standard error.
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    PrintStream systemErr = System.err;
    int status;
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      status =
          OnboardingCostCli.execute(
              new String[] {"report", workspace.toString(), "--out", outDir.toString()},
              new PrintWriter(out, true),
              new PrintWriter(err, true));
    } finally {
      System.setErr(systemErr);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    then(logged.toString(StandardCharsets.UTF_8)).as("nothing logged by a library").isEmpty();

    String stderr = err.toString();
    then(stderr).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception:");
    then(hashTree(workspace)).as("inputs unchanged").isEqualTo(inputsBefore);
    then(took).as("bounded time").isLessThan(Duration.ofSeconds(60));
    String exit = expect.getOrDefault("exit", "0");
    if (!exit.equals("any")) {
      then(status).as("exit status; stderr: %s", stderr).isEqualTo(Integer.parseInt(exit));
    }
    if (expect.containsKey("stderr~")) {
      then(stderr).contains(expect.get("stderr~"));
    }
    if (status != 0) {
      then(status).isEqualTo(OnboardingCostCli.EXIT_ERROR);
      then(stderr.strip().lines()).as("one line: %s", stderr).hasSize(1);
      then(stderr).startsWith("onboarding-cost: ");
      then(hashTree(outDir)).as("no partial output").isEqualTo(outputsBefore);
      return;
    }
    JsonNode summary = new ObjectMapper().readTree(outDir.resolve("summary.json").toFile());
    JsonNode quality = summary.path("data_quality");
    long read = quality.path("records_read").asLong();
    long used = quality.path("records_used").asLong();
    long ignored = quality.path("records_ignored").asLong();
    long rejected = quality.path("records_rejected").asLong();
    then(read).as("read = used + ignored + rejected").isEqualTo(used + ignored + rejected);
    if (expect.containsKey("used")) {
      then(used).as("used").isEqualTo(Long.parseLong(expect.get("used")));
    }
    if (expect.containsKey("rejected")) {
      then(rejected).as("rejected").isEqualTo(Long.parseLong(expect.get("rejected")));
    }
    if (expect.containsKey("rejected>")) {
      then(rejected).as("rejected").isGreaterThanOrEqualTo(Long.parseLong(expect.get("rejected>")));
    }
    for (Map.Entry<String, String> e : expect.entrySet()) {
      if (e.getKey().startsWith("/")) {
        then(summary.at(e.getKey()).asText())
            .as("summary.json %s", e.getKey())
            .isEqualTo(e.getValue());
      }
    }
    then(Files.list(outDir).map(p -> p.getFileName().toString()).sorted().toList())
        .containsExactly(
            ".onboarding-cost-outputs",
            "charts",
            "earlier-output.txt",
            "onboarding-cost.xlsx",
            "pitch.md",
            "summary.json");
  }

  private static Map<String, String> expectations(Path file) throws IOException {
    Map<String, String> expect = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      expect.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
    }
    return expect;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** The SHA-256 of every file under {@code root}, by relative path; empty when it is absent. */
  static Map<String, String> hashTree(Path root) {
    Map<String, String> hashes = new TreeMap<>();
    if (!Files.exists(root)) {
      return hashes;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted().toList()) {
        String key = root.relativize(file).toString() + (Files.isDirectory(file) ? "/" : "");
        hashes.put(key, Files.isDirectory(file) ? "" : sha256(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hashes;
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (var in = Files.newInputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
