package dev.onboardingcost.report;

import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workspaces of {@code data}: the generated sample (with plan.yaml and fixes.yaml) as is or
 * copied and changed, and the podcast example (with neither), analysed.
 */
public final class TestWorkspaces {
  private TestWorkspaces() {}

  /** The sample workspace folder. */
  public static Path sample() {
    Path fromModule = Paths.get("..", "data", "sample");
    return Files.isDirectory(fromModule) ? fromModule : Paths.get("data", "sample");
  }

  /** The podcast workspace of {@code data/podcast}: one hire, no plan.yaml, no fixes.yaml. */
  public static Path podcast() {
    Path fromModule = Paths.get("..", "data", "podcast");
    return Files.isDirectory(fromModule) ? fromModule : Paths.get("data", "podcast");
  }

  /** The results of the podcast workspace. */
  public static ReportResults podcastResults() {
    return analyse(podcast());
  }

  /** The results of analysing {@code dir}. */
  public static ReportResults analyse(Path dir) {
    return ReportResults.of(
        Workspace.open(dir).analyse(EvidenceReaders.all(), Workspace.Detail.PER_EVENT));
  }

  /** The results of the sample workspace. */
  public static ReportResults sampleResults() {
    return analyse(sample());
  }

  /** A copy of the sample workspace in {@code target}. */
  public static Path copyOfSample(Path target) throws IOException {
    Path source = sample();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else if (!file.getFileName().toString().equals("out")) {
          Files.copy(file, to);
        }
      }
    }
    return target;
  }

  /** Replaces {@code from} by {@code to} in {@code file} of {@code dir}. */
  public static void replace(Path dir, String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(file + " has no '" + from + "'");
    }
    Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
  }

  /** Appends {@code lines} to {@code file} of {@code dir}. */
  public static void append(Path dir, String file, List<String> lines) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    StringBuilder more = new StringBuilder(text.endsWith("\n") ? text : text + "\n");
    lines.forEach(line -> more.append(line).append('\n'));
    Files.writeString(path, more.toString(), StandardCharsets.UTF_8);
  }
}
