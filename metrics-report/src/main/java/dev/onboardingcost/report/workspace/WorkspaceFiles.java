package dev.onboardingcost.report.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists a workspace folder's input files in a stable (sorted) order. */
public final class WorkspaceFiles {
  private WorkspaceFiles() {}

  /**
   * The regular files directly in {@code folder} whose names end with one of {@code extensions}
   * (case ignored), sorted by name; none when the folder is absent.
   */
  public static List<Path> list(Path folder, String... extensions) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .filter(file -> endsWithAny(file, extensions))
          .sorted()
          .toList();
    }
  }

  private static boolean endsWithAny(Path file, String... extensions) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String extension : extensions) {
      if (name.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }
}
