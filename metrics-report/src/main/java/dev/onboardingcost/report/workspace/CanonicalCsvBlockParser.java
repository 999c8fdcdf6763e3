package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.onboardingcost.core.cost.EventRow;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.ByteScan;
import dev.onboardingcost.report.io.CsvQuoting;
import dev.onboardingcost.report.io.LineBlocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads canonical events from a block of {@code events.csv} lines straight from the bytes: fields
 * are cut at the delimiter without a string each, and repeated ones (hire ids, categories, minutes)
 * come from a {@link FieldCache}. Each record then goes through the same {@link
 * CanonicalEventParser} as every other path, so the rules and messages are the same.
 *
 * <p>A line with a quote is read by FastCSV, as the whole file would be. A record that goes on past
 * its line (a quoted field with a line break) ends the block early: the caller reads the rest of
 * the file the plain way from there.
 */
final class CanonicalCsvBlockParser {
  private final ThreadLocal<FieldCache> caches = ThreadLocal.withInitial(FieldCache::new);

  /** Per thread, where {@link #parseGroupedByHire} copies a block's lines in group order. */
  private final ThreadLocal<byte[]> regroupBuffers = ThreadLocal.withInitial(() -> new byte[0]);

  private final String fileName;
  private final char delimiter;
  private final int[] indexOf;
  private final CanonicalEventParser parser;

  /** Per thread, the groups {@link #parseGroupedByHire} puts a block's lines in. */
  private final ThreadLocal<HireGroups> hireGroups;

  /**
   * A valid record just read from a line: its event as a row, which the next record fills again,
   * and what else a sink may ask of it. Its place ({@link #get}) is its file and its line in the
   * block, counted from 1.
   */
  interface ReadRecord extends Supplier<RecordRef> {
    /** The event, as a row. */
    EventRow row();

    /** The event, with its note and its place. */
    OnboardingEvent event();

    /**
     * The hire field as this thread's cache remembers it, where the sink may keep what it found for
     * the hire; null when not remembered.
     */
    FieldCache.Entry hireField();
  }

  /** Where the records of a block go, with their line numbers counted from 1 in the block. */
  interface RecordSink {
    /** A valid record. */
    void record(ReadRecord record);

    /** A record that breaks a rule of SPEC section 4. */
    void rejected(RecordRef ref, String reason);

    /** A sink giving events to {@code events} and rejections to {@code rejections}. */
    static RecordSink of(
        Consumer<OnboardingEvent> events, BiConsumer<RecordRef, String> rejections) {
      return new RecordSink() {
        @Override
        public void record(ReadRecord record) {
          events.accept(record.event());
        }

        @Override
        public void rejected(RecordRef ref, String reason) {
          rejections.accept(ref, reason);
        }
      };
    }
  }

  /**
   * A parser for a file called {@code fileName} whose fields are split by {@code delimiter} and
   * whose header put each column at {@code indexOf[column.ordinal()]} (-1 when absent); the first
   * line of the file is the header.
   */
  CanonicalCsvBlockParser(
      String fileName, char delimiter, int[] indexOf, CanonicalEventParser parser) {
    this.fileName = requireNonNull(fileName, "fileName");
    this.delimiter = delimiter;
    this.indexOf = indexOf.clone();
    this.parser = requireNonNull(parser, "parser");
    int hireColumn = indexOf[CanonicalColumn.HIRE.ordinal()];
    this.hireGroups = ThreadLocal.withInitial(() -> new HireGroups(delimiter, hireColumn));
  }

  /**
   * Reads the lines of {@code block} into {@code sink}.
   *
   * @return -1 when every line was read, else the line (from 0 in the block) from which the plain
   *     reader must read the rest: a quoted field there runs past its line
   */
  int parse(LineBlocks.Block block, RecordSink sink) throws IOException {
    LineFields fields = new LineFields(caches.get());
    int[] restart = {-1};
    boolean header = block.index() == 0;
    block.forEachLine(
        (bytes, start, end, index) -> {
          if (restart[0] < 0
              && !(header && index == 0)
              && !read(fields, bytes, start, end, index, sink)) {
            restart[0] = index;
          }
        });
    return restart[0];
  }

  /**
   * {@link #parse} with the block's lines taken hire group by hire group: each line goes to one of
   * {@link HireGroups#GROUPS} groups by the bytes of its hire field, and the groups are read one
   * after another, each in line order. A group's hires' cached fields and running sums then stay in
   * the processor's cache while their lines are read, instead of being fetched from memory for
   * nearly every line (20,000 hires' do not fit a cache, and a file lists its rows in any order).
   * The records and what they add up to are the same, the order of admission aside (sums, unions
   * and earliest milestones do not depend on it); the sink gets them out of line order.
   *
   * <p>Lines from the first one with a quote on are read after the groups, in order, as {@link
   * #parse} reads them: only a quoted field can make a line unreadable on its own and end the
   * block.
   */
  int parseGroupedByHire(LineBlocks.Block block, RecordSink sink) throws IOException {
    HireGroups groups = hireGroups.get();
    groups.clear();
    boolean header = block.index() == 0;
    block.forEachLine(
        (bytes, start, end, index) -> {
          if (!(header && index == 0)) {
            groups.add(bytes, start, end, index);
          }
        });
    byte[] bytes = block.bytes();
    byte[] regrouped = regroupBuffers.get();
    if (regrouped.length < block.end()) {
      regrouped = new byte[block.end()];
      regroupBuffers.set(regrouped);
    }
    LineFields fields = new LineFields(caches.get());
    int count = groups.regroup(bytes, regrouped);
    for (int k = 0; k < count; k++) {
      int start = groups.groupedStart(k);
      if (!read(fields, regrouped, start, groups.groupedEnd(k), groups.groupedIndex(k), sink)) {
        throw new IllegalStateException("a line with no quote could not be split");
      }
    }
    for (int line = groups.firstQuoted(); line < groups.size(); line++) {
      if (!read(fields, bytes, groups.start(line), groups.end(line), groups.index(line), sink)) {
        return groups.index(line);
      }
    }
    return -1;
  }

  /**
   * Reads the line {@code bytes[start, end)}, line {@code index} of its block, into {@code sink};
   * false (nothing read) when it cannot be read on its own.
   */
  private boolean read(
      LineFields fields, byte[] bytes, int start, int end, int index, RecordSink sink) {
    if (!fields.split(bytes, start, end)) {
      return false;
    }
    if (!fields.isBlank()) {
      fields.lineNumber = index + 1L;
      try {
        parser.parseInto(fields, fields.row);
      } catch (RecordException e) {
        sink.rejected(fields.get(), e.getMessage());
        return true;
      }
      sink.record(fields);
    }
    return true;
  }

  /**
   * {@link Character#isWhitespace} of an ASCII byte: every such character lies at or below the
   * space, so most bytes are told apart by one comparison.
   */
  static boolean isAsciiWhitespace(byte b) {
    return b <= ' ' && Character.isWhitespace(b);
  }

  /**
   * The fields of the current line, as byte ranges or (after FastCSV) as strings, and the record
   * read from them.
   */
  private final class LineFields implements CanonicalFields, ReadRecord {
    private final FieldCache cache;
    private final EventRow row = new EventRow();
    private long lineNumber; // of the record read, in the block
    private int fieldStart; // while splitting: where the current field starts
    private boolean fieldAscii; // and whether it is ASCII so far
    private byte[] line;
    private int count;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] ascii = new boolean[16];
    private String[] parsed; // set when FastCSV read the line
    private final FieldCache.Entry[] entries =
        new FieldCache.Entry[CanonicalColumn.values().length];

    LineFields(FieldCache cache) {
      this.cache = cache;
    }

    @Override
    public EventRow row() {
      return row;
    }

    @Override
    public OnboardingEvent event() {
      return parser.eventOf(row, this, get());
    }

    @Override
    public RecordRef get() {
      return RecordRef.line(fileName, lineNumber);
    }

    @Override
    public FieldCache.Entry hireField() {
      return cached(CanonicalColumn.HIRE);
    }

    /**
     * Splits the line {@code bytes[from, to)}; false when it cannot be read on its own (a quoted
     * field running past the line end).
     */
    boolean split(byte[] bytes, int from, int to) {
      line = bytes;
      parsed = null;
      count = 0;
      Arrays.fill(entries, null);
      if (from == to) {
        return true; // an empty line is no record
      }
      fieldStart = from;
      fieldAscii = true;
      int i = from;
      if (delimiter < 0x80) {
        // eight bytes at a time, looking only at the delimiters, quotes and non-ASCII bytes
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
          for (long marks = ByteScan.delimiterMarks(bytes, i, (byte) delimiter);
              marks != 0;
              marks &= marks - 1) {
            if (!take(bytes, i + (Long.numberOfTrailingZeros(marks) >>> 3))) {
              return splitQuoted(bytes, from, to);
            }
          }
        }
      }
      for (; i < to; i++) {
        if (!take(bytes, i)) {
          return splitQuoted(bytes, from, to);
        }
      }
      add(fieldStart, to, fieldAscii);
      return true;
    }

    /**
     * Takes the byte {@code bytes[at]} of the line being split: a delimiter ends the field, a byte
     * that is not ASCII marks it; false at a quote (FastCSV then reads the line).
     */
    private boolean take(byte[] bytes, int at) {
      byte b = bytes[at];
      if (b == delimiter) {
        add(fieldStart, at, fieldAscii);
        fieldStart = at + 1;
        fieldAscii = true;
      } else if (b == '"') {
        return false;
      } else if (b < 0) {
        fieldAscii = false;
      }
      return true;
    }

    private void add(int from, int to, boolean isAscii) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        ascii = Arrays.copyOf(ascii, count * 2);
      }
      if (isAscii) {
        while (from < to && isAsciiWhitespace(line[from])) {
          from++;
        }
        while (to > from && isAsciiWhitespace(line[to - 1])) {
          to--;
        }
      }
      starts[count] = from;
      ends[count] = to;
      ascii[count] = isAscii;
      count++;
    }

    private boolean splitQuoted(byte[] bytes, int from, int to) {
      int state = CsvQuoting.FIELD_START;
      for (int i = from; i < to; i++) {
        state = CsvQuoting.next(state, (char) (bytes[i] & 0xff), delimiter);
      }
      if (state == CsvQuoting.QUOTED) {
        return false;
      }
      String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
      try (CsvReader<CsvRecord> reader =
          CsvReader.builder()
              .fieldSeparator(delimiter)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .ofCsvRecord(text)) {
        List<CsvRecord> records = reader.stream().toList();
        if (records.size() != 1) {
          return false;
        }
        parsed = records.get(0).getFields().toArray(new String[0]);
        count = parsed.length;
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    boolean isBlank() {
      for (int i = 0; i < count; i++) {
        boolean blank =
            parsed != null
                ? parsed[i].isBlank()
                : ascii[i] ? ends[i] == starts[i] : decode(i).isBlank();
        if (!blank) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String text(CanonicalColumn column) {
      int i = indexOf[column.ordinal()];
      if (i < 0 || i >= count) {
        return "";
      }
      if (parsed != null) {
        return parsed[i].strip();
      }
      if (!ascii[i]) {
        return decode(i).strip();
      }
      if (column == CanonicalColumn.START || column == CanonicalColumn.END) {
        return new String(line, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1);
      }
      FieldCache.Entry entry = cached(column);
      return entry != null
          ? entry.text
          : new String(line, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean isEmpty(CanonicalColumn column) {
      int i = indexOf[column.ordinal()];
      if (i < 0 || i >= count) {
        return true;
      }
      if (parsed != null || !ascii[i]) {
        return text(column).isEmpty();
      }
      return ends[i] == starts[i]; // ASCII white space around it was cut off
    }

    @Override
    public <T> T parsed(CanonicalColumn column, Function<String, T> parse) {
      FieldCache.Entry entry = cached(column);
      return entry != null ? entry.parsed(parse) : parse.apply(text(column));
    }

    @Override
    public Instant instant(CanonicalColumn column, Timestamps timestamps) {
      int i = indexOf[column.ordinal()];
      if (parsed != null || i < 0 || i >= count || !ascii[i]) {
        return timestamps.parse(text(column));
      }
      return timestamps.parse(line, starts[i], ends[i]);
    }

    private FieldCache.Entry cached(CanonicalColumn column) {
      int i = indexOf[column.ordinal()];
      if (parsed != null || i < 0 || i >= count || !ascii[i]) {
        return null;
      }
      FieldCache.Entry entry = entries[column.ordinal()];
      if (entry == null) {
        entry = cache.lookup(line, starts[i], ends[i]);
        entries[column.ordinal()] = entry;
      }
      return entry;
    }

    private String decode(int i) {
      return new String(line, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }
  }
}
