package dev.onboardingcost.report.excel;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose temporary files are gzipped at zlib's fastest level ({@link
 * Deflater#BEST_SPEED}) instead of its default (6). The workbook itself is deflated as before, so
 * its bytes are the same.
 *
 * <p>Each sheet's rows stream to a gzipped temporary file, which is inflated again when the
 * workbook is written. For a 1M-event workbook that file holds a million Events rows: zlib took 45
 * of the 86 seconds of writing the workbook, and with the fastest level for the temporary files the
 * whole report took 67.7-69.4 s instead of 83.0-83.2 s (docs/benchmarks.md, session 10).
 */
final class FastTempFilesWorkbook extends SXSSFWorkbook {
  /** Bytes gathered before each deflate call into a temporary file (GZIPOutputStream's is 512). */
  private static final int TEMP_BUFFER = 1 << 16;

  /**
   * A workbook on {@code base} keeping {@code window} rows of each sheet in memory, with gzipped
   * temporary files and inline strings (as {@code new SXSSFWorkbook(base, window, true, false)}).
   */
  FastTempFilesWorkbook(XSSFWorkbook base, int window) {
    super(base, window, true, false);
  }

  // as SXSSFWorkbook's own with gzipped temporary files, which passes its shared strings (none
  // here: strings are written inline)
  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    return new FastGzipSheetDataWriter(getSharedStringSource());
  }

  /** A sheet's temporary file, gzipped at the fastest level (read back as any gzip file). */
  static final class FastGzipSheetDataWriter extends GZIPSheetDataWriter {
    FastGzipSheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
      super(sharedStrings);
    }

    // called by SheetDataWriter's constructor: it may use nothing of this object's own
    @Override
    protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
      return new GZIPOutputStream(file, TEMP_BUFFER) {
        {
          def.setLevel(Deflater.BEST_SPEED);
        }
      };
    }
  }
}
