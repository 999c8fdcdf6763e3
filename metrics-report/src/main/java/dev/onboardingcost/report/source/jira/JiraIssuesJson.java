package dev.onboardingcost.report.source.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.source.common.HireMatch;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.source.common.JsonLogs;
import dev.onboardingcost.report.source.common.Mappings;
import dev.onboardingcost.report.source.common.Skip;
import dev.onboardingcost.report.workspace.ReadContext;
import dev.onboardingcost.report.workspace.SourceMappings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Jira Cloud's own issue JSON ({@code logs/jira/*.json}): the answer of {@code GET
 * /rest/api/3/search/jql} ({@code issues[]}), or issue objects in an array or one per line, as
 * {@code collect} writes them.
 *
 * <p>The rules are the CSV export's ({@link JiraReader}): {@code fields.issuetype.name} in {@code
 * sources.jira.issue_types}, the requester {@code fields.reporter} (its {@code emailAddress}, else
 * its {@code displayName}), the systems {@code fields.components[].name} mapped by {@code systems},
 * {@code fields.created} the request, {@code fields.resolutiondate} the grant unless {@code
 * fields.resolution.name} is a refusal. Dates carry their offset ({@code
 * 2026-02-25T22:17:00.000+0000}), so {@code date_format} and {@code timezone} do not apply. An
 * issue read more than once (collected again after it changed) counts once, in its latest version
 * ({@code fields.updated}); the older copies are ignored.
 */
final class JiraIssuesJson {
  private static final DateTimeFormatter JIRA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private JiraIssuesJson() {}

  /** A version of an issue and where it was read. */
  private record Copy(JsonNode issue, RecordRef ref, Instant updated) {}

  static void read(
      ReadContext context,
      List<Path> files,
      SourceMappings.Jira mapping,
      Map<String, Optional<Person>> byName)
      throws IOException {
    Map<String, Copy> latest = new LinkedHashMap<>();
    for (Path file : files) {
      JsonLogs.read(
          context,
          JiraReader.NAME,
          file,
          List.of("/issues"),
          (issue, ref) -> keepLatest(context, issue, ref, latest));
    }
    for (Copy copy : latest.values()) {
      try {
        use(context, copy.issue(), copy.ref(), mapping, byName);
      } catch (Skip skip) {
        JsonLogs.account(context, JiraReader.NAME, copy.ref(), skip);
      }
    }
  }

  private static void keepLatest(
      ReadContext context, JsonNode issue, RecordRef ref, Map<String, Copy> latest) throws Skip {
    String id = JsonFields.text(issue, "/id");
    if (id.isEmpty()) {
      id = JsonFields.text(issue, "/key");
    }
    if (id.isEmpty() || !issue.path("fields").isObject()) {
      throw Skip.reject("expected a Jira issue with 'id' and 'fields', got neither");
    }
    String updatedText = JsonFields.text(issue, "/fields/updated");
    Instant updated = updatedText.isEmpty() ? Instant.MIN : time(updatedText, "fields.updated");
    Copy copy = new Copy(issue, ref, updated);
    Copy known = latest.get(id);
    if (known == null) {
      latest.put(id, copy);
      return;
    }
    Copy older = known.updated().isAfter(updated) ? copy : known;
    Copy newer = older == copy ? known : copy;
    latest.put(id, newer);
    context
        .quality()
        .ignored(
            JiraReader.NAME,
            older.ref(),
            "issue " + id + " is read again in a later version at " + newer.ref());
  }

  private static void use(
      ReadContext context,
      JsonNode issue,
      RecordRef ref,
      SourceMappings.Jira mapping,
      Map<String, Optional<Person>> byName)
      throws Skip {
    String key = JsonFields.text(issue, "/key");
    String name = key.isEmpty() ? "issue " + JsonFields.text(issue, "/id") : key;
    String type = JsonFields.text(issue, "/fields/issuetype/name");
    if (!JiraReader.contains(mapping.issueTypes(), type)) {
      throw Skip.ignore(name + ": issue type '" + type + "' is not in sources.jira.issue_types");
    }
    Set<String> systems = new LinkedHashSet<>();
    StringBuilder named = new StringBuilder();
    for (JsonNode component : issue.path("fields").path("components")) {
      String value = JsonFields.text(component, "/name");
      if (!value.isEmpty()) {
        named.append(named.length() == 0 ? "" : ", ").append(value);
        Mappings.systemOf(mapping.systems(), value).ifPresent(systems::add);
      }
    }
    if (systems.isEmpty()) {
      throw Skip.ignore(
          name
              + ": key 'fields.components' '"
              + named
              + "' names no system of sources.jira.systems");
    }
    String requester = JsonFields.text(issue, "/fields/reporter/emailAddress");
    if (requester.isEmpty()) {
      requester = JsonFields.text(issue, "/fields/reporter/displayName");
    }
    HireMatch match =
        JiraReader.requester(context.people(), requester, byName)
            .noteMiss(context.quality(), JiraReader.NAME);
    if (!match.isHire()) {
      throw Skip.ignore(name + ": reporter " + match.reason());
    }
    String createdText = JsonFields.text(issue, "/fields/created");
    if (createdText.isEmpty()) {
      throw Skip.reject(
          "key 'fields.created': expected a time like 2026-02-25T22:17:00.000+0000, got nothing");
    }
    Instant created = time(createdText, "fields.created");
    String resolvedText = JsonFields.text(issue, "/fields/resolutiondate");
    Optional<Instant> resolved =
        resolvedText.isEmpty()
            ? Optional.empty()
            : Optional.of(time(resolvedText, "fields.resolutiondate"));
    if (resolved.isPresent() && resolved.get().isBefore(created)) {
      throw Skip.reject(
          "key 'fields.resolutiondate': expected a time after fields.created ("
              + createdText
              + "), got '"
              + resolvedText
              + "'");
    }
    boolean refused =
        JiraReader.REFUSED.contains(People.fold(JsonFields.text(issue, "/fields/resolution/name")));
    for (String system : systems) {
      if (resolved.isPresent() && !refused) {
        context
            .accessGrants()
            .grant(
                match.hire(), system, resolved.get(), Optional.of(created), JiraReader.NAME, ref);
      } else {
        context.accessGrants().request(match.hire(), system, created, JiraReader.NAME, ref);
      }
    }
    context.quality().used(JiraReader.NAME);
  }

  private static Instant time(String text, String key) throws Skip {
    try {
      return OffsetDateTime.parse(text, JIRA_TIME).toInstant();
    } catch (DateTimeException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeException again) {
        throw Skip.reject(
            "key '"
                + key
                + "': expected a time like 2026-02-25T22:17:00.000+0000, got '"
                + text
                + "'");
      }
    }
  }
}
