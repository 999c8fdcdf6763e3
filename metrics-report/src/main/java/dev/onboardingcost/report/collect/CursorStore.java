package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * Where each source's last complete run stopped: {@code logs/.collect/<source>.json}, e.g. {@code
 * {"since":"2026-07-01T00:00:00Z"}}. The folder is hidden, so no reader lists it. A cursor moves
 * only when a source's run completes; an interrupted run leaves it where it was, and the events it
 * wrote are skipped by their ids when the next run fetches them again.
 */
final class CursorStore {
  /** The cursors' folder, relative to the workspace. */
  static final String FOLDER = "logs/.collect";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;

  CursorStore(Path workspace) {
    this.folder = workspace.resolve(FOLDER);
  }

  /** The time {@code key} of {@code source} was at after its last complete run, if any. */
  Optional<Instant> since(String source, String key) throws CollectFailure {
    Path file = folder.resolve(source + ".json");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      JsonNode value = node == null ? null : node.get(key);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      return Optional.of(Instant.parse(value.asText()));
    } catch (IOException | DateTimeException e) {
      throw new CollectFailure(
          FOLDER + "/" + source + ".json is damaged; remove it and run again with --since");
    }
  }

  /** Moves {@code source}'s cursor: {@code key} is now {@code at}. */
  void advance(String source, String key, Instant at) throws IOException {
    Path file = folder.resolve(source + ".json");
    ObjectNode node = JSON.createObjectNode();
    if (Files.isRegularFile(file)) {
      try {
        JsonNode old = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (old instanceof ObjectNode) {
          node = (ObjectNode) old;
        }
      } catch (IOException e) {
        // a damaged cursor is replaced
      }
    }
    node.put(key, at.toString());
    CollectedFiles.replace(
        file,
        (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n")
            .getBytes(StandardCharsets.UTF_8));
  }
}
