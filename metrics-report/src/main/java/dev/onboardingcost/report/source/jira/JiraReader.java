package dev.onboardingcost.report.source.jira;

import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.CsvTable;
import dev.onboardingcost.report.source.common.HireMatch;
import dev.onboardingcost.report.source.common.JsonLogs;
import dev.onboardingcost.report.source.common.Mappings;
import dev.onboardingcost.report.source.common.Skip;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.CsvRecords;
import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.ReadContext;
import dev.onboardingcost.report.workspace.SourceMappings;
import dev.onboardingcost.report.workspace.WorkspaceFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads access-request tickets from a Jira issue CSV export ({@code logs/jira/*.csv}), and Jira
 * Cloud's issue JSON ({@code logs/jira/*.json}, see {@link JiraIssuesJson}).
 *
 * <p>A ticket is an access request when its {@code Issue Type} is one of {@code
 * sources.jira.issue_types} or its {@code Custom field (Request Type)} one of {@code request_types}
 * (case ignored). The requester ({@code requester_field}, Reporter by default) is matched to
 * people.csv by email, else id, else name when exactly one person has it. Every value of the {@code
 * system_field} columns (Jira repeats {@code Component/s}; all repeats are read by position) that
 * {@code systems} maps is a system asked for. {@code Created} is the request, {@code Resolved} the
 * grant; an unresolved ticket, or one resolved as refused ({@code Resolution} Won't Do, Declined,
 * ...), is a request not granted yet. Dates follow {@code date_format} (English month names, case
 * ignored) in {@code timezone}.
 */
public final class JiraReader implements EvidenceReader {
  /** The source name. */
  public static final String NAME = "jira";

  static final Set<String> REFUSED =
      Set.of(
          "won't do",
          "won't fix",
          "declined",
          "rejected",
          "denied",
          "duplicate",
          "cannot reproduce",
          "incomplete");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void read(ReadContext context) throws IOException {
    List<Path> all = context.files(NAME, "logs/jira", ".csv", ".json");
    List<Path> files = WorkspaceFiles.withExtension(all, ".csv");
    List<Path> json = WorkspaceFiles.withExtension(all, ".json");
    if (files.isEmpty() && json.isEmpty()) {
      return;
    }
    SourceMappings.Jira mapping = context.settings().sources().jira();
    mapping.systems().values().forEach(system -> context.accessGrants().canGrant(NAME, system));
    Dates dates = new Dates(mapping.dateFormat(), mapping.timezone());
    Map<String, Optional<Person>> byName = namesOf(context.people());
    for (Path file : files) {
      readFile(context, file, mapping, dates, byName);
    }
    JiraIssuesJson.read(context, json, mapping, byName);
  }

  /** Folded names to the one person who has each; a shared name maps to nobody. */
  private static Map<String, Optional<Person>> namesOf(People people) {
    Map<String, Optional<Person>> names = new HashMap<>();
    for (Person person : people.all()) {
      if (!person.name().isEmpty()) {
        names.merge(People.fold(person.name()), Optional.of(person), (a, b) -> Optional.empty());
      }
    }
    return names;
  }

  private record Columns(
      String systemField,
      OptionalInt key,
      OptionalInt issueType,
      OptionalInt requestType,
      OptionalInt requester,
      List<Integer> systems,
      OptionalInt created,
      OptionalInt resolved,
      OptionalInt resolution) {}

  private static void readFile(
      ReadContext context,
      Path file,
      SourceMappings.Jira mapping,
      Dates dates,
      Map<String, Optional<Person>> byName)
      throws IOException {
    String name = context.nameOf(file);
    try (CsvTable table = CsvTable.open(file, name)) {
      String systemField = systemFieldOf(table, mapping);
      Columns columns =
          new Columns(
              systemField,
              table.column("Issue key"),
              table.column("Issue Type"),
              table.column("Custom field (Request Type)"),
              table.column(mapping.requesterField()),
              table.columns(systemField),
              table.column("Created"),
              table.column("Resolved"),
              table.column("Resolution"));
      if (columns.requester().isEmpty()
          || columns.systems().isEmpty()
          || columns.created().isEmpty()
          || (columns.issueType().isEmpty() && columns.requestType().isEmpty())) {
        context
            .quality()
            .rejected(
                NAME,
                RecordRef.line(name, 1),
                "the header needs the columns 'Issue Type' (or 'Custom field (Request Type)'), '"
                    + mapping.requesterField()
                    + "', '"
                    + systemField
                    + "' and 'Created', got "
                    + table.header());
        return;
      }
      CsvRecords.forEach(
          table,
          NAME,
          context.quality(),
          (row, ref) -> {
            try {
              readRow(context, row, ref, columns, mapping, dates, byName);
            } catch (Skip skip) {
              JsonLogs.account(context, NAME, ref, skip);
            }
          });
    }
  }

  private static void readRow(
      ReadContext context,
      CsvTable.Row row,
      RecordRef ref,
      Columns columns,
      SourceMappings.Jira mapping,
      Dates dates,
      Map<String, Optional<Person>> byName)
      throws Skip {
    String key = row.get(columns.key()).strip();
    String issue = key.isEmpty() ? "the ticket" : key;
    String type = row.get(columns.issueType()).strip();
    String requestType = row.get(columns.requestType()).strip();
    if (!contains(mapping.issueTypes(), type) && !contains(mapping.requestTypes(), requestType)) {
      throw Skip.ignore(
          issue
              + ": issue type '"
              + type
              + "' is not in sources.jira.issue_types (nor request_types)");
    }
    Set<String> systems = new LinkedHashSet<>();
    StringBuilder named = new StringBuilder();
    for (int index : columns.systems()) {
      String value = row.get(index).strip();
      if (value.isEmpty()) {
        continue;
      }
      named.append(named.length() == 0 ? "" : ", ").append(value);
      Mappings.systemOf(mapping.systems(), value).ifPresent(systems::add);
    }
    if (systems.isEmpty()) {
      throw Skip.ignore(
          issue
              + ": column '"
              + columns.systemField()
              + "' '"
              + named
              + "' names no system of sources.jira.systems");
    }
    HireMatch match =
        requester(context.people(), row.get(columns.requester()), byName)
            .noteMiss(context.quality(), NAME);
    if (!match.isHire()) {
      throw Skip.ignore(issue + ": " + mapping.requesterField() + " " + match.reason());
    }
    Instant created = dates.parse(row.get(columns.created()), "Created");
    Optional<Instant> resolved = Optional.empty();
    String resolvedText = row.get(columns.resolved()).strip();
    if (!resolvedText.isEmpty()) {
      resolved = Optional.of(dates.parse(resolvedText, "Resolved"));
      if (resolved.get().isBefore(created)) {
        throw Skip.reject(
            "column 'Resolved': expected a time after Created ("
                + row.get(columns.created()).strip()
                + "), got '"
                + resolvedText
                + "'");
      }
    }
    boolean refused = REFUSED.contains(People.fold(row.get(columns.resolution())));
    for (String system : systems) {
      if (resolved.isPresent() && !refused) {
        context
            .accessGrants()
            .grant(match.hire(), system, resolved.get(), Optional.of(created), NAME, ref);
      } else {
        context.accessGrants().request(match.hire(), system, created, NAME, ref);
      }
    }
    context.quality().used(NAME);
  }

  /**
   * The column naming the systems: {@code sources.jira.system_field} when set, else {@code
   * Components} (Jira Cloud) or {@code Component/s} (Jira Server and Data Center), whichever the
   * file has.
   */
  private static String systemFieldOf(CsvTable table, SourceMappings.Jira mapping) {
    if (!mapping.systemField().isBlank()) {
      return mapping.systemField();
    }
    return table.column(CLOUD_COMPONENTS).isPresent() ? CLOUD_COMPONENTS : SERVER_COMPONENTS;
  }

  /** Jira Cloud's system column of components. */
  static final String CLOUD_COMPONENTS = "Components";

  /** Jira Server's and Data Center's system column of components. */
  static final String SERVER_COMPONENTS = "Component/s";

  static boolean contains(List<String> names, String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (String name : names) {
      if (People.fold(name).equals(People.fold(value))) {
        return true;
      }
    }
    return false;
  }

  static HireMatch requester(People people, String value, Map<String, Optional<Person>> byName) {
    String text = value.strip();
    if (text.isEmpty()) {
      return HireMatch.byEmail(people, text);
    }
    Optional<Person> person =
        people
            .byEmail(text)
            .or(() -> people.byId(text))
            .or(() -> byName.getOrDefault(People.fold(text), Optional.empty()))
            .or(() -> people.byAlias(text));
    if (person.isEmpty() && byName.containsKey(People.fold(text))) {
      return new HireMatch(
          Optional.empty(), "'" + text + "' is the name of several people in people.csv");
    }
    return HireMatch.of(person, "email, id or name", text);
  }

  /** Jira dates in the mapping's pattern and zone. */
  private static final class Dates {
    private final DateTimeFormatter format;
    private final String pattern;
    private final ZoneId zone;
    private final String example;

    Dates(String pattern, ZoneId zone) {
      try {
        this.format =
            new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            "onboarding.yaml: key 'sources.jira.date_format': expected a date pattern like"
                + " dd/MMM/yy h:mm a, got '"
                + pattern
                + "' ("
                + e.getMessage()
                + ")");
      }
      this.pattern = pattern;
      this.zone = zone;
      String sample;
      try {
        sample = format.format(LocalDateTime.of(2026, 2, 25, 22, 17));
      } catch (DateTimeException e) {
        sample = format.format(LocalDate.of(2026, 2, 25));
      }
      this.example = sample;
    }

    Instant parse(String text, String column) throws Skip {
      String trimmed = text.strip();
      try {
        TemporalAccessor parsed = format.parseBest(trimmed, LocalDateTime::from, LocalDate::from);
        LocalDateTime local =
            parsed instanceof LocalDateTime
                ? (LocalDateTime) parsed
                : ((LocalDate) parsed).atStartOfDay();
        return local.atZone(zone).toInstant();
      } catch (DateTimeException e) {
        throw Skip.reject(
            "column '"
                + column
                + "': expected a date like "
                + example
                + " ("
                + pattern
                + "), got '"
                + text
                + "'");
      }
    }
  }
}
