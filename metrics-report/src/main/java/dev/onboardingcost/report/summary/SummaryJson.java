package dev.onboardingcost.report.summary;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes JSON the same way every time: keys in the order they were put, two-space indent, decimal
 * numbers in plain notation, a final newline. Same tree, same bytes.
 */
public final class SummaryJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          // a tree read back from written pieces keeps 1575.00 as it is, as a tree built does
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private SummaryJson() {}

  /** A new, empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The text of {@code tree}, ending in a newline. */
  public static String toText(ObjectNode tree) {
    try {
      StringWriter out = new StringWriter();
      try (JsonGenerator generator = prettyPrinting(MAPPER.getFactory().createGenerator(out))) {
        MAPPER.writeTree(generator, tree);
      }
      return out.append('\n').toString();
    } catch (IOException e) {
      throw new IllegalStateException("JSON of an in-memory tree cannot fail", e);
    }
  }

  /**
   * Writes {@code tree} to {@code file} as UTF-8, streaming (a summary of many thousand hires is
   * never held as one string); the bytes equal {@link #toText}'s.
   */
  public static void write(ObjectNode tree, Path file) throws IOException {
    write(file, generator -> MAPPER.writeTree(generator, tree));
  }

  /**
   * Writes to {@code file} as UTF-8 what {@code body} writes, ending in a newline, with the same
   * layout as {@link #toText}: a document written piece by piece equals the tree of the same
   * pieces.
   */
  static void write(Path file, Body body) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      JsonGenerator generator =
          prettyPrinting(MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8));
      body.writeTo(generator);
      generator.close(); // flushes, but leaves the stream open: AUTO_CLOSE_TARGET is off
      out.write('\n');
    }
  }

  /** The tree of what {@code body} writes. */
  static ObjectNode treeOf(Body body) {
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      body.writeTo(buffer);
      return (ObjectNode) MAPPER.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new IllegalStateException("JSON in memory cannot fail", e);
    }
  }

  /** Writes {@code node}, e.g. a small section built as a tree, where the generator stands. */
  static void writeTree(JsonGenerator generator, JsonNode node) throws IOException {
    MAPPER.writeTree(generator, node);
  }

  /** Something that writes one JSON document to a generator. */
  @FunctionalInterface
  interface Body {
    /** Writes the document. */
    void writeTo(JsonGenerator generator) throws IOException;
  }

  private static JsonGenerator prettyPrinting(JsonGenerator generator) {
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return generator.setPrettyPrinter(printer());
  }

  private static DefaultPrettyPrinter printer() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return printer;
  }
}
