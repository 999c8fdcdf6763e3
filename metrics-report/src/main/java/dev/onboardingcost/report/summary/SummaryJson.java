package dev.onboardingcost.report.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
      MAPPER.writer(printer()).writeValue(out, tree);
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
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      MAPPER.writer(printer()).writeValue(new NonClosing(out), tree);
      out.write('\n');
    }
  }

  /** Keeps Jackson from closing the writer before the final newline. */
  private static final class NonClosing extends FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
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
