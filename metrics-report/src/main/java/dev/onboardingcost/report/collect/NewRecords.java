package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records of one run of one source that its folder does not hold yet, written as one new file
 * when the run ends or fails ({@link #write()}), so that a failure keeps what was fetched.
 */
final class NewRecords {
  private final Path folder;
  private final String name;
  private final boolean jsonLines;
  private final SeenIds seen;
  private final List<JsonNode> records = new ArrayList<>();
  private int skipped;
  private Optional<Path> written = Optional.empty();

  NewRecords(Path folder, String name, boolean jsonLines, SeenIds seen) throws IOException {
    this.folder = folder;
    this.name = name;
    this.jsonLines = jsonLines;
    this.seen = seen;
    CollectedFiles.removeLeftovers(folder);
  }

  /** Keeps {@code record} unless its id was collected before. */
  void offer(JsonNode record) {
    if (seen.add(record)) {
      records.add(record);
    } else {
      skipped++;
    }
  }

  int count() {
    return records.size();
  }

  /** Writes the new records, if any, to a new file. */
  void write() throws IOException {
    if (records.isEmpty() || written.isPresent()) {
      return;
    }
    written =
        Optional.of(
            jsonLines
                ? CollectedFiles.writeJsonLines(folder, name, records)
                : CollectedFiles.writeJsonArray(folder, name, records));
  }

  /** What was written, for the result line, e.g. {@code 12 new events in logs/okta/x.jsonl}. */
  String summary(Path workspace, String what) {
    String where =
        written
            .map(file -> " in " + workspace.relativize(file).toString().replace('\\', '/'))
            .orElse("");
    return records.size()
        + " new "
        + what
        + where
        + (skipped > 0 ? " (" + skipped + " already collected)" : "");
  }
}
