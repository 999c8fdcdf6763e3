package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {
  @ParameterizedTest(name = "{0} stays a string cell")
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "=cmd|'/C calc'!A0"})
  void formula_like_text_is_written_as_a_string_cell(String text) throws IOException {
    // GIVEN a streamed workbook
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
      Row row = workbook.createSheet("s").createRow(0);
      // WHEN
      Cells.text(row, 0, text, null);
      workbook.write(out);
    }
    // THEN it reads back as the same text in a string cell
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Cell cell = read.getSheet("s").getRow(0).getCell(0);
      then(cell.getCellType()).isEqualTo(CellType.STRING);
      then(cell.getStringCellValue()).isEqualTo(text);
    }
  }
}
