package dev.onboardingcost.report.hardening;

import dev.onboardingcost.report.io.TextFiles;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A workspace per fuzz target, with the settings and people of {@code data/sample}, into which a
 * fuzz input is written as one evidence file before every evidence reader runs over it.
 */
final class FuzzWorkspace {
  private static final Map<String, FuzzWorkspace> BY_FILE = new HashMap<>();

  private final Path dir;
  private final Path file;
  private Workspace workspace;

  private FuzzWorkspace(Path dir, String relative) {
    this.dir = dir;
    this.file = dir.resolve(relative);
  }

  /** The data/sample workspace of the repository. */
  static Path sample() {
    Path here = Path.of("").toAbsolutePath();
    Path workspace = here.resolve("../data/sample").normalize();
    return Files.isDirectory(workspace) ? workspace : here.resolve("data/sample");
  }

  /** The workspace whose evidence is the one file {@code relative}. */
  static synchronized FuzzWorkspace forFile(String relative) {
    return BY_FILE.computeIfAbsent(
        relative,
        r -> {
          try {
            Path dir = Files.createTempDirectory("fuzz-workspace-");
            dir.toFile().deleteOnExit();
            Files.copy(sample().resolve("onboarding.yaml"), dir.resolve("onboarding.yaml"));
            Files.copy(sample().resolve("people.csv"), dir.resolve("people.csv"));
            Files.createDirectories(dir.resolve(r).getParent());
            return new FuzzWorkspace(dir, r);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The folder. */
  Path dir() {
    return dir;
  }

  /** Writes {@code input} as the evidence file. */
  void write(byte[] input) {
    try {
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code input} as the evidence file, runs every reader and checks the account; any
   * exception escapes to the fuzzer.
   */
  Analysis analyse(byte[] input) {
    write(input);
    if (workspace == null) {
      workspace = Workspace.open(dir);
    }
    Analysis analysis = workspace.analyse(EvidenceReaders.all());
    Accounting.check(analysis.quality());
    return analysis;
  }

  /** The non-blank lines of the evidence file, decoded as the readers decode it. */
  long nonBlankLines() {
    try {
      return TextFiles.readString(file).lines().filter(line -> !line.isBlank()).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
