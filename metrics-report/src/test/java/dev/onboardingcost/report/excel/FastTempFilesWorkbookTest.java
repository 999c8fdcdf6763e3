package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastTempFilesWorkbookTest {
  @TempDir Path dir;

  @Test
  void the_workbook_holds_what_a_default_streaming_workbook_writes() throws IOException {
    // GIVEN the same rows written by a default streaming workbook and by the fast one, keeping 10
    // rows in memory, so that nearly every row goes through a temporary file
    byte[] plain = write(new SXSSFWorkbook(new XSSFWorkbook(), 10, true, false));
    byte[] fast = write(new FastTempFilesWorkbook(new XSSFWorkbook(), 10));
    // WHEN both files are unzipped
    // THEN they have the same parts, each with the same bytes (the sheet's 2,000 rows included)
    Map<String, String> parts = parts(fast);
    then(parts).isEqualTo(parts(plain));
    then(parts.get("xl/worksheets/sheet1.xml")).contains("<row r=\"2000\"");
  }

  @Test
  void its_temporary_files_are_gzip_at_the_fastest_level() throws IOException {
    // GIVEN the writer of the fast workbook's temporary files, and rows of sheet XML
    SheetDataWriter made;
    try (FastTempFilesWorkbook workbook = new FastTempFilesWorkbook(new XSSFWorkbook(), 10)) {
      made = workbook.createSheetDataWriter();
    }
    made.close();
    then(made).isInstanceOf(FastTempFilesWorkbook.FastGzipSheetDataWriter.class);
    FastTempFilesWorkbook.FastGzipSheetDataWriter writer =
        (FastTempFilesWorkbook.FastGzipSheetDataWriter) made;
    byte[] xml = sheetXml();
    // WHEN the rows are written as the temporary files are, and by default gzip
    Path file = dir.resolve("rows.gz");
    try (OutputStream out = writer.decorateOutputStream(new FileOutputStream(file.toFile()))) {
      out.write(xml);
    }
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(plain)) {
      out.write(xml);
    }
    // THEN the file is gzip of the rows, bigger than default gzip makes (zlib's default level
    // compresses more; the same level would give the same size)
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      then(in.readAllBytes()).isEqualTo(xml);
    }
    then(Files.size(file)).isGreaterThan(plain.size());
  }

  private static byte[] write(SXSSFWorkbook workbook) throws IOException {
    try (workbook) {
      Sheet sheet = workbook.createSheet("Events");
      for (int r = 0; r < 2_000; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue("h" + (r % 97));
        row.createCell(2).setCellValue(r * 0.25);
        row.createCell(3).setCellFormula("C" + (r + 1) + "*2");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** Each part of a zip file by name, as text (the core properties' dates left out). */
  private Map<String, String> parts(byte[] file) throws IOException {
    Path path = Files.write(Files.createTempFile(dir, "workbook", ".xlsx"), file);
    Map<String, String> parts = new TreeMap<>();
    try (ZipFile zip = new ZipFile(path.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          parts.put(
              entry.getName(), text.replaceAll("<dcterms:\\w+ [^>]*>[^<]*</dcterms:\\w+>", ""));
        }
      }
    }
    return parts;
  }

  private static byte[] sheetXml() {
    StringBuilder xml = new StringBuilder();
    for (int r = 1; r <= 2_000; r++) {
      xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"n\"><v>");
      xml.append(r * 37 % 1_000).append("</v></c><c r=\"B").append(r).append("\" t=\"inlineStr\">");
      xml.append("<is><t>h").append(r % 97).append("</t></is></c></row>");
    }
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }
}
