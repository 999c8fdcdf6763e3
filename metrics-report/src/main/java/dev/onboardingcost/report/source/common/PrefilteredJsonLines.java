package dev.onboardingcost.report.source.common;

import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.ByteScan;
import dev.onboardingcost.report.io.JsonRecords;
import dev.onboardingcost.report.io.LineBlocks;
import dev.onboardingcost.report.io.TextFiles;
import dev.onboardingcost.report.workspace.ReadContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads a big JSON-lines log on every core, settling the bulk of its lines without Jackson: a line
 * that {@link StrictJsonLine} finds to be a plain JSON object whose top-level key (Okta's {@code
 * eventType}) has a text the {@link Prefilter} ignores by itself is counted ignored with the
 * prefilter's reason; every other line is parsed by Jackson and handled as {@link JsonLogs#read}
 * does. The outcome (counts, problems with their order, lines and reasons, and what the handler
 * gets) is the same as {@link JsonLogs#read}'s.
 *
 * <p>A file that is not UTF-8 JSON lines (a JSON array, a pretty-printed event-hook delivery,
 * Windows-1252 or UTF-16 text) is read by {@link JsonLogs#read}.
 */
public final class PrefilteredJsonLines {
  private final LineBlocks blocks;

  /** Reads in {@code blocks}. */
  public PrefilteredJsonLines(LineBlocks blocks) {
    this.blocks = Objects.requireNonNull(blocks, "blocks");
  }

  private PrefilteredJsonLines() {
    this.blocks = null;
  }

  /** The plain path: every file read by {@link JsonLogs#read} (the reference tests compare to). */
  public static PrefilteredJsonLines off() {
    return new PrefilteredJsonLines();
  }

  /** Decides a record from the text of one top-level key alone, when it can; thread-safe. */
  public interface Prefilter {
    /**
     * True when a record whose key has {@code text} (stripped, not empty) is ignored for it. Called
     * on worker threads.
     */
    boolean ignores(String text);

    /** Why a record whose key has {@code text} is ignored (asked only when it is listed). */
    String reason(String text);
  }

  /**
   * Reads {@code file} for {@code source} as {@link JsonLogs#read} does, letting {@code prefilter}
   * settle the lines whose top-level {@code key} decides them.
   */
  public void read(
      ReadContext context,
      String source,
      Path file,
      List<String> containers,
      String key,
      Prefilter prefilter,
      JsonLogs.Handler handler)
      throws IOException {
    if (blocks == null || !TextFiles.isUtf8(file) || !JsonRecords.isJsonLines(file)) {
      JsonLogs.read(context, source, file, containers, handler);
      return;
    }
    String name = context.nameOf(file);
    JsonRecords.Sink sink = JsonLogs.sink(context, source, handler);
    List<String> wrapperKeys = containers.stream().map(c -> c.split("/")[1]).toList();
    blocks.read(
        file,
        block -> sort(block, new StrictJsonLine(key, wrapperKeys), prefilter),
        (lines, firstLine) -> {
          long unlisted = 0; // ignored lines counted once the listing is over
          for (int i = 0; i < lines.size; i++) {
            long number = firstLine + lines.index[i];
            Object line = lines.line[i];
            if (line instanceof String) {
              if (context.quality().listsIgnored()) {
                String text = (String) line;
                context
                    .quality()
                    .ignored(source, RecordRef.line(name, number), () -> prefilter.reason(text));
              } else {
                unlisted++;
              }
            } else {
              if (unlisted > 0) { // counted before a delivery that might throw
                context.quality().ignoredUnlisted(source, unlisted);
                unlisted = 0;
              }
              JsonRecords.deliver((JsonRecords.ParsedLine) line, name, number, containers, sink);
            }
          }
          if (unlisted > 0) {
            context.quality().ignoredUnlisted(source, unlisted);
          }
        });
  }

  /**
   * The non-blank lines of a block in order, each with its index in the block and what it is: the
   * key text the prefilter ignored it for (a {@code String}), or Jackson's reading of it. Arrays,
   * not an object per line: nearly every line of a big log is an ignored sign-in, and the texts are
   * the scanner's few remembered strings.
   */
  private static final class SortedLines {
    int[] index = new int[256];
    Object[] line = new Object[256];
    int size;

    void add(int lineIndex, Object what) {
      if (size == index.length) {
        index = Arrays.copyOf(index, size * 2);
        line = Arrays.copyOf(line, size * 2);
      }
      index[size] = lineIndex;
      line[size++] = what;
    }
  }

  /** On a worker: each non-blank line, settled by the prefilter or parsed. */
  private static SortedLines sort(
      LineBlocks.Block block, StrictJsonLine scanner, Prefilter prefilter) throws IOException {
    SortedLines lines = new SortedLines();
    block.forEachLineFound(
        (bytes, start, blockEnd, index) -> {
          String text = scanner.keyText(bytes, start, blockEnd);
          if (text != null && !text.isEmpty() && prefilter.ignores(text)) {
            lines.add(index, text);
            return scanner.lineEnd();
          }
          int end = ByteScan.lineEnd(bytes, start, blockEnd);
          if (!isBlank(bytes, start, end)) {
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            lines.add(index, JsonRecords.parseLine(line));
          }
          return end;
        });
    return lines;
  }

  /** Spaces and tabs only (other blank lines go to the parser, which skips them too). */
  private static boolean isBlank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
