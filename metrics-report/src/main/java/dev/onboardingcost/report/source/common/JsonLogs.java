package dev.onboardingcost.report.source.common;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.JsonRecords;
import dev.onboardingcost.report.workspace.ReadContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a log reader's handler over every record of a JSON log and accounts the records it does not
 * use: text that is not JSON and values that are not objects are rejected, and a {@link Skip} is
 * ignored or rejected with its reason. A handler that returns normally has used the record (handed
 * an event to the intake, or counted it used).
 */
public final class JsonLogs {
  private JsonLogs() {}

  /** Handles one JSON object of a log. */
  public interface Handler {
    /** Uses the record, or throws {@link Skip}. */
    void handle(JsonNode record, RecordRef ref) throws Skip;
  }

  /**
   * Reads {@code file} for {@code source}.
   *
   * @param containers JSON pointers of wrapper arrays that hold the records (see {@link
   *     JsonRecords})
   */
  public static void read(
      ReadContext context, String source, Path file, List<String> containers, Handler handler)
      throws IOException {
    JsonRecords.read(file, context.nameOf(file), containers, sink(context, source, handler));
  }

  /** The sink that checks each record is an object, runs {@code handler} and accounts skips. */
  static JsonRecords.Sink sink(ReadContext context, String source, Handler handler) {
    return new JsonRecords.Sink() {
      @Override
      public void record(JsonNode record, RecordRef ref) {
        if (!record.isObject()) {
          context
              .quality()
              .rejected(source, ref, "expected a JSON object, got " + record.getNodeType());
          return;
        }
        try {
          handler.handle(record, ref);
        } catch (Skip skip) {
          account(context, source, ref, skip);
        }
      }

      @Override
      public void broken(RecordRef ref, String message) {
        context.quality().rejected(source, ref, message);
      }
    };
  }

  /** Counts a skipped record as ignored or rejected. */
  public static void account(ReadContext context, String source, RecordRef ref, Skip skip) {
    if (skip.isRejected()) {
      context.quality().rejected(source, ref, skip.getMessage());
    } else {
      context.quality().ignored(source, ref, skip.getMessage());
    }
  }
}
