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

  /**
   * Settles the records that the text of one top-level key decides by itself, as the handler would
   * settle them: a big log is mostly events of types nobody reads (a year's sign-ins).
   */
  public interface KeyFilter {
    /** The top-level key, e.g. {@code eventType}. */
    String key();

    /**
     * True when the handler ignores every record whose key has {@code text} (stripped, not empty).
     */
    boolean ignores(String text);

    /** Why the handler ignores a record whose key has {@code text}. */
    String reason(String text);
  }

  /**
   * Reads {@code file} for {@code source} as {@link #read(ReadContext, String, Path, List,
   * Handler)} does, with the same outcome, except that in JSON lines a record which {@code filter}
   * ignores by its key's text is counted ignored without being made a tree.
   */
  public static void read(
      ReadContext context,
      String source,
      Path file,
      List<String> containers,
      Handler handler,
      KeyFilter filter)
      throws IOException {
    JsonRecords.Sink sink = sink(context, source, handler);
    List<String> wrapperKeys = containers.stream().map(c -> c.split("/")[1]).toList();
    JsonRecords.read(
        file,
        context.nameOf(file),
        containers,
        new JsonRecords.Sink() {
          @Override
          public void record(JsonNode record, RecordRef ref) {
            sink.record(record, ref);
          }

          @Override
          public void broken(RecordRef ref, String message) {
            sink.broken(ref, message);
          }

          @Override
          public boolean settledAsText(String line, RecordRef ref) {
            String text = TopLevelText.of(line, filter.key(), wrapperKeys).orElse("");
            if (text.isEmpty() || !filter.ignores(text)) {
              return false;
            }
            context.quality().ignored(source, ref, () -> filter.reason(text));
            return true;
          }
        });
  }

  /** The sink that checks each record is an object, runs {@code handler} and accounts skips. */
  private static JsonRecords.Sink sink(ReadContext context, String source, Handler handler) {
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
