package dev.onboardingcost.report.source.survey;

import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.workspace.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A survey workbook ({@code .xlsx}: a Microsoft Forms export, or the form {@code survey-template}
 * writes, filled in): the first sheet, its first row the header, each later row a response whose
 * line is its row number. The sheet is streamed (one row in memory), numbers are read as the plain
 * values typed (never through the cell's display format: 2.5 shown as "3" is 2.5), and date cells
 * as ISO dates, which no answer accepts.
 *
 * <p>Hostile workbooks are bounded: POI's zip limits refuse an entry that inflates more than {@link
 * #MIN_INFLATE_RATIO} allows or is larger than {@link #MAX_ENTRY_BYTES}, and a sheet with more than
 * {@link #MAX_ROWS} rows has the rest rejected as one record. A file that is no workbook is one
 * rejected record.
 */
final class XlsxSurveyRows implements SurveyRows {
  /** The most response rows read from one sheet. */
  static final int MAX_ROWS = 100_000;

  /** The most columns read from a row (Excel's own limit). */
  static final int MAX_COLUMNS = 16_384;

  /** POI's zip-bomb guard: the smallest compressed/uncompressed ratio of an entry. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** The largest uncompressed entry (the sheet's XML, the shared strings) read. */
  static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(
        Math.max(MIN_INFLATE_RATIO, ZipSecureFile.getMinInflateRatio()));
    ZipSecureFile.setMaxEntrySize(Math.min(MAX_ENTRY_BYTES, ZipSecureFile.getMaxEntrySize()));
  }

  @Override
  public void read(
      Path file, String name, DataQuality quality, Function<List<String>, RowHandler> onHeader)
      throws IOException {
    Rows rows = new Rows(onHeader);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              new ReadOnlySharedStringsTable(pkg),
              rows,
              new PlainNumbers(),
              false));
      try (InputStream sheet = sheets.next()) {
        parser.parse(new InputSource(sheet));
      }
    } catch (TooManyRows e) {
      quality.rejected(
          SurveyReader.NAME,
          RecordRef.line(name, e.line),
          "the sheet has more than "
              + MAX_ROWS
              + " response rows; this row and the rest are not read");
    } catch (ConfigException e) {
      throw e;
    } catch (OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | IOException
        | RuntimeException e) {
      quality.rejected(
          SurveyReader.NAME,
          RecordRef.line(name, Math.max(1, rows.lastLine + 1)),
          "unreadable .xlsx workbook: " + messageOf(e));
    }
  }

  private static String messageOf(Exception e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse("").strip();
  }

  /** The sheet's rows, the first one the header. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Function<List<String>, RowHandler> onHeader;
    private final List<String> cells = new ArrayList<>();
    private RowHandler handler;
    private int width = MAX_COLUMNS;
    private int nextColumn;
    private long lastLine;
    private long responses;

    Rows(Function<List<String>, RowHandler> onHeader) {
      this.onHeader = onHeader;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      nextColumn = 0;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? nextColumn : new CellReference(reference).getCol();
      nextColumn = column + 1;
      if (column < 0 || column >= width) {
        return;
      }
      while (cells.size() <= column) {
        cells.add("");
      }
      cells.set(column, value == null ? "" : value);
    }

    @Override
    public void endRow(int rowNum) {
      lastLine = rowNum + 1L;
      if (handler == null) {
        List<String> header = cells.stream().map(String::strip).toList();
        handler = onHeader.apply(header);
        width = header.size();
        return;
      }
      if (cells.stream().allMatch(String::isBlank)) {
        return;
      }
      if (++responses > MAX_ROWS) {
        throw new TooManyRows(lastLine);
      }
      List<String> row = List.copyOf(cells);
      handler.row(lastLine, i -> i < row.size() ? row.get(i) : "");
    }
  }

  /** The sheet has more rows than are read. */
  private static final class TooManyRows extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;

    TooManyRows(long line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  /**
   * Formats a number cell as the plain value it holds, whatever its display format, and a date cell
   * as an ISO date.
   */
  private static final class PlainNumbers extends DataFormatter {
    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        return Double.toString(value);
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }
}
