package dev.onboardingcost.report.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The list, in the output folder, of the files the last report wrote there ({@value #FILE_NAME}):
 * the next report removes those of them it does not write again, and never touches a file the list
 * does not name. Its first line names the run that wrote it.
 */
final class OutputManifest {
  /** The list's file name in the output folder. */
  static final String FILE_NAME = ".onboarding-cost-outputs";

  private static final String RUN_LINE = "# onboarding-cost outputs of run ";

  private OutputManifest() {}

  /** The outputs the list in {@code outDir} names (none when there is no list). */
  static Set<String> read(Path outDir) throws IOException {
    Set<String> outputs = new LinkedHashSet<>();
    for (String line : lines(outDir)) {
      if (!line.startsWith("#") && isOutputName(line)) {
        outputs.add(line);
      }
    }
    return outputs;
  }

  /** The run whose outputs the list in {@code outDir} names, when there is a list. */
  static Optional<String> run(Path outDir) throws IOException {
    List<String> lines = lines(outDir);
    if (lines.isEmpty() || !lines.get(0).startsWith(RUN_LINE)) {
      return Optional.empty();
    }
    return Optional.of(lines.get(0).substring(RUN_LINE.length()));
  }

  /**
   * Replaces the list in {@code outDir} in one step by one naming {@code outputs} of {@code run},
   * written first to {@code scratch}.
   */
  static void write(Path outDir, String run, List<String> outputs, Path scratch)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(RUN_LINE + run);
    lines.add("# onboarding-cost replaces or removes these files at its next report;");
    lines.add("# it keeps every other file of this folder.");
    lines.addAll(outputs);
    Files.write(scratch, lines, StandardCharsets.UTF_8);
    Moves.replace(scratch, outDir.resolve(FILE_NAME));
  }

  /**
   * Whether {@code name} may be an output: a relative path without {@code .} or {@code ..} and
   * without hidden parts, so that an edited list can name neither the list, nor a staging folder,
   * nor anything outside the output folder.
   */
  static boolean isOutputName(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\")) {
      return false;
    }
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private static List<String> lines(Path outDir) throws IOException {
    Path file = outDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return List.of();
    }
  }
}
