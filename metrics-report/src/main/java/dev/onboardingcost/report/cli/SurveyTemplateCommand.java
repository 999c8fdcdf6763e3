package dev.onboardingcost.report.cli;

import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.report.surveytemplate.RecommendedSurvey;
import dev.onboardingcost.report.surveytemplate.SurveyTemplateWriter;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.SurveyMapping;
import dev.onboardingcost.report.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code survey-template --out FILE.xlsx [WORKSPACE]}: writes the first-week survey form, one row
 * per hire of the workspace and one column per question of its {@code survey:} mapping (the
 * recommended questions without a workspace).
 */
@Command(
    name = "survey-template",
    mixinStandardHelpOptions = true,
    description = {
      "Write an .xlsx form for the first-week survey: one row per hire of WORKSPACE, one column"
          + " per question of its survey: mapping (the recommended questions without WORKSPACE),"
          + " with number validation on the answer cells.",
      "Save the filled-in form (or export it as CSV) into WORKSPACE/survey/ and run report.",
      "Refuses to replace an existing file unless --force."
    })
final class SurveyTemplateCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.xlsx",
      description = "The form to write; an existing file is kept unless --force.")
  Path out;

  @Option(
      names = "--force",
      description = "Replace the file of --out if it exists (a filled-in form is lost).")
  boolean force;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "WORKSPACE",
      description = "A workspace whose hires and survey mapping fill the form.")
  Path workspace;

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new ConfigException("--out: expected a file name ending in .xlsx, got " + out);
    }
    if (Files.isDirectory(out)) {
      throw new ConfigException("--out: " + out + " is a folder; expected a file like form.xlsx");
    }
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new ConfigException(
          "--out: "
              + out
              + " exists and may hold answers; nothing was written (use --force to replace it)");
    }
    SurveyMapping mapping = RecommendedSurvey.MAPPING;
    List<Person> hires = List.of();
    if (workspace != null) {
      Workspace ws = Workspace.open(workspace);
      mapping = ws.settings().survey();
      hires = ws.people().hires();
    }
    SurveyTemplateWriter.write(mapping, hires, List.of(RecommendedSurvey.FREE_TEXT_QUESTION), out);
    if (!common.quiet) {
      spec.commandLine()
          .getOut()
          .printf(
              "Wrote %s: %d %s, %d questions%n",
              out, hires.size(), hires.size() == 1 ? "hire" : "hires", mapping.questions().size());
    }
    return 0;
  }
}
