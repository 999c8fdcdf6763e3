package dev.onboardingcost.report.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts a run's staged outputs in place of the previous run's, or puts the previous run's back.
 *
 * <p>The staging folder holds {@value #NEW} (this run's outputs), {@value #PREVIOUS} (a link to
 * each previous output this run replaces or removes, made before it is touched) and {@value
 * #JOURNAL} (this run's outputs, written before the first one moves). Each output replaces the
 * previous one in one step (a rename), {@code summary.json} last; the previous run's outputs that
 * this run does not write then leave in one step each; the list of outputs is replaced last. When
 * any step fails, or the run is killed in the middle, {@link #rollBack} restores the previous run's
 * outputs from {@value #PREVIOUS}: what is left is one run's outputs, whole.
 */
final class OutputCommit {
  static final String NEW = "new";
  static final String PREVIOUS = "previous";
  static final String JOURNAL = "commit";

  /** Moved last: a program that reads the summary finds the rest of its run already in place. */
  private static final String LAST = "summary.json";

  private OutputCommit() {}

  /**
   * Moves the outputs staged in {@code staging} into {@code outDir}.
   *
   * @param shownOut the output folder as the user named it, for messages
   * @param tracked whether to remove the outputs of the previous list that this run does not write,
   *     and to write the new list
   * @return the outputs, as paths in {@code outDir}
   * @throws OutputWriteException naming the output that could not be put in place, after the
   *     previous outputs were restored
   */
  static List<Path> apply(Path outDir, Path staging, Path shownOut, boolean tracked)
      throws IOException {
    Path fresh = staging.resolve(NEW);
    Path previous = staging.resolve(PREVIOUS);
    List<String> outputs = stagedOutputs(fresh);
    List<String> leaving = new ArrayList<>();
    if (tracked) {
      Set<String> earlier = OutputManifest.read(outDir);
      for (String name : earlier) {
        // only a regular file: a folder or link at a listed name is the user's
        if (!outputs.contains(name)
            && Files.isRegularFile(outDir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
          leaving.add(name);
        }
      }
    }
    Files.write(staging.resolve(JOURNAL), outputs, StandardCharsets.UTF_8);
    String current = null;
    try {
      for (String name : outputs) {
        current = name;
        keepPrevious(outDir.resolve(name), previous.resolve(name));
      }
      for (String name : outputs) {
        current = name;
        Path target = outDir.resolve(name);
        Files.createDirectories(target.getParent());
        Moves.replace(fresh.resolve(name), target);
      }
      for (String name : leaving) {
        current = name;
        Path aside = previous.resolve(name);
        Files.createDirectories(aside.getParent());
        Moves.replace(outDir.resolve(name), aside);
      }
      current = OutputManifest.FILE_NAME;
      if (tracked) {
        OutputManifest.write(
            outDir, staging.getFileName().toString(), outputs, staging.resolve("list"));
      }
    } catch (IOException | RuntimeException e) {
      OutputWriteException failure = new OutputWriteException(shownOut.resolve(current), e);
      try {
        rollBack(outDir, staging);
      } catch (IOException | RuntimeException restore) {
        failure.addSuppressed(restore);
      }
      throw failure;
    }
    for (String name : leaving) {
      Path parent = outDir.resolve(name).getParent();
      if (!parent.equals(outDir)) {
        FileTrees.deleteIfEmpty(parent);
      }
    }
    return outputs.stream().map(outDir::resolve).toList();
  }

  /**
   * Puts back the previous outputs saved in {@code staging} by a commit that did not finish, and
   * removes the outputs it had already moved that replaced nothing. Nothing happens when that
   * commit did not start, or when it finished (the list of outputs names its run).
   */
  static void rollBack(Path outDir, Path staging) throws IOException {
    Path journal = staging.resolve(JOURNAL);
    if (!Files.isRegularFile(journal)
        || OutputManifest.run(outDir).orElse("").equals(staging.getFileName().toString())) {
      return;
    }
    Path fresh = staging.resolve(NEW);
    Path previous = staging.resolve(PREVIOUS);
    for (String name : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
      if (!OutputManifest.isOutputName(name) || exists(fresh.resolve(name))) {
        continue; // not moved: the previous output is still in place
      }
      Path saved = previous.resolve(name);
      if (exists(saved)) {
        Moves.replace(saved, outDir.resolve(name));
      } else {
        Path added = outDir.resolve(name);
        Files.deleteIfExists(added);
        if (!added.getParent().equals(outDir)) {
          FileTrees.deleteIfEmpty(added.getParent());
        }
      }
    }
    if (Files.isDirectory(previous)) {
      for (String name : filesUnder(previous)) {
        Path target = outDir.resolve(name);
        Files.createDirectories(target.getParent());
        Moves.replace(previous.resolve(name), target);
      }
    }
    Files.delete(journal);
  }

  /** A link to {@code output} (a copy where links are not supported) at {@code saved}. */
  private static void keepPrevious(Path output, Path saved) throws IOException {
    if (!Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.createDirectories(saved.getParent());
    try {
      Files.createLink(saved, output);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(output, saved, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** The staged outputs, {@code summary.json} last. */
  private static List<String> stagedOutputs(Path fresh) throws IOException {
    List<String> names = new ArrayList<>(filesUnder(fresh));
    names.sort(
        Comparator.comparing((String name) -> name.equals(LAST)).thenComparing(name -> name));
    return names;
  }

  private static List<String> filesUnder(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static boolean exists(Path file) {
    return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
  }
}
