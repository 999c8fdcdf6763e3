package dev.onboardingcost.report.source.survey;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.Provenance;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.model.Timing;
import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.ReadContext;
import dev.onboardingcost.report.workspace.SurveyMapping;
import dev.onboardingcost.report.workspace.WorkspaceFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Reads survey exports through the {@code survey:} mapping (the README's workspace section): {@code
 * survey/*.csv} (a Google Forms response CSV, a sheet saved as CSV) and {@code survey/*.xlsx} (a
 * Microsoft Forms export, or the form {@code survey-template} writes, filled in), both through one
 * row reader. Each non-blank answer to a mapped question is one record and one event with source
 * {@code survey} and no timestamp; a row whose identity matches no hire rejects each of its
 * answers. A mapped column a file lacks is a problem of that file ({@link SurveyColumns}).
 */
public final class SurveyReader implements EvidenceReader {
  /** The source name in the data-quality counts. */
  public static final String NAME = "survey";

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void read(ReadContext context) throws IOException {
    List<Path> files =
        context.files(NAME, "survey", WorkspaceFiles.SURVEY_EXTENSIONS.toArray(String[]::new));
    for (Path file : files) {
      readFile(file, context);
    }
  }

  private void readFile(Path file, ReadContext context) throws IOException {
    String name = context.nameOf(file);
    SurveyMapping mapping = context.settings().survey();
    SurveyRows rows =
        name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
            ? new XlsxSurveyRows()
            : new CsvSurveyRows();
    rows.read(
        file,
        name,
        context.quality(),
        header -> {
          SurveyColumns columns = SurveyColumns.of(name, header, mapping, context.quality());
          return (line, cell) -> readRow(line, cell, columns, name, context);
        });
  }

  private void readRow(
      long line,
      IntFunction<String> cell,
      SurveyColumns columns,
      String name,
      ReadContext context) {
    String who = cell.apply(columns.identity()).strip();
    Optional<Person> hire = context.people().byEmail(who).or(() -> context.people().byId(who));
    RecordRef ref = RecordRef.line(name, line);
    for (SurveyColumns.Mapped column : columns.questions()) {
      String answer = cell.apply(column.index());
      if (answer.isBlank()) {
        continue;
      }
      String where = "column '" + column.question().column() + "': ";
      if (hire.isEmpty() || !hire.get().isHire()) {
        context
            .quality()
            .rejected(
                NAME, ref, where + "'" + who + "' matches no hire in people.csv (by email or id)");
        continue;
      }
      try {
        Optional<BigDecimal> value = SurveyAnswers.parse(answer);
        if (value.isPresent()) {
          context.intake().accept(NAME, eventOf(hire.get(), column.question(), value.get(), ref));
        }
      } catch (IllegalArgumentException e) {
        context.quality().rejected(NAME, ref, where + e.getMessage());
      }
    }
  }

  private static OnboardingEvent eventOf(
      Person hire, SurveyMapping.Question question, BigDecimal value, RecordRef ref) {
    Provenance provenance = new Provenance(Source.SURVEY, question.column(), ref);
    switch (question.type()) {
      case ACCESS_WAIT:
        return new AccessWait(
            hire.id(),
            question.system().orElse(""),
            Timing.minutes(minutes(question, value)),
            provenance);
      case BLOCKED:
        return new Blocked(
            hire.id(),
            question.category().orElseThrow(),
            Timing.minutes(minutes(question, value)),
            provenance);
      default:
        if (question.unit() == SurveyMapping.Unit.COUNT) {
          return new Help(
              hire.id(),
              Optional.empty(),
              question.category().orElseThrow(),
              value,
              Timing.NONE,
              provenance);
        }
        return new Help(
            hire.id(),
            Optional.empty(),
            question.category().orElseThrow(),
            BigDecimal.ONE,
            Timing.minutes(minutes(question, value)),
            provenance);
    }
  }

  private static BigDecimal minutes(SurveyMapping.Question question, BigDecimal value) {
    return question.unit() == SurveyMapping.Unit.HOURS ? value.multiply(SIXTY) : value;
  }
}
