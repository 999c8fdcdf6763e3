package dev.onboardingcost.report.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.CsvTable;
import dev.onboardingcost.report.io.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the canonical events of the README's workspace section from {@code events.csv} and {@code
 * events.jsonl}. Canonical events are never ignored: each record is used or rejected with file and
 * line.
 */
public final class CanonicalEventsReader implements EvidenceReader {
  /** The source name in the data-quality counts. */
  public static final String NAME = "events";

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void read(ReadContext context) throws IOException {
    Optional<Path> csv = context.file(NAME, "events.csv");
    if (csv.isPresent()) {
      readCsv(csv.get(), context);
    }
    Optional<Path> jsonl = context.file(NAME, "events.jsonl");
    if (jsonl.isPresent()) {
      readJsonLines(jsonl.get(), context);
    }
  }

  private static void readCsv(Path file, ReadContext context) throws IOException {
    String name = context.nameOf(file);
    CanonicalEventParser parser =
        new CanonicalEventParser(context.people(), context.timestamps(), "column");
    try (CsvTable table = CsvTable.open(file, name)) {
      if (table.column("type").isEmpty() || table.column("hire").isEmpty()) {
        context
            .quality()
            .rejected(
                NAME,
                RecordRef.line(name, 1),
                "the header needs the columns 'type' and 'hire', got " + table.header());
        return;
      }
      int[] indexOf = new int[CanonicalColumn.values().length];
      for (CanonicalColumn column : CanonicalColumn.values()) {
        indexOf[column.ordinal()] = table.column(column.key()).orElse(-1);
      }
      CsvRecords.forEach(
          table,
          NAME,
          context.quality(),
          (row, ref) -> {
            try {
              context
                  .intake()
                  .accept(NAME, parser.parse(column -> field(row, indexOf[column.ordinal()]), ref));
            } catch (RecordException e) {
              context.quality().rejected(NAME, ref, e.getMessage());
            }
          });
    }
  }

  private static String field(CsvTable.Row row, int index) {
    return index < 0 ? "" : row.get(index).strip();
  }

  private static void readJsonLines(Path file, ReadContext context) throws IOException {
    String name = context.nameOf(file);
    CanonicalEventParser parser =
        new CanonicalEventParser(context.people(), context.timestamps(), "key");
    try (BufferedReader in = new BufferedReader(TextFiles.open(file), 1 << 16)) {
      long lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        RecordRef ref = RecordRef.line(name, lineNumber);
        try {
          Map<String, String> fields = fieldsOf(line);
          context.intake().accept(NAME, parser.parse(column -> text(fields, column), ref));
        } catch (RecordException e) {
          context.quality().rejected(NAME, ref, e.getMessage());
        }
      }
    }
  }

  private static String text(Map<String, String> fields, CanonicalColumn column) {
    String value = fields.get(column.key());
    return value == null ? "" : value.strip();
  }

  /** The text of each key of one JSON object line; nested values are refused. */
  static Map<String, String> fieldsOf(String line) throws RecordException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RecordException("not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new RecordException("expected one JSON object per line, like {\"type\": \"help\"}");
    }
    Map<String, String> fields = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode value = entry.getValue();
      if (value.isNull()) {
        continue;
      }
      if (!value.isValueNode()) {
        throw new RecordException(
            "key '" + entry.getKey() + "': expected text or a number, got " + value.getNodeType());
      }
      fields.put(
          entry.getKey(), value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
    }
    return fields;
  }
}
