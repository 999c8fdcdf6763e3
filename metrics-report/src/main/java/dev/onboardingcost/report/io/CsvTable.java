package dev.onboardingcost.report.io;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalInt;

/**
 * A CSV file with a header row, read record by record (FastCSV), with the line each record starts
 * on. The delimiter (comma, semicolon or tab) is detected from the header line; the encoding as
 * {@link TextFiles} does. Header names may repeat (Jira does this); lookups ignore case and
 * surrounding white space and find the first column of a name.
 */
public final class CsvTable implements Closeable {
  private final String name;
  private final List<String> header;
  private final char delimiter;
  private final CsvReader<CsvRecord> reader;
  private final CloseableIterator<CsvRecord> records;
  private final QuoteTracker quotes;
  private final String headerProblem;
  private CsvSyntaxException pending;

  private CsvTable(String name, BufferedReader in) throws IOException {
    this.name = name;
    this.delimiter = detectDelimiter(in);
    this.quotes = new QuoteTracker(in, delimiter);
    this.reader =
        CsvReader.builder()
            .fieldSeparator(delimiter)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(quotes);
    this.records = reader.iterator();
    List<String> names = new ArrayList<>();
    String problem = null;
    try {
      if (records.hasNext()) {
        for (String field : records.next().getFields()) {
          names.add(field.strip());
        }
      }
    } catch (CsvParseException | UncheckedIOException e) {
      // An unreadable header (a 50 MB line, say) is no header; readers report the missing columns.
      names.clear();
      problem = new CsvSyntaxException(name, e).getMessage();
    }
    this.header = Collections.unmodifiableList(names);
    this.headerProblem = problem;
  }

  /** Why the header line could not be read, if it could not; the header is then empty. */
  public java.util.Optional<String> headerProblem() {
    return java.util.Optional.ofNullable(headerProblem);
  }

  /**
   * Opens {@code file}; {@code name} is how problems refer to it (e.g. {@code survey/week1.csv}).
   */
  public static CsvTable open(Path file, String name) throws IOException {
    BufferedReader in = new BufferedReader(TextFiles.open(file), 1 << 16);
    try {
      return new CsvTable(name, in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** How problems refer to this file. */
  public String name() {
    return name;
  }

  /** The header names, trimmed, in file order (repeats kept). */
  public List<String> header() {
    return header;
  }

  /** The detected delimiter. */
  public char delimiter() {
    return delimiter;
  }

  /** The index of the first column called {@code column} (case and white space ignored). */
  public OptionalInt column(String column) {
    String wanted = fold(column);
    for (int i = 0; i < header.size(); i++) {
      if (fold(header.get(i)).equals(wanted)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The indexes of every column called {@code column}, for repeated names. */
  public List<Integer> columns(String column) {
    String wanted = fold(column);
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (fold(header.get(i)).equals(wanted)) {
        found.add(i);
      }
    }
    return found;
  }

  private static String fold(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The next record, or null at the end of the file.
   *
   * @throws CsvSyntaxException when the rest of the file cannot be parsed (an unterminated quote)
   */
  public Row next() {
    if (pending != null) {
      CsvSyntaxException problem = pending;
      pending = null;
      throw problem;
    }
    if (headerProblem != null) {
      return null;
    }
    try {
      if (!records.hasNext()) {
        return null;
      }
      CsvRecord record = records.next();
      Row row = new Row(record.getStartingLineNumber(), record.getFields().toArray(new String[0]));
      boolean more;
      try {
        more = records.hasNext();
      } catch (CsvParseException | UncheckedIOException e) {
        // This record is sound; the next call reports the problem after it.
        pending = new CsvSyntaxException(name, e);
        return row;
      }
      if (!more && quotes.endedInsideQuotes()) {
        // FastCSV takes the rest of the file as the last field; that would hide records in a note.
        throw new CsvSyntaxException(
            name
                + ": line "
                + row.line()
                + ": a quoted field is never closed (an unterminated quote runs to the end of the"
                + " file)");
      }
      return row;
    } catch (CsvParseException e) {
      throw new CsvSyntaxException(name, e);
    } catch (UncheckedIOException e) {
      throw new CsvSyntaxException(name, e);
    } catch (NoSuchElementException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** One record: the line it starts on and its fields. */
  public record Row(long line, String[] fields) {
    /** The field at {@code index}, or the empty string when the record is shorter. */
    public String get(int index) {
      return index < fields.length ? fields[index] : "";
    }

    /** The field at {@code index} if the column exists. */
    public String get(OptionalInt index) {
      return index.isPresent() ? get(index.getAsInt()) : "";
    }

    /** True when every field is blank. */
    public boolean isBlank() {
      for (String field : fields) {
        if (!field.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  /** The rest of a CSV file could not be parsed. */
  public static final class CsvSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CsvSyntaxException(String file, Exception cause) {
      super(file + ": " + cause.getMessage(), cause);
    }

    CsvSyntaxException(String message) {
      super(message);
    }
  }

  /** How much of the header line the delimiter detection looks at. */
  private static final int HEADER_PEEK = 1 << 16;

  /**
   * Peeks at the header line (its first {@value #HEADER_PEEK} characters: a header line of 50 MB
   * must not outgrow the mark) and picks the delimiter that splits it most.
   */
  private static char detectDelimiter(BufferedReader in) throws IOException {
    in.mark(HEADER_PEEK + 1);
    StringBuilder head = new StringBuilder();
    try {
      for (int c = in.read(); c >= 0 && c != '\n' && c != '\r'; c = in.read()) {
        head.append((char) c);
        if (head.length() >= HEADER_PEEK) {
          break;
        }
      }
    } finally {
      in.reset();
    }
    String first = head.toString();
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < first.length(); i++) {
      char c = first.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ',') {
          commas++;
        } else if (c == ';') {
          semicolons++;
        } else if (c == '\t') {
          tabs++;
        }
      }
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  /**
   * Passes characters through while following RFC 4180 quoting ({@link CsvQuoting}), so that a file
   * ending inside a quoted field can be told from one that does not (FastCSV accepts both alike).
   */
  private static final class QuoteTracker extends java.io.FilterReader {
    private final char delimiter;
    private int state = CsvQuoting.FIELD_START;

    QuoteTracker(java.io.Reader in, char delimiter) {
      super(in);
      this.delimiter = delimiter;
    }

    boolean endedInsideQuotes() {
      return state == CsvQuoting.QUOTED;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        state = CsvQuoting.next(state, (char) c, delimiter);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = 0; i < n; i++) {
        state = CsvQuoting.next(state, buffer[offset + i], delimiter);
      }
      return n;
    }
  }
}
