package dev.onboardingcost.report.surveytemplate;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.report.workspace.SurveyMapping;
import dev.onboardingcost.report.workspace.SurveyMapping.Question;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the first-week survey as an {@code .xlsx} form: a sheet {@value #ANSWERS_SHEET} with one
 * row per hire (identity, name and id filled in as text) and one column per question of a {@code
 * survey:} mapping, each answer cell with number validation and an input message; and a sheet
 * {@value #HOW_TO_SHEET} that says how to fill it in and export it. The header of the answers sheet
 * is the mapping's column names exactly, identity column first, so the workbook saved into {@code
 * WORKSPACE/survey/} as it is, or its answers sheet saved as CSV there, is read by {@code report}
 * unchanged.
 */
public final class SurveyTemplateWriter {
  /** Name of the sheet with the answers: the first, the one the report reads or CSV exports. */
  public static final String ANSWERS_SHEET = "Answers";

  /** Name of the sheet with the instructions. */
  public static final String HOW_TO_SHEET = "How to fill in";

  /** Header of the column with the hire's name (not read by the report). */
  public static final String NAME_COLUMN = "Name";

  /** Header of the column with the hire's id in people.csv (not read by the report). */
  public static final String ID_COLUMN = "Hire id";

  /** Rows with validation below the hires, for late additions; the whole form when no hires. */
  static final int SPARE_ROWS = 20;

  static final int ROWS_WITHOUT_HIRES = 50;

  private static final int MAX_PROMPT_TITLE = 32;
  private static final int MAX_PROMPT_TEXT = 255;

  private SurveyTemplateWriter() {}

  /** One column of the form. */
  private record Column(String header, Question question) {
    boolean isAnswer() {
      return question != null;
    }
  }

  /**
   * Writes the form for {@code hires} (in the order given; may be empty for a blank form) and the
   * questions of {@code mapping} to {@code out}, through a temporary file in the same folder that
   * is moved into place, replacing an older file.
   *
   * @param freeTextQuestions extra columns that take free text and are not priced
   */
  public static void write(
      SurveyMapping mapping, List<Person> hires, List<String> freeTextQuestions, Path out)
      throws IOException {
    requireNonNull(mapping, "mapping");
    requireNonNull(hires, "hires");
    requireNonNull(freeTextQuestions, "freeTextQuestions");
    requireNonNull(out, "out");
    Path target = out.toAbsolutePath().normalize();
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
    try {
      try (XSSFWorkbook workbook = build(mapping, hires, freeTextQuestions);
          OutputStream stream = Files.newOutputStream(temp)) {
        workbook.write(stream);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static XSSFWorkbook build(
      SurveyMapping mapping, List<Person> hires, List<String> freeTextQuestions) {
    List<Column> columns = columns(mapping, freeTextQuestions);
    XSSFWorkbook workbook = new XSSFWorkbook();
    XSSFSheet answers = workbook.createSheet(ANSWERS_SHEET);
    CellStyle header = headerStyle(workbook);
    CellStyle text = workbook.createCellStyle();
    text.setDataFormat(workbook.createDataFormat().getFormat("@"));

    Row head = answers.createRow(0);
    head.setHeightInPoints(48);
    for (int c = 0; c < columns.size(); c++) {
      head.createCell(c).setCellValue(columns.get(c).header());
      head.getCell(c).setCellStyle(header);
      int width = Math.max(14, Math.min(40, columns.get(c).header().length() / 2 + 4));
      answers.setColumnWidth(c, width * 256);
      if (!columns.get(c).isAnswer()) {
        answers.setDefaultColumnStyle(c, text);
      }
    }
    for (int r = 0; r < hires.size(); r++) {
      Person hire = hires.get(r);
      Row row = answers.createRow(r + 1);
      String identity = hire.email().isEmpty() ? hire.id().toString() : hire.email();
      textCell(row, 0, identity, text);
      textCell(row, 1, hire.name(), text);
      textCell(row, 2, hire.id().toString(), text);
    }
    int lastRow = hires.isEmpty() ? ROWS_WITHOUT_HIRES : hires.size() + SPARE_ROWS;
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(answers);
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (column.isAnswer()) {
        answers.addValidationData(numberValidation(helper, column.question(), c, lastRow));
      } else if (c > 2) {
        answers.addValidationData(freeTextValidation(helper, c, lastRow));
      }
    }
    answers.createFreezePane(1, 1);
    writeHowTo(workbook.createSheet(HOW_TO_SHEET), mapping, freeTextQuestions, header);
    workbook.setActiveSheet(0);
    return workbook;
  }

  private static List<Column> columns(SurveyMapping mapping, List<String> freeTextQuestions) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(mapping.identityColumn(), null));
    List<String> taken = new ArrayList<>();
    taken.add(mapping.identityColumn());
    mapping.questions().forEach(q -> taken.add(q.column()));
    // Name and id are conveniences; a mapping that uses those headers itself wins.
    columns.add(new Column(taken.contains(NAME_COLUMN) ? "Hire name" : NAME_COLUMN, null));
    columns.add(new Column(taken.contains(ID_COLUMN) ? "Hire id (people.csv)" : ID_COLUMN, null));
    for (Question question : mapping.questions()) {
      columns.add(new Column(question.column(), question));
    }
    for (String free : freeTextQuestions) {
      if (!taken.contains(free)) {
        columns.add(new Column(free, null));
      }
    }
    return columns;
  }

  private static void textCell(Row row, int column, String value, CellStyle style) {
    // setCellValue(String) always makes a string cell: input text never becomes a formula.
    row.createCell(column).setCellValue(value);
    row.getCell(column).setCellStyle(style);
  }

  private static DataValidation numberValidation(
      XSSFDataValidationHelper helper, Question question, int column, int lastRow) {
    boolean count = question.unit() == SurveyMapping.Unit.COUNT;
    DataValidationConstraint constraint =
        count
            ? helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null)
            : helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
    DataValidation validation =
        helper.createValidation(constraint, new CellRangeAddressList(1, lastRow, column, column));
    validation.setEmptyCellAllowed(true);
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    String unit = unitText(question);
    validation.createErrorBox(
        clip(count ? "A whole number" : "A number", MAX_PROMPT_TITLE),
        clip(
            "Enter " + unit + " as a number of 0 or more, or leave the cell blank.",
            MAX_PROMPT_TEXT));
    validation.setShowPromptBox(true);
    validation.createPromptBox(
        clip(count ? "How many times" : capitalised(question.unit()), MAX_PROMPT_TITLE),
        clip(promptOf(question), MAX_PROMPT_TEXT));
    return validation;
  }

  private static DataValidation freeTextValidation(
      XSSFDataValidationHelper helper, int column, int lastRow) {
    DataValidation validation =
        helper.createValidation(
            helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, "2000", null),
            new CellRangeAddressList(1, lastRow, column, column));
    validation.setEmptyCellAllowed(true);
    validation.setShowPromptBox(true);
    validation.createPromptBox(
        "Free text", "Any answer in the hire's words; it is not priced by the report.");
    return validation;
  }

  static String promptOf(Question question) {
    switch (question.unit()) {
      case COUNT:
        return "A whole number like 3. Leave blank if the hire does not know; 0 only if none.";
      case MINUTES:
        return "Minutes, e.g. 45 (working minutes). Leave blank if the hire does not know; 0 only"
            + " if none.";
      default:
        return "Hours, e.g. 2.5 (a working day is about 8). Leave blank if the hire does not"
            + " know; 0 only if none.";
    }
  }

  private static String unitText(Question question) {
    switch (question.unit()) {
      case COUNT:
        return "how many times";
      case MINUTES:
        return "minutes";
      default:
        return "hours";
    }
  }

  private static String capitalised(SurveyMapping.Unit unit) {
    String name = unit.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static CellStyle headerStyle(XSSFWorkbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    style.setFont(bold);
    style.setWrapText(true);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    style.setDataFormat(workbook.createDataFormat().getFormat("@"));
    return style;
  }

  private static void writeHowTo(
      XSSFSheet sheet, SurveyMapping mapping, List<String> freeText, CellStyle header) {
    List<String> lines = new ArrayList<>();
    lines.add("How to fill in the first-week survey");
    lines.add("");
    lines.add(
        "1. Run it as a short interview (about 40 minutes) in the hire's first or second week,"
            + " or send the sheet to the hire. One row per hire.");
    lines.add(
        "2. Do not change the column '"
            + mapping.identityColumn()
            + "': it is how the answers find the hire in people.csv (by email, or by id).");
    lines.add(
        "3. Answer with numbers only: hours as a decimal like 1.5, counts as whole numbers."
            + " Leave a cell blank when the hire does not know; write 0 only when it was none.");
    lines.add(
        "4. Keep the header row exactly as it is: the report finds each question by its header.");
    lines.add("");
    lines.add("What each column measures:");
    for (Question question : mapping.questions()) {
      lines.add("  " + question.column() + ": " + meaningOf(question));
    }
    for (String free : freeText) {
      lines.add("  " + free + ": free text for the conversation; not priced.");
    }
    lines.add("  " + NAME_COLUMN + ", " + ID_COLUMN + ": to find the row; not read by the report.");
    lines.add("");
    lines.add("How to hand in the answers:");
    lines.add(
        "5. Save this workbook as it is (.xlsx) into the folder WORKSPACE/survey/ and skip to 7;"
            + " the report reads its first sheet, '"
            + ANSWERS_SHEET
            + "'. Or select the sheet '"
            + ANSWERS_SHEET
            + "' (only the sheet on screen is exported), then export it as CSV:");
    lines.add("   Google Sheets: File > Download > Comma-separated values (.csv)");
    lines.add("   Excel: File > Save As (or Save a Copy) > CSV UTF-8 (Comma delimited) (*.csv)");
    lines.add("   LibreOffice Calc: File > Save As > Text CSV (.csv)");
    lines.add("6. Save the CSV into the folder WORKSPACE/survey/ (any name ending in .csv).");
    lines.add("7. Run");
    lines.add("   onboarding-cost validate WORKSPACE");
    lines.add("   onboarding-cost report WORKSPACE");
    for (int r = 0; r < lines.size(); r++) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue(lines.get(r));
      if (r == 0) {
        row.getCell(0).setCellStyle(header);
      }
    }
    sheet.setColumnWidth(0, 120 * 256);
  }

  private static String meaningOf(Question question) {
    String unit = unitText(question);
    switch (question.type()) {
      case ACCESS_WAIT:
        return unit
            + " of work lost waiting for access to "
            + question.system().orElse("a system")
            + " (access wait).";
      case BLOCKED:
        return unit
            + " lost to "
            + question.category().map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("")
            + " problems (blocked time).";
      default:
        if (question.unit() == SurveyMapping.Unit.COUNT) {
          return "how many times the hire asked a colleague for help ("
              + question.category().map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("")
              + "); each is priced as a short interruption of a colleague.";
        }
        return unit + " of colleagues' time spent helping.";
    }
  }
}
