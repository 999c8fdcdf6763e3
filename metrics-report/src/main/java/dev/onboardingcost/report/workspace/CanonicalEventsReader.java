package dev.onboardingcost.report.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.CsvTable;
import dev.onboardingcost.report.io.LineBlocks;
import dev.onboardingcost.report.io.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the canonical events of SPEC section 4 from {@code events.csv} and {@code events.jsonl}.
 * Canonical events are never ignored: each record is used or rejected with file and line.
 */
public final class CanonicalEventsReader implements EvidenceReader {
  /** The source name in the data-quality counts. */
  public static final String NAME = "events";

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final Optional<LineBlocks> blocks;

  /** A reader of events.csv in blocks on every core. */
  public CanonicalEventsReader() {
    this(Optional.of(LineBlocks.onAllProcessors()));
  }

  private CanonicalEventsReader(Optional<LineBlocks> blocks) {
    this.blocks = blocks;
  }

  /** A reader of events.csv in {@code blocks} (their size and threads). */
  public static CanonicalEventsReader inBlocks(LineBlocks blocks) {
    return new CanonicalEventsReader(Optional.of(blocks));
  }

  /** A reader of events.csv record by record on one thread: the reference the fast path equals. */
  public static CanonicalEventsReader plain() {
    return new CanonicalEventsReader(Optional.empty());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void read(ReadContext context) throws IOException {
    Path csv = context.workspace().resolve("events.csv");
    if (Files.isRegularFile(csv)) {
      readCsv(csv, context);
    }
    Path jsonl = context.workspace().resolve("events.jsonl");
    if (Files.isRegularFile(jsonl)) {
      readJsonLines(jsonl, context);
    }
  }

  private void readCsv(Path file, ReadContext context) throws IOException {
    String name = context.nameOf(file);
    CanonicalEventParser parser =
        new CanonicalEventParser(context.people(), context.timestamps(), "column");
    int[] indexOf = new int[CanonicalColumn.values().length];
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
      for (CanonicalColumn column : CanonicalColumn.values()) {
        indexOf[column.ordinal()] = table.column(column.key()).orElse(-1);
      }
      readRows(table, indexOf, parser, context, 0);
    }
  }

  private static String field(CsvTable.Row row, int index) {
    return index < 0 ? "" : row.get(index).strip();
  }

  /**
   * True when the bytes of {@code file} may be read directly: UTF-8, and a first line that is the
   * header, with no quotes (so it is one line).
   */
  private static boolean hasPlainHeader(Path file) throws IOException {
    if (!TextFiles.isUtf8(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(1 << 16);
      boolean bom =
          head.length >= 3
              && (head[0] & 0xff) == 0xEF
              && (head[1] & 0xff) == 0xBB
              && (head[2] & 0xff) == 0xBF;
      int start = bom ? 3 : 0;
      for (int i = start; i < head.length; i++) {
        if (head[i] == '\n' || head[i] == '\r') {
          return i > start;
        }
        if (head[i] == '"') {
          return false;
        }
      }
      return false;
    }
  }

  /** Reads the records of {@code table} the plain way, from line {@code fromLine} on. */
  private static void readRows(
      CsvTable table,
      int[] indexOf,
      CanonicalEventParser parser,
      ReadContext context,
      long fromLine) {
    CsvRecords.forEach(
        table,
        NAME,
        context.quality(),
        (row, ref) -> {
          if (row.line() < fromLine) {
            return;
          }
          try {
            context
                .intake()
                .accept(NAME, parser.parse(column -> field(row, indexOf[column.ordinal()]), ref));
          } catch (RecordException e) {
            context.quality().rejected(NAME, ref, e.getMessage());
          }
        });
  }

  private void readJsonLines(Path file, ReadContext context) throws IOException {
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
