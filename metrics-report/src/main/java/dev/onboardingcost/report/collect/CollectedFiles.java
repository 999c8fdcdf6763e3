package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the files {@code collect} adds to a workspace: always a new file, never one that exists,
 * written under a hidden temporary name ({@code .name.collect-tmp}, which no reader lists) and
 * moved into place in one step, so a reader sees a whole file or none.
 */
final class CollectedFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEMPORARY = ".collect-tmp";

  private CollectedFiles() {}

  /**
   * Writes {@code records} as JSON lines to a new file {@code folder/name} (or {@code stem-2.ext},
   * ... when that name is taken).
   *
   * @return the file written
   */
  static Path writeJsonLines(Path folder, String name, List<JsonNode> records) throws IOException {
    StringBuilder text = new StringBuilder();
    for (JsonNode record : records) {
      text.append(json(record)).append('\n');
    }
    return writeNew(folder, name, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code records} as a JSON array, one element per line, to a new file. */
  static Path writeJsonArray(Path folder, String name, List<JsonNode> records) throws IOException {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < records.size(); i++) {
      text.append(i == 0 ? "\n" : ",\n").append(json(records.get(i)));
    }
    text.append("\n]\n");
    return writeNew(folder, name, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String json(JsonNode record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code bytes} to a new file named {@code name} or a free variant of it. */
  static Path writeNew(Path folder, String name, byte[] bytes) throws IOException {
    Files.createDirectories(folder);
    Path temporary = folder.resolve("." + name + TEMPORARY);
    Files.write(temporary, bytes);
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    int dot = name.lastIndexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    String extension = dot < 0 ? "" : name.substring(dot);
    try {
      for (int n = 1; ; n++) {
        Path target = folder.resolve(n == 1 ? name : stem + "-" + n + extension);
        if (Files.exists(target)) {
          continue;
        }
        try {
          return Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
          // taken in between: try the next name
        }
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Writes {@code bytes} over {@code file} in one step (for the cursors and people.csv, the only
   * files collect replaces).
   */
  static void replace(Path file, byte[] bytes) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = folder.resolve("." + file.getFileName() + TEMPORARY);
    try {
      Files.write(temporary, bytes);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
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
