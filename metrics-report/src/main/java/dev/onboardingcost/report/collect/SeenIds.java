package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.JsonRecords;
import dev.onboardingcost.report.workspace.WorkspaceFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The ids of the events a source's folder already holds. The files themselves are the record of
 * what was collected, so an interrupted run (files written, cursor not moved) repeats nothing: the
 * next run finds those ids here and skips them.
 */
final class SeenIds {
  private final Set<String> ids = new HashSet<>();
  private final Function<JsonNode, String> idOf;

  private SeenIds(Function<JsonNode, String> idOf) {
    this.idOf = idOf;
  }

  /**
   * The ids ({@code idOf} of each record; empty ids are not kept) in the JSON files of {@code
   * folder} ending with one of {@code extensions}; records in {@code containers} are read too.
   */
  static SeenIds in(
      Path folder, List<String> containers, Function<JsonNode, String> idOf, String... extensions)
      throws IOException {
    SeenIds seen = new SeenIds(idOf);
    for (Path file : WorkspaceFiles.list(folder, extensions)) {
      JsonRecords.read(
          file,
          file.getFileName().toString(),
          containers,
          new JsonRecords.Sink() {
            @Override
            public void record(JsonNode record, RecordRef ref) {
              seen.add(record);
            }

            @Override
            public void broken(RecordRef ref, String message) {
              // a broken record has no id to skip; the readers report it
            }
          });
    }
    return seen;
  }

  /** Adds {@code record}'s id; true when it was not seen before (the record is new). */
  boolean add(JsonNode record) {
    String id = record.isObject() ? idOf.apply(record) : "";
    return id.isEmpty() || ids.add(id);
  }

  /** The number of ids seen. */
  int size() {
    return ids.size();
  }
}
