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
import dev.onboardingcost.report.io.CsvTable;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.CsvRecords;
import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.ReadContext;
import dev.onboardingcost.report.workspace.SurveyMapping;
import dev.onboardingcost.report.workspace.WorkspaceFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads survey exports ({@code survey/*.csv}, e.g. a Google Forms response CSV) through the {@code
 * survey:} mapping (SPEC section 4). Each non-blank answer to a mapped question is one record and
 * one event with source {@code survey} and no timestamp; a row whose identity matches no hire
 * rejects each of its answers.
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
    for (Path file : WorkspaceFiles.withExtension(files, ".csv")) {
      readFile(file, context);
    }
    for (Path file : WorkspaceFiles.withExtension(files, ".xlsx")) {
      context
          .quality()
          .rejected(
              NAME,
              RecordRef.line(context.nameOf(file), 0),
              "not read: an Excel survey export; save it as CSV (File > Download > .csv)");
    }
  }

  private void readFile(Path file, ReadContext context) throws IOException {
    String name = context.nameOf(file);
    SurveyMapping mapping = context.settings().survey();
    try (CsvTable table = CsvTable.open(file, name)) {
      if (table.header().isEmpty()) {
        // An empty export has no answers; an unreadable header is one rejected record.
        table
            .headerProblem()
            .ifPresent(
                problem -> context.quality().rejected(NAME, RecordRef.line(name, 1), problem));
        return;
      }
      OptionalInt identity = identityColumn(table, mapping);
      List<MappedColumn> columns = new ArrayList<>();
      for (SurveyMapping.Question question : mapping.questions()) {
        OptionalInt index = table.column(question.column());
        if (index.isPresent()) {
          columns.add(new MappedColumn(question, index.getAsInt()));
        }
      }
      if (columns.isEmpty()) {
        throw new ConfigException(
            name
                + ": none of the survey.questions columns of onboarding.yaml is in its header"
                + " (first mapped column: '"
                + mapping.questions().stream()
                    .map(SurveyMapping.Question::column)
                    .findFirst()
                    .orElse("")
                + "')");
      }
      CsvRecords.forEach(
          table,
          NAME,
          context.quality(),
          (row, ref) -> readRow(row, identity.getAsInt(), columns, name, context));
    }
  }

  private static OptionalInt identityColumn(CsvTable table, SurveyMapping mapping) {
    OptionalInt identity = table.column(mapping.identityColumn());
    if (identity.isEmpty()) {
      throw new ConfigException(
          table.name()
              + ": no column '"
              + mapping.identityColumn()
              + "' (survey.identity_column in onboarding.yaml); the header has "
              + table.header());
    }
    return identity;
  }

  private record MappedColumn(SurveyMapping.Question question, int index) {}

  private void readRow(
      CsvTable.Row row,
      int identity,
      List<MappedColumn> columns,
      String name,
      ReadContext context) {
    String who = row.get(identity).strip();
    Optional<Person> hire = context.people().byEmail(who).or(() -> context.people().byId(who));
    RecordRef ref = RecordRef.line(name, row.line());
    for (MappedColumn column : columns) {
      String answer = row.get(column.index());
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
