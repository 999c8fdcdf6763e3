package dev.onboardingcost.report.surveytemplate;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.report.init.WorkspaceTemplate;
import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.source.survey.SurveyReader;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.SurveyMapping;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyTemplateWriterTest {
  @TempDir Path temp;

  private static Person hire(String id, String name, String email) {
    return new Person(
        PersonId.of(id),
        name,
        email,
        "",
        "",
        "",
        "",
        Optional.of(LocalDate.of(2026, 3, 2)),
        Optional.<BigDecimal>empty());
  }

  private static XSSFWorkbook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> row(Sheet sheet, int index) {
    List<String> cells = new ArrayList<>();
    Row row = sheet.getRow(index);
    DataFormatter formatter = new DataFormatter();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      cells.add(formatter.formatCellValue(row.getCell(c)));
    }
    return cells;
  }

  @Test
  void the_header_is_the_identity_column_then_the_mapped_questions() throws IOException {
    // GIVEN the recommended mapping and no hires
    Path file = temp.resolve("form.xlsx");
    // WHEN
    SurveyTemplateWriter.write(
        RecommendedSurvey.MAPPING, List.of(), List.of(RecommendedSurvey.FREE_TEXT_QUESTION), file);
    // THEN
    try (XSSFWorkbook workbook = read(file)) {
      then(workbook.getSheetName(0)).isEqualTo(SurveyTemplateWriter.ANSWERS_SHEET);
      then(workbook.getSheetName(1)).isEqualTo(SurveyTemplateWriter.HOW_TO_SHEET);
      List<String> header = row(workbook.getSheetAt(0), 0);
      then(header.get(0)).isEqualTo("Email Address");
      List<String> questions =
          RecommendedSurvey.MAPPING.questions().stream()
              .map(SurveyMapping.Question::column)
              .toList();
      then(header).containsSubsequence(questions);
      then(header).endsWith(RecommendedSurvey.FREE_TEXT_QUESTION);
    }
    then(Files.list(temp)).containsExactly(file);
  }

  @Test
  void every_answer_column_has_number_validation_and_an_input_message() throws IOException {
    // GIVEN two hires
    Path file = temp.resolve("form.xlsx");
    List<Person> hires =
        List.of(hire("h1", "Ada Lovelace", "ada@acme.example"), hire("h2", "Bo", ""));
    // WHEN
    SurveyTemplateWriter.write(RecommendedSurvey.MAPPING, hires, List.of(), file);
    // THEN
    try (XSSFWorkbook workbook = read(file)) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      List<String> header = row(sheet, 0);
      List<? extends DataValidation> validations = sheet.getDataValidations();
      for (SurveyMapping.Question question : RecommendedSurvey.MAPPING.questions()) {
        int column = header.indexOf(question.column());
        DataValidation validation =
            validations.stream()
                .filter(v -> covers(v, column))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no validation on " + question.column()));
        int expected =
            question.unit() == SurveyMapping.Unit.COUNT
                ? ValidationType.INTEGER
                : ValidationType.DECIMAL;
        then(validation.getValidationConstraint().getValidationType()).isEqualTo(expected);
        then(validation.getValidationConstraint().getFormula1()).isEqualTo("0");
        then(validation.getShowPromptBox()).isTrue();
        then(validation.getPromptBoxText()).isNotBlank();
        then(validation.getShowErrorBox()).isTrue();
        CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
        then(range.getFirstRow()).isEqualTo(1);
        then(range.getLastRow()).isGreaterThanOrEqualTo(hires.size());
      }
    }
  }

  private static boolean covers(DataValidation validation, int column) {
    for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
      if (range.getFirstColumn() <= column && column <= range.getLastColumn()) {
        return true;
      }
    }
    return false;
  }

  @Test
  void prefills_each_hire_as_text_and_never_as_a_formula() throws IOException {
    // GIVEN a hire whose name looks like a formula and one without an email
    Path file = temp.resolve("form.xlsx");
    List<Person> hires =
        List.of(hire("h1", "=HYPERLINK(\"x\")", "h1@acme.example"), hire("007", "Bo", ""));
    // WHEN
    SurveyTemplateWriter.write(RecommendedSurvey.MAPPING, hires, List.of(), file);
    // THEN
    try (XSSFWorkbook workbook = read(file)) {
      Sheet sheet = workbook.getSheetAt(0);
      then(row(sheet, 1)).startsWith("h1@acme.example", "=HYPERLINK(\"x\")", "h1");
      then(row(sheet, 2)).startsWith("007", "Bo", "007");
      for (int r = 1; r <= 2; r++) {
        for (Cell cell : sheet.getRow(r)) {
          then(cell.getCellType()).isEqualTo(CellType.STRING);
        }
      }
    }
  }

  @Test
  void explains_how_to_fill_in_and_export() throws IOException {
    Path file = temp.resolve("form.xlsx");
    SurveyTemplateWriter.write(RecommendedSurvey.MAPPING, List.of(), List.of(), file);
    try (XSSFWorkbook workbook = read(file)) {
      Sheet howTo = workbook.getSheet(SurveyTemplateWriter.HOW_TO_SHEET);
      StringBuilder text = new StringBuilder();
      howTo.forEach(r -> text.append(r.getCell(0).getStringCellValue()).append('\n'));
      then(text.toString())
          .contains("Save this workbook as it is (.xlsx)")
          .contains("File > Download > Comma-separated values (.csv)")
          .contains("WORKSPACE/survey/")
          .contains("Hours waiting for access to GitHub");
    }
  }

  @Test
  void a_filled_in_form_exported_as_csv_feeds_the_report_unchanged() throws IOException {
    // GIVEN a new workspace and its form
    Path ws = temp.resolve("ws");
    WorkspaceTemplate.write(ws);
    Workspace workspace = Workspace.open(ws);
    Path form = temp.resolve("form.xlsx");
    SurveyTemplateWriter.write(
        workspace.settings().survey(),
        workspace.people().hires(),
        List.of(RecommendedSurvey.FREE_TEXT_QUESTION),
        form);
    // WHEN the interviewer fills in four answers and a free-text one, and exports it as CSV
    try (XSSFWorkbook workbook = read(form)) {
      Sheet sheet = workbook.getSheetAt(0);
      List<String> header = row(sheet, 0);
      Row ada = sheet.getRow(1);
      ada.createCell(header.indexOf("Hours waiting for access to GitHub")).setCellValue(6);
      ada.createCell(header.indexOf("Hours waiting for access to AWS")).setCellValue(12.5);
      ada.createCell(header.indexOf("Hours looking for documentation")).setCellValue(3);
      ada.createCell(header.indexOf("How many times did you ask a colleague for help?"))
          .setCellValue(7);
      ada.createCell(header.indexOf(RecommendedSurvey.FREE_TEXT_QUESTION))
          .setCellValue("Grace, twice, on \"the\" build");
      Files.createDirectories(ws.resolve("survey"));
      exportCsv(sheet, ws.resolve("survey/first-week.csv"));
    }
    Analysis analysis = Workspace.open(ws).analyse(EvidenceReaders.all());
    // THEN each answer is one used survey record
    SourceCounts survey = analysis.quality().bySource().get(SurveyReader.NAME);
    then(survey.used()).isEqualTo(4);
    then(survey.rejected()).isZero();
  }

  /** What a spreadsheet program's "save as CSV" writes: formatted values, RFC 4180 quoting. */
  private static void exportCsv(Sheet sheet, Path file) throws IOException {
    DataFormatter formatter = new DataFormatter();
    int columns = sheet.getRow(0).getLastCellNum();
    StringBuilder csv = new StringBuilder();
    for (Row row : sheet) {
      List<String> fields = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        String value = formatter.formatCellValue(row.getCell(c));
        fields.add(
            value.matches(".*[\",\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
      }
      csv.append(String.join(",", fields)).append("\r\n");
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
