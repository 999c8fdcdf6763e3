package dev.onboardingcost.report.source.survey;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.report.quality.Problem;
import dev.onboardingcost.report.surveytemplate.SurveyTemplateWriter;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.SurveyMapping;
import dev.onboardingcost.report.workspace.TestWorkspaces;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyXlsxReaderTest {
  private static final String GITHUB = "Hours waiting for access to GitHub";
  private static final String DOCS = "Hours looking for documentation";
  private static final String HELP = "How many times did you ask a colleague for help?";

  private static final String SETTINGS =
      TestWorkspaces.SETTINGS
          + "survey:\n"
          + "  identity_column: Email\n"
          + "  questions:\n"
          + "    - {column: \""
          + GITHUB
          + "\", type: access_wait, system: github, unit: hours}\n"
          + "    - {column: \""
          + DOCS
          + "\", type: blocked, category: documentation, unit: hours}\n"
          + "    - {column: \""
          + HELP
          + "\", type: help, category: knowledge, unit: count}\n";

  @TempDir Path dir;

  private Analysis analyse() {
    TestWorkspaces.write(dir, "onboarding.yaml", SETTINGS);
    TestWorkspaces.write(dir, "people.csv", TestWorkspaces.PEOPLE);
    return Workspace.open(dir).analyse(EvidenceReaders.all());
  }

  /** A Microsoft Forms export: ID, Start time, Completion time, Email, Name, the questions. */
  private void microsoftForms(Object[]... rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Form1");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm"));
      CellStyle whole = workbook.createCellStyle();
      whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
      Object[] header = {
        "ID", "Start time", "Completion time", "Email", "Name", GITHUB, DOCS, HELP
      };
      put(sheet.createRow(0), header, date, whole);
      for (int i = 0; i < rows.length; i++) {
        put(sheet.createRow(i + 1), rows[i], date, whole);
      }
      Files.createDirectories(dir.resolve("survey"));
      try (OutputStream out = Files.newOutputStream(dir.resolve("survey/forms.xlsx"))) {
        workbook.write(out);
      }
    }
  }

  private static void put(Row row, Object[] values, CellStyle date, CellStyle whole) {
    for (int c = 0; c < values.length; c++) {
      Cell cell = row.createCell(c);
      if (values[c] instanceof Number) {
        cell.setCellValue(((Number) values[c]).doubleValue());
        // times as Excel dates, and a GitHub answer shown rounded, as a form's owner may format it
        cell.setCellStyle(c == 1 || c == 2 ? date : whole);
      } else {
        cell.setCellValue((String) values[c]);
      }
    }
  }

  @Test
  void reads_a_microsoft_forms_export_as_the_csv_reader_reads_its_answers() throws IOException {
    // GIVEN 2.5 h for GitHub (a cell shown as "3"), a range 2-4 (midpoint 3) for docs, help 4 times
    microsoftForms(new Object[] {1, 46031.4, 46031.41, "HANA@example.com", "Hana", 2.5, "2-4", 4});

    // WHEN
    Analysis analysis = analyse();

    // THEN 2.5 h x $200 = 500; 3 h x $200 = 600; 4 x 15 min x $200 / 60 = 200
    HireCost hire = analysis.costs().hires().get(0);
    then(hire.costOf(Category.ACCESS)).isEqualByComparingTo("500");
    then(hire.costOf(Category.DOCUMENTATION)).isEqualByComparingTo("600");
    then(hire.costOf(Category.KNOWLEDGE)).isEqualByComparingTo("200");
    then(analysis.quality().total().used()).isEqualTo(3);
    then(analysis.quality().problems()).isEmpty();
  }

  @Test
  void rejects_an_unreadable_answer_with_file_sheet_row_and_column() throws IOException {
    // GIVEN a blank answer, an unreadable one in the third sheet row, a row of nobody
    microsoftForms(
        new Object[] {1, 46031.4, 46031.41, "hana@example.com", "Hana", 1, "", 2},
        new Object[] {2, 46031.5, 46031.51, "hana@example.com", "Hana", "", "a while", ""},
        new Object[] {3, 46031.6, 46031.61, "nobody@example.com", "Nobody", 1, "", ""});

    // WHEN
    Analysis analysis = analyse();

    // THEN
    then(analysis.quality().rejected())
        .extracting(Problem::toString)
        .containsExactly(
            "survey/forms.xlsx:3: column '"
                + DOCS
                + "': expected a number like 1.5 or a range like 2-4, got 'a while'",
            "survey/forms.xlsx:4: column '"
                + GITHUB
                + "': 'nobody@example.com' matches no hire in people.csv (by email or id)");
    then(analysis.quality().total().read()).isEqualTo(4);
    then(analysis.quality().total().used()).isEqualTo(2);
  }

  @Test
  void reads_the_form_survey_template_writes_once_filled_in() throws IOException {
    // GIVEN the template for hana, filled in: 1.5 h for GitHub, 3 help requests
    SurveyMapping mapping =
        new SurveyMapping(
            "Email",
            List.of(
                new SurveyMapping.Question(
                    GITHUB,
                    SurveyMapping.Type.ACCESS_WAIT,
                    Optional.of("github"),
                    Optional.empty(),
                    SurveyMapping.Unit.HOURS),
                new SurveyMapping.Question(
                    HELP,
                    SurveyMapping.Type.HELP,
                    Optional.empty(),
                    Optional.of(Category.KNOWLEDGE),
                    SurveyMapping.Unit.COUNT)));
    Person hana =
        new Person(
            PersonId.of("h1"),
            "Hana",
            "hana@example.com",
            "",
            "",
            "",
            "",
            Optional.of(LocalDate.of(2026, 1, 5)),
            Optional.empty());
    Path form = dir.resolve("survey/form.xlsx");
    SurveyTemplateWriter.write(mapping, List.of(hana), List.of("Anything else?"), form);
    try (InputStream in = Files.newInputStream(form);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      Sheet answers = workbook.getSheetAt(0);
      Row header = answers.getRow(0);
      for (Cell cell : header) {
        if (cell.getStringCellValue().equals(GITHUB)) {
          answers.getRow(1).createCell(cell.getColumnIndex()).setCellValue(1.5);
        } else if (cell.getStringCellValue().equals(HELP)) {
          answers.getRow(1).createCell(cell.getColumnIndex()).setCellValue(3);
        }
      }
      try (OutputStream out = Files.newOutputStream(dir.resolve("survey/filled.xlsx"))) {
        workbook.write(out);
      }
    }
    Files.delete(form);

    // WHEN
    Analysis analysis = analyse();

    // THEN 1.5 h x $200 = 300; 3 x 15 min x $200 / 60 = 150
    HireCost hire = analysis.costs().hires().get(0);
    then(hire.costOf(Category.ACCESS)).isEqualByComparingTo("300");
    then(hire.costOf(Category.KNOWLEDGE)).isEqualByComparingTo("150");
    then(analysis.quality().total().used()).isEqualTo(2);
  }

  @Test
  void rejects_a_file_that_is_no_workbook_as_one_record() throws IOException {
    // GIVEN a CSV saved under an .xlsx name
    TestWorkspaces.write(dir, "survey/forms.xlsx", "Email," + GITHUB + "\nhana@example.com,3\n");

    // WHEN
    Analysis analysis = analyse();

    // THEN
    then(analysis.quality().rejected())
        .singleElement()
        .satisfies(p -> then(p.toString()).startsWith("survey/forms.xlsx:1: unreadable .xlsx"));
    then(analysis.quality().total().read()).isEqualTo(1);
  }

  @Test
  void rejects_the_rows_past_the_cap_as_one_record() throws IOException {
    // GIVEN one response row more than the cap, each with one answer
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Email");
      header.createCell(1).setCellValue(GITHUB);
      for (int r = 1; r <= XlsxSurveyRows.MAX_ROWS + 1; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("hana@example.com");
        row.createCell(1).setCellValue(0);
      }
      Files.createDirectories(dir.resolve("survey"));
      try (OutputStream out = Files.newOutputStream(dir.resolve("survey/big.xlsx"))) {
        workbook.write(out);
      }
    }

    // WHEN
    Analysis analysis = analyse();

    // THEN every row up to the cap is used, the rest is one rejected record at its first row
    then(analysis.quality().total().used()).isEqualTo(XlsxSurveyRows.MAX_ROWS);
    then(analysis.quality().rejected())
        .singleElement()
        .extracting(Problem::toString)
        .isEqualTo(
            "survey/big.xlsx:"
                + (XlsxSurveyRows.MAX_ROWS + 2)
                + ": the sheet has more than "
                + XlsxSurveyRows.MAX_ROWS
                + " response rows; this row and the rest are not read");
  }
}
