package dev.onboardingcost.report.workspace;

import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.quality.DataQuality;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the workspace's input files, reading only the workspace (docs/reliability.md): a file whose
 * real path lies outside it (through a link) is not read, and something that is not a regular file
 * (a FIFO, a folder, a dangling link, a device) where a file is expected is a configuration error
 * naming it. Nothing is opened to find out, so a FIFO never blocks a run.
 */
public final class WorkspaceFiles {
  /**
   * The survey exports of {@code survey/} that are read: CSV and Excel. One list, so that every
   * reader and the list of files not read agree.
   */
  public static final List<String> SURVEY_EXTENSIONS = List.of(".csv", ".xlsx");

  private WorkspaceFiles() {}

  /** Where a path leads. */
  private enum Kind {
    ABSENT,
    REGULAR,
    OUTSIDE
  }

  /**
   * The configuration file {@code relative} of {@code workspace}, or empty when there is none.
   *
   * @throws ConfigException when it is not a regular file or lies outside the workspace
   */
  public static Optional<Path> configFile(Path workspace, String relative) {
    Path file = workspace.resolve(relative);
    Kind kind = kindOf(workspace, file, relative);
    if (kind == Kind.OUTSIDE) {
      throw new ConfigException(
          relative + ": not read: a link to a file outside the workspace; copy the file in");
    }
    return kind == Kind.REGULAR ? Optional.of(file) : Optional.empty();
  }

  /**
   * The configuration file {@code relative} of {@code workspace}, which must be there.
   *
   * @throws ConfigException when there is none, it is not a regular file or it lies outside the
   *     workspace
   */
  public static Path requiredConfigFile(Path workspace, String relative) {
    return configFile(workspace, relative)
        .orElseThrow(
            () ->
                new ConfigException(
                    relative + ": not found in " + workspace + " (run 'init' to make one)"));
  }

  /**
   * The evidence file {@code relative} of {@code workspace}, or empty when there is none. A link to
   * a file outside the workspace is not read: it is a rejected record of {@code source} in {@code
   * quality}, whose reason quotes no content.
   *
   * @throws ConfigException when it is not a regular file (a FIFO, a folder, a dangling link)
   */
  public static Optional<Path> evidenceFile(
      Path workspace, String relative, String source, DataQuality quality) {
    Path file = workspace.resolve(relative);
    Kind kind = kindOf(workspace, file, relative);
    if (kind == Kind.OUTSIDE) {
      quality.rejected(source, RecordRef.line(relative, 0), outside());
    }
    return kind == Kind.REGULAR ? Optional.of(file) : Optional.empty();
  }

  /**
   * The files directly in {@code folder} (relative to {@code workspace}) whose names end with one
   * of {@code extensions} (case ignored), sorted by name; none when the folder is absent. Hidden
   * files are passed over. Each other entry is listed in {@code quality} as an ignored record of
   * {@code source} ("not read: logs/okta/users.csv (expected .json or .jsonl)"), and a link that
   * leaves the workspace as a rejected one.
   *
   * @throws ConfigException when an entry whose name the reader takes is not a regular file, or the
   *     folder is not a folder
   */
  public static List<Path> list(
      Path workspace, String folder, String source, DataQuality quality, List<String> extensions)
      throws IOException {
    Path dir = workspace.resolve(folder);
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    if (!isInside(workspace, dir)) {
      quality.rejected(source, RecordRef.line(folder + "/", 0), outside());
      return List.of();
    }
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(folder + ": " + describe(dir) + "; expected a folder");
    }
    List<Path> entries;
    try (Stream<Path> listing = Files.list(dir)) {
      entries = listing.sorted().toList();
    }
    List<Path> files = new ArrayList<>();
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      String relative = folder + "/" + name;
      if (!endsWithAny(name, extensions)) {
        quality.ignored(
            source,
            RecordRef.line(relative + (Files.isDirectory(entry) ? "/" : ""), 0),
            "not read: " + relative + " (expected " + String.join(" or ", extensions) + ")");
        continue;
      }
      Kind kind = kindOf(workspace, entry, relative);
      if (kind == Kind.OUTSIDE) {
        quality.rejected(source, RecordRef.line(relative, 0), outside());
      } else if (kind == Kind.REGULAR) {
        files.add(entry);
      }
    }
    return files;
  }

  /**
   * The regular files directly in {@code folder} whose names end with one of {@code extensions}
   * (case ignored), sorted by name; none when the folder is absent. Links are not followed: what a
   * command keeps for itself in the workspace is never a link.
   */
  public static List<Path> list(Path folder, String... extensions) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .filter(file -> endsWithAny(file.getFileName().toString(), List.of(extensions)))
          .sorted()
          .toList();
    }
  }

  /** Those of {@code files} whose names end with {@code extension} (case ignored). */
  public static List<Path> withExtension(List<Path> files, String extension) {
    return files.stream()
        .filter(file -> endsWithAny(file.getFileName().toString(), List.of(extension)))
        .toList();
  }

  /**
   * Checks that {@code name}, a folder name that a setting gives, stays in the folder it is
   * resolved against: no separator, not {@code .} or {@code ..}, not absolute.
   *
   * @throws IllegalArgumentException naming the value and what was expected
   */
  public static String requireFolderName(String name, String example) {
    String trimmed = name.strip();
    if (trimmed.isEmpty()
        || trimmed.equals(".")
        || trimmed.equals("..")
        || trimmed.indexOf('/') >= 0
        || trimmed.indexOf('\\') >= 0
        || trimmed.indexOf(':') >= 0
        || trimmed.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "expected a folder name in the workspace like " + example + ", got '" + name + "'");
    }
    return trimmed;
  }

  private static String outside() {
    return "not read: a link to a file outside the workspace; only the workspace is read";
  }

  /**
   * What {@code file} is: absent, a regular file in the workspace, or a file outside it.
   *
   * @throws ConfigException when it is there but not a regular file
   */
  private static Kind kindOf(Path workspace, Path file, String relative) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Kind.ABSENT;
    }
    if (!Files.exists(file)) {
      throw new ConfigException(relative + ": a link to nothing; expected a file");
    }
    if (!isInside(workspace, file)) {
      return Kind.OUTSIDE;
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(relative + ": " + describe(file) + "; expected a file");
    }
    return Kind.REGULAR;
  }

  /** True when the real path of {@code file} lies in the real path of {@code workspace}. */
  private static boolean isInside(Path workspace, Path file) {
    try {
      return file.toRealPath().startsWith(workspace.toRealPath());
    } catch (NoSuchFileException e) {
      return true;
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static String describe(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        return "a folder, not a file";
      }
      if (attributes.isRegularFile()) {
        return "a file, not a folder";
      }
      return attributes.isOther()
          ? "not a regular file (a FIFO, socket or device)"
          : "not a regular file";
    } catch (IOException e) {
      return "not readable";
    }
  }

  private static boolean endsWithAny(String fileName, List<String> extensions) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String extension : extensions) {
      if (name.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }
}
