package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssumptionsSheetTest {
  private static final ReportResults SAMPLE = TestWorkspaces.sampleResults();

  @Test
  void the_inputs_are_exactly_the_cells_some_formula_reads() throws IOException {
    // GIVEN the sample's workbook
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
      // WHEN the cells of Assumptions that any formula reads are collected, through a name or a
      // reference
      Set<String> read = readByFormulas(workbook);
      // THEN exactly those cells have the input style: context_switch_minutes and every rate
      // (every hire of the sample has a provisioning event, so provisioning_minutes_per_hire is
      // read by no row)
      Set<String> inputs = new HashSet<>();
      Map<String, String> keyOf = new HashMap<>();
      for (Row row : workbook.getSheet(AssumptionsSheet.NAME)) {
        Cell value = row.getCell(1);
        if (value != null && isInput(value.getCellStyle())) {
          String where = new CellReference(row.getRowNum(), 1).formatAsString(false);
          inputs.add(where);
          keyOf.put(where, row.getCell(0).getStringCellValue());
        }
      }
      then(inputs).isEqualTo(read);
      then(keyOf.values())
          .contains("context_switch_minutes", "default")
          .doesNotContain("provisioning_minutes_per_hire")
          .hasSize(
              1
                  + new RateTable(
                          SAMPLE.analysis().workspace().settings().cost().rates(),
                          SAMPLE.analysis().workspace().people().all(),
                          SAMPLE.costs().hires())
                      .entries()
                      .size());
    }
  }

  @Test
  void settings_the_workbook_cannot_recompute_stand_as_fixed_facts() throws IOException {
    // GIVEN the sample's workbook
    try (XSSFWorkbook workbook = Workbooks.write(SAMPLE)) {
      Sheet sheet = workbook.getSheet(AssumptionsSheet.NAME);
      // WHEN its settings are read with the section each stands under
      Map<String, Cell> values = new HashMap<>();
      Map<String, String> sectionOf = new HashMap<>();
      String section = "";
      for (Row row : sheet) {
        Cell first = row.getCell(0);
        if (first == null || first.getCellType() != CellType.STRING) {
          continue;
        }
        if (row.getCell(1) == null) {
          section = first.getStringCellValue();
          continue;
        }
        values.put(first.getStringCellValue(), row.getCell(1));
        sectionOf.put(first.getStringCellValue(), section);
      }
      // THEN each setting already applied to the hours is grey, locked, under the block that says
      // where to change it
      for (String key :
          List.of(
              "currency",
              "calendar.timezone",
              "calendar.workday",
              "calendar.workdays",
              "calendar.holidays",
              "window_working_days",
              "help_minutes",
              "blocked_fraction",
              "blocked_fraction_by_system.vpn",
              "provisioning_role",
              "precedence")) {
        then(values).as(key).containsKey(key);
        then(isFixed(values.get(key).getCellStyle())).as(key).isTrue();
        then(sectionOf.get(key))
            .as(key)
            .isEqualTo(
                "Fixed for this run: set in onboarding.yaml; run the report again to change it");
      }
      then(values.get("calendar.workday").getStringCellValue()).isEqualTo("09:00 to 17:00");
      then(values.get("window_working_days").getNumericCellValue()).isEqualTo(20);
      // AND the plan's draws likewise, under plan.yaml
      for (String key : List.of("simulations", "seed")) {
        then(isFixed(values.get(key).getCellStyle())).as(key).isTrue();
        then(sectionOf.get(key))
            .isEqualTo("Fixed for this run: set in plan.yaml; run the report again to change it");
      }
      then(values.get("seed").getNumericCellValue())
          .isEqualTo(SAMPLE.analysis().workspace().plan().orElseThrow().seed());
      // AND no formula reads a fixed fact
      Set<String> read = readByFormulas(workbook);
      for (String key : sectionOf.keySet()) {
        if (sectionOf.get(key).startsWith(AssumptionsSheet.FIXED)) {
          Cell cell = values.get(key);
          then(read)
              .doesNotContain(
                  new CellReference(cell.getRowIndex(), cell.getColumnIndex())
                      .formatAsString(false));
        }
      }
    }
  }

  @Test
  void provisioning_minutes_of_zero_are_a_fixed_fact_since_no_row_follows_them()
      throws IOException {
    // GIVEN the podcast workspace, whose onboarding.yaml leaves provisioning_minutes_per_hire at 0:
    // no hire has an (assumption) provisioning row for the cell to move
    ReportResults podcast = TestWorkspaces.podcastResults();
    then(podcast
            .analysis()
            .workspace()
            .settings()
            .cost()
            .assumptions()
            .provisioningMinutesPerHire())
        .isZero();
    // WHEN its workbook is written
    try (XSSFWorkbook workbook = Workbooks.write(podcast)) {
      // THEN the setting stands among the fixed facts, and context_switch_minutes stays an input
      Map<String, Cell> values = new HashMap<>();
      for (Row row : workbook.getSheet(AssumptionsSheet.NAME)) {
        Cell first = row.getCell(0);
        if (first != null && first.getCellType() == CellType.STRING && row.getCell(1) != null) {
          values.put(first.getStringCellValue(), row.getCell(1));
        }
      }
      then(isFixed(values.get("provisioning_minutes_per_hire").getCellStyle())).isTrue();
      then(isInput(values.get("context_switch_minutes").getCellStyle())).isTrue();
      then(readByFormulas(workbook))
          .doesNotContain(
              new CellReference(values.get("provisioning_minutes_per_hire").getRowIndex(), 1)
                  .formatAsString(false));
    }
  }

  @Test
  void provisioning_minutes_are_an_input_when_some_hire_has_an_assumed_provisioning_row(
      @TempDir Path dir) throws IOException {
    // GIVEN the sample without its provisioning events: every hire gets an (assumption) row of
    // provisioning_minutes_per_hire (60) on Events
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    Path events = ws.resolve("events.csv");
    Files.write(
        events,
        Files.readAllLines(events).stream().filter(l -> !l.startsWith("provisioning,")).toList());
    ReportResults results = TestWorkspaces.analyse(ws);
    // WHEN its workbook is written
    try (XSSFWorkbook workbook = Workbooks.write(results)) {
      // THEN the setting is an input, and it is the cell the Events rows read
      Cell value = null;
      for (Row row : workbook.getSheet(AssumptionsSheet.NAME)) {
        Cell first = row.getCell(0);
        if (first != null
            && first.getCellType() == CellType.STRING
            && first.getStringCellValue().equals("provisioning_minutes_per_hire")) {
          value = row.getCell(1);
        }
      }
      then(value).isNotNull();
      then(isInput(value.getCellStyle())).isTrue();
      then(value.getNumericCellValue()).isEqualTo(60);
      then(readByFormulas(workbook))
          .contains(new CellReference(value.getRowIndex(), 1).formatAsString(false));
    }
  }

  /** Every cell of Assumptions (as {@code B3}) that a formula reads, by a name or a reference. */
  private static Set<String> readByFormulas(XSSFWorkbook workbook) {
    StringBuilder all = new StringBuilder();
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            all.append(cell.getCellFormula()).append('\n');
          }
        }
      }
    }
    String formulas = all.toString();
    Set<String> read = new HashSet<>();
    for (Name name : workbook.getAllNames()) {
      String refers = name.getRefersToFormula();
      if (refers.startsWith(AssumptionsSheet.NAME + "!")
          && formulas.matches("(?s).*\\b" + name.getNameName() + "\\b.*")) {
        addCells(read, refers);
      }
    }
    Matcher direct =
        Pattern.compile(AssumptionsSheet.NAME + "!\\$?[A-Z]+\\$?\\d+(:\\$?[A-Z]+\\$?\\d+)?")
            .matcher(formulas);
    while (direct.find()) {
      addCells(read, direct.group());
    }
    return read;
  }

  private static void addCells(Set<String> cells, String reference) {
    for (CellReference cell :
        new AreaReference(reference, SpreadsheetVersion.EXCEL2007).getAllReferencedCells()) {
      cells.add(new CellReference(cell.getRow(), cell.getCol()).formatAsString(false));
    }
  }

  private static boolean isInput(CellStyle style) {
    return style.getFillForegroundColor() == IndexedColors.LIGHT_YELLOW.getIndex()
        && !style.getLocked();
  }

  private static boolean isFixed(CellStyle style) {
    return style.getFillForegroundColor() == IndexedColors.GREY_40_PERCENT.getIndex()
        && style.getLocked();
  }
}
