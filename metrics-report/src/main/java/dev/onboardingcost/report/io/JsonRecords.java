package dev.onboardingcost.report.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.core.model.RecordRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams the records of a JSON log export one at a time, whatever of the usual shapes it has: a
 * JSON array ({@code [{...}, {...}]}), one object per line (JSON lines), or a wrapper object whose
 * records sit in an array at a known path (an Okta event hook's {@code /data/events}, GitHub search
 * results' {@code /items}). The shape is told by the first non-blank character and, for an object,
 * by whether its first line is a whole JSON value. A top-level array may hold pages, arrays of
 * records (what {@code gh api --paginate --slurp} writes): their records are referred to as {@code
 * /page/index}, e.g. {@code /1/23}.
 *
 * <p>Only one record is in memory at a time. In JSON lines a broken line is reported and the next
 * line read; in an array or a pretty-printed object a syntax error ends the file (the parser cannot
 * find the next record), reported once at the place it was found.
 *
 * <p>Records are referred to by line for JSON lines ({@code file:12}), by line and JSON pointer for
 * array elements ({@code file:40#/3}) and for wrapped records ({@code file:1#/data/events/0}).
 */
public final class JsonRecords {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build())
          .build();

  private JsonRecords() {}

  /** Receives the records of a file. */
  public interface Sink {
    /** One record (any JSON value; readers check it is an object) read at {@code ref}. */
    void record(JsonNode record, RecordRef ref);

    /** Text at {@code ref} that is not JSON; {@code message} says what the parser found. */
    void broken(RecordRef ref, String message);

    /**
     * Settles the line {@code line} of a JSON-lines file, read at {@code ref}, from its text alone
     * when the sink can, with the outcome its record would have had; false gives the line to the
     * parser and the record to {@link #record}. None by default.
     */
    default boolean settledAsText(String line, RecordRef ref) {
      return false;
    }
  }

  /**
   * Reads every record of {@code file}.
   *
   * @param name how references name the file (relative to the workspace)
   * @param containers JSON pointers of arrays inside a wrapper object that hold the records, e.g.
   *     {@code /data/events}; an object that has none of them is itself a record
   * @throws IOException when the file cannot be read at all
   */
  public static void read(Path file, String name, List<String> containers, Sink sink)
      throws IOException {
    long size = Files.size(file);
    try (BufferedReader in = new BufferedReader(TextFiles.open(file), BUFFER)) {
      int first = firstNonBlank(in, size);
      if (first == EMPTY) {
        return;
      }
      if (first == TOO_BLANK) {
        sink.broken(
            RecordRef.line(name, 1),
            "more than " + BLANK_LIMIT + " blank characters before the first record");
        return;
      }
      if (first == '[') {
        try (JsonParser parser = MAPPER.createParser(in)) {
          streamWhole(parser, name, containers, sink);
        }
      } else if (first == '{' && firstLineIsWholeValue(in, size)) {
        readLines(in, name, containers, sink);
      } else if (first == '{') {
        try (JsonParser parser = MAPPER.createParser(in)) {
          streamWhole(parser, name, containers, sink);
        }
      } else {
        sink.broken(
            RecordRef.line(name, 1),
            "expected a JSON array, one JSON object per line or a JSON object, got '"
                + (char) first
                + "'");
      }
    }
  }

  private static final int EMPTY = -1;
  private static final int TOO_BLANK = -2;
  private static final int BLANK_LIMIT = 1 << 20;
  private static final int BUFFER = 1 << 16;

  /**
   * How far to mark a file of {@code fileSize} bytes to read up to {@code limit} characters and one
   * more. A mark that fits the reader's buffer costs nothing, a longer one is made room for at
   * once, and a file of n bytes holds at most n characters: without this bound a file, however
   * small, would have 2 MB made room for to look past its blanks and 32 MB for its first line.
   */
  private static int markFor(long fileSize, int limit) {
    return (int) Math.min(limit + 1L, Math.max(fileSize + 1, BUFFER));
  }

  /**
   * The first non-blank character, {@link #EMPTY} for a blank file, or {@link #TOO_BLANK} when more
   * than {@link #BLANK_LIMIT} blank characters come first; the reader is left at the start.
   */
  private static int firstNonBlank(BufferedReader in, long fileSize) throws IOException {
    in.mark(markFor(fileSize, BLANK_LIMIT));
    int c;
    int blanks = 0;
    while ((c = in.read()) >= 0 && Character.isWhitespace(c)) {
      if (++blanks > BLANK_LIMIT) {
        return TOO_BLANK;
      }
    }
    in.reset();
    return c;
  }

  /** True when the first non-blank line (of at most 16 MB) is a JSON value by itself. */
  private static boolean firstLineIsWholeValue(BufferedReader in, long fileSize)
      throws IOException {
    int limit = 1 << 24;
    in.mark(markFor(fileSize, limit));
    StringBuilder line = new StringBuilder();
    boolean whole = false;
    for (int c = in.read(), n = 1; c >= 0 && n <= limit; c = in.read(), n++) {
      if (c == '\n' || c == '\r') {
        if (!line.toString().isBlank()) {
          whole = true;
          break;
        }
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
    in.reset();
    if (!whole && line.length() > 0) {
      // The file is one line without a line end, or a line longer than the limit.
      whole = line.length() < limit;
    }
    if (!whole) {
      return false;
    }
    try {
      MAPPER.readTree(line.toString());
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static void readLines(BufferedReader in, String name, List<String> containers, Sink sink)
      throws IOException {
    long number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (line.isBlank() || sink.settledAsText(line, RecordRef.line(name, number))) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        sink.broken(RecordRef.line(name, number), "not JSON: " + e.getOriginalMessage());
        continue;
      }
      deliver(node, name, number, containers, sink);
    }
  }

  /**
   * Hands the record(s) of {@code node}, line {@code number} of the file, to {@code sink}: the
   * value itself, or the elements of its container array.
   */
  private static void deliver(
      JsonNode node, String name, long number, List<String> containers, Sink sink) {
    String container = containerOf(node, containers);
    if (container == null) {
      sink.record(node, RecordRef.line(name, number));
    } else {
      JsonNode array = node.at(container);
      for (int i = 0; i < array.size(); i++) {
        sink.record(array.get(i), new RecordRef(name, number, container + "/" + i));
      }
    }
  }

  private static String containerOf(JsonNode node, List<String> containers) {
    for (String container : containers) {
      if (node.at(container).isArray()) {
        return container;
      }
    }
    return null;
  }

  /** A top-level array, or one or more pretty-printed top-level objects, streamed. */
  private static void streamWhole(
      JsonParser parser, String name, List<String> containers, Sink sink) {
    try {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        long line = parser.currentTokenLocation().getLineNr();
        if (token == JsonToken.START_ARRAY) {
          streamArray(parser, name, "", sink);
        } else if (token == JsonToken.START_OBJECT) {
          ObjectNode skeleton = MAPPER.createObjectNode();
          boolean wrapper = walkObject(parser, name, "", containers, skeleton, sink);
          if (!wrapper) {
            sink.record(skeleton, RecordRef.line(name, line));
          }
        } else {
          sink.broken(
              RecordRef.line(name, line),
              "expected a JSON object or array, got " + parser.getText());
        }
      }
    } catch (IOException e) {
      sink.broken(RecordRef.line(name, lineOf(e, parser)), "not JSON: " + messageOf(e));
    }
  }

  private static void streamArray(JsonParser parser, String name, String pointer, Sink sink)
      throws IOException {
    int i = 0;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token == null) {
        throw new JsonParseEnd(parser.currentLocation());
      }
      if (token == JsonToken.START_ARRAY && pointer.isEmpty()) {
        // a page of records: `gh api --paginate --slurp` writes an array of pages
        streamArray(parser, name, "/" + i, sink);
        i++;
        continue;
      }
      long line = parser.currentTokenLocation().getLineNr();
      JsonNode element = parser.readValueAsTree();
      sink.record(element, new RecordRef(name, Math.max(line, 0), pointer + "/" + i));
      i++;
    }
  }

  /**
   * Walks an object; arrays at a container pointer are streamed as records, the rest is kept in
   * {@code into}. Returns true when a container was found (the object is a wrapper).
   */
  private static boolean walkObject(
      JsonParser parser,
      String name,
      String pointer,
      List<String> containers,
      ObjectNode into,
      Sink sink)
      throws IOException {
    boolean wrapper = false;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      if (token == null) {
        throw new JsonParseEnd(parser.currentLocation());
      }
      String field = parser.currentName();
      String path = pointer + "/" + field.replace("~", "~0").replace("/", "~1");
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_ARRAY && containers.contains(path)) {
        streamArray(parser, name, path, sink);
        wrapper = true;
      } else if (value == JsonToken.START_OBJECT && isPrefixOfAny(path, containers)) {
        ObjectNode child = into.putObject(field);
        wrapper |= walkObject(parser, name, path, containers, child, sink);
      } else {
        into.set(field, parser.readValueAsTree());
      }
    }
    return wrapper;
  }

  private static boolean isPrefixOfAny(String path, List<String> containers) {
    for (String container : containers) {
      if (container.startsWith(path + "/")) {
        return true;
      }
    }
    return false;
  }

  private static long lineOf(IOException e, JsonParser parser) {
    if (e instanceof JsonProcessingException
        && ((JsonProcessingException) e).getLocation() != null) {
      return Math.max(((JsonProcessingException) e).getLocation().getLineNr(), 1);
    }
    if (e instanceof JsonParseEnd) {
      return Math.max(((JsonParseEnd) e).location.getLineNr(), 1);
    }
    return Math.max(parser.currentLocation().getLineNr(), 1);
  }

  private static String messageOf(IOException e) {
    if (e instanceof JsonProcessingException) {
      return ((JsonProcessingException) e).getOriginalMessage();
    }
    return e.getMessage();
  }

  /** The file ended inside an array or object. */
  private static final class JsonParseEnd extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient JsonLocation location;

    JsonParseEnd(JsonLocation location) {
      super("the file ends inside an array or object");
      this.location = location;
    }
  }

  /** Reads a small metadata file (Slack's users.json) whole. */
  public static JsonNode readSmall(Path file) throws IOException {
    try (Reader in = TextFiles.open(file)) {
      return MAPPER.readTree(in);
    }
  }
}
