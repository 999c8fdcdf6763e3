package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the files {@code collect} adds to a workspace under a hidden temporary name ({@code
 * .name.collect-tmp}, which no reader lists) and moves them into place in one step, so a reader
 * sees a whole file or none.
 */
final class CollectedFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEMPORARY = ".collect-tmp";

  private CollectedFiles() {}

  /**
   * Writes {@code records} to a new file {@code folder/name} (or {@code stem-2.ext}, ... when that
   * name is taken), never over one that exists: JSON lines for a {@code .jsonl} name, else a JSON
   * array with one element per line.
   *
   * @return the file written
   */
  static Path writeNew(Path folder, String name, List<JsonNode> records) throws IOException {
    List<String> texts = new ArrayList<>();
    for (JsonNode record : records) {
      texts.add(JSON.writeValueAsString(record));
    }
    String text =
        name.endsWith(".jsonl")
            ? String.join("\n", texts) + "\n"
            : "[\n" + String.join(",\n", texts) + "\n]\n";
    Path temporary = writeTemporary(folder, name, text.getBytes(StandardCharsets.UTF_8));
    int dot = name.lastIndexOf('.');
    try {
      for (int n = 1; ; n++) {
        Path target =
            folder.resolve(n == 1 ? name : name.substring(0, dot) + "-" + n + name.substring(dot));
        if (!Files.exists(target)) {
          try {
            return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
          } catch (FileAlreadyExistsException e) {
            // taken in between: try the next name
          }
        }
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Writes {@code bytes} over {@code file} in one step (the cursors and people.csv). */
  static void replace(Path file, byte[] bytes) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path temporary = writeTemporary(folder, file.getFileName().toString(), bytes);
    try {
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static Path writeTemporary(Path folder, String name, byte[] bytes) throws IOException {
    Files.createDirectories(folder);
    Path temporary = folder.resolve("." + name + TEMPORARY);
    try {
      Files.write(temporary, bytes);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    return temporary;
  }

  /** Removes the temporary files a killed run left in {@code folder}. */
  static void removeLeftovers(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(TEMPORARY) && Files.isRegularFile(file)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
