package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.JsonRecords;
import dev.onboardingcost.report.workspace.WorkspaceFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The records of one run of one source that its folder does not hold yet, written as new files when
 * the run ends or fails ({@link #write()}), so that a failure keeps what was fetched. The folder's
 * files are the record of what was collected: a record whose id one of them holds is skipped, so a
 * run after an interrupted one (files written, cursor not moved) repeats nothing.
 */
final class NewRecords {
  private final Path folder;
  private final Function<JsonNode, String> idOf;
  private final Set<String> seen = new HashSet<>();
  private final Map<String, List<JsonNode>> files = new TreeMap<>();
  private final List<Path> written = new ArrayList<>();
  private int count;
  private int skipped;

  /**
   * The new records of {@code folder}, whose {@code .json} and {@code extension} files (records in
   * {@code containers} too) hold the ids ({@code idOf} a record; empty ids are not kept) collected
   * before.
   */
  NewRecords(
      Path folder, String extension, List<String> containers, Function<JsonNode, String> idOf)
      throws IOException {
    this.folder = folder;
    this.idOf = idOf;
    for (Path file : WorkspaceFiles.list(folder, ".json", extension)) {
      JsonRecords.read(
          file,
          file.getFileName().toString(),
          containers,
          new JsonRecords.Sink() {
            @Override
            public void record(JsonNode record, RecordRef ref) {
              isNew(record);
            }

            @Override
            public void broken(RecordRef ref, String message) {
              // a broken record has no id to skip; the readers report it
            }
          });
    }
    CollectedFiles.removeLeftovers(folder);
  }

  private boolean isNew(JsonNode record) {
    String id = record.isObject() ? idOf.apply(record) : "";
    return id.isEmpty() || seen.add(id);
  }

  /** Keeps {@code record} for the new file {@code file} unless its id was collected before. */
  void offer(String file, JsonNode record) {
    if (isNew(record)) {
      files.computeIfAbsent(file, f -> new ArrayList<>()).add(record);
      count++;
    } else {
      skipped++;
    }
  }

  /** The number of new records. */
  int count() {
    return count;
  }

  /** Writes the new records to new files: JSON lines for a {@code .jsonl} name, else an array. */
  void write() throws IOException {
    for (Map.Entry<String, List<JsonNode>> file : files.entrySet()) {
      written.add(CollectedFiles.writeNew(folder, file.getKey(), file.getValue()));
    }
    files.clear();
  }

  /** What was written, for the result line, e.g. {@code 12 new events in logs/okta/x.jsonl}. */
  String summary(Path workspace, String what) {
    String where =
        written.size() == 1
            ? " in " + workspace.relativize(written.get(0)).toString().replace('\\', '/')
            : "";
    return count
        + " new "
        + what
        + where
        + (skipped > 0 ? " (" + skipped + " already collected)" : "");
  }
}
