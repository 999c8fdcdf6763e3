package dev.onboardingcost.report.cli;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyTemplateCommandTest {
  @TempDir Path temp;

  @Test
  void writes_one_row_per_hire_of_the_workspace() throws IOException {
    // GIVEN a new workspace (one hire, ada)
    Path ws = temp.resolve("ws");
    then(CliRun.of("init", ws.toString()).status()).isZero();
    Path form = temp.resolve("first-week.xlsx");
    // WHEN
    CliRun run = CliRun.of("survey-template", "--out", form.toString(), ws.toString());
    // THEN
    then(run.status()).as(run.err()).isZero();
    then(run.out()).contains("1 hire, 5 questions");
    try (InputStream in = Files.newInputStream(form);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      then(new DataFormatter().formatCellValue(workbook.getSheetAt(0).getRow(1).getCell(0)))
          .isEqualTo("ada@example.com");
    }
  }

  @Test
  void writes_a_blank_form_with_the_recommended_questions_without_a_workspace() {
    Path form = temp.resolve("blank.xlsx");
    CliRun run = CliRun.of("survey-template", "--out", form.toString());
    then(run.status()).as(run.err()).isZero();
    then(form).isRegularFile();
  }

  @Test
  void refuses_an_output_that_is_not_xlsx() {
    CliRun run = CliRun.of("survey-template", "--out", temp.resolve("form.csv").toString());
    then(run.status()).isEqualTo(2);
    then(run.err()).contains("ending in .xlsx");
  }

  @Test
  void a_missing_workspace_is_one_line_and_status_2() {
    CliRun run =
        CliRun.of(
            "survey-template",
            "--out",
            temp.resolve("f.xlsx").toString(),
            temp.resolve("nope").toString());
    then(run.status()).isEqualTo(2);
    then(run.err().strip()).doesNotContain("\n");
    then(temp.resolve("f.xlsx")).doesNotExist();
  }

  @Test
  void refuses_to_replace_an_existing_form_unless_forced() throws IOException {
    // GIVEN a form someone has filled in
    Path form = temp.resolve("first-week.xlsx");
    then(CliRun.of("survey-template", "--out", form.toString()).status()).isZero();
    Files.write(form, new byte[] {1, 2, 3});

    // WHEN written again without --force
    CliRun refused = CliRun.of("survey-template", "--out", form.toString());

    // THEN one line, exit 2, the file kept; with --force it is replaced
    then(refused.status()).isEqualTo(OnboardingCostCli.EXIT_ERROR);
    then(refused.err().strip().lines()).singleElement().asString().contains("--force");
    then(Files.readAllBytes(form)).containsExactly(1, 2, 3);
    CliRun forced = CliRun.of("survey-template", "--out", form.toString(), "--force");
    then(forced.status()).as(forced.err()).isZero();
    then(Files.size(form)).isGreaterThan(3);
  }
}
