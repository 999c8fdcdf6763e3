package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Fetches access-request issues from Jira Cloud ({@code GET /rest/api/3/search/jql} with {@code
 * nextPageToken}; the JQL asks for the issue types of {@code sources.jira.issue_types} updated
 * since the start, oldest update first) into {@code logs/jira/collected-*.json}, the API's own
 * issue objects, which the Jira reader reads. An issue is collected again when it changes (its id
 * and {@code fields.updated} are the key), so that a request resolved after an earlier run is seen
 * resolved; the reader keeps the latest version of each issue.
 */
final class JiraCollector implements Collector {
  private static final String NAME = "jira";
  private static final String FIELDS =
      "summary,issuetype,reporter,components,created,updated,resolutiondate,resolution,status";
  private static final Duration OVERLAP = Duration.ofDays(1);
  private static final Duration FIRST_RUN = Duration.ofDays(365);

  private final CollectSettings.Jira settings;
  private final List<String> issueTypes;

  JiraCollector(CollectSettings.Jira settings, List<String> issueTypes) {
    this.settings = settings;
    this.issueTypes = List.copyOf(issueTypes);
  }

  @Override
  public String collect(CollectRun run) throws CollectFailure, IOException {
    String account = run.secret(settings.emailEnv()) + ":" + run.secret(settings.tokenEnv());
    ApiClient api =
        run.client(
            settings.url(),
            "Basic " + Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8)),
            "the email in "
                + settings.emailEnv()
                + " and the API token in "
                + settings.tokenEnv()
                + " (the account must browse the project)");
    Instant since = run.start(NAME, OVERLAP, FIRST_RUN);
    String jql =
        "issuetype in ("
            + String.join(", ", issueTypes.stream().map(JiraCollector::quoted).toList())
            + ") AND updated >= \""
            + since.atZone(ZoneOffset.UTC).toLocalDate()
            + "\" ORDER BY updated ASC";
    String file = run.fileName(".json");
    NewRecords fresh =
        new NewRecords(
            run.workspace().resolve("logs/jira"),
            ".json",
            List.of("/issues"),
            JiraCollector::version);
    try {
      ApiClient.Pages pages =
          api.tokens(
              "/rest/api/3/search/jql",
              "nextPageToken",
              "/nextPageToken",
              List.of(
                  "jql", jql,
                  "fields", FIELDS,
                  "maxResults", "100"));
      for (Optional<JsonNode> page = pages.next(); page.isPresent(); page = pages.next()) {
        if (!page.get().path("issues").isArray()) {
          throw new CollectFailure(
              "answered a malformed page at /rest/api/3/search/jql (expected \"issues\": [...])");
        }
        for (JsonNode issue : page.get().path("issues")) {
          fresh.offer(file, issue);
        }
        run.progress(NAME, pages.count(), fresh.count());
      }
    } finally {
      fresh.write();
    }
    run.advance(NAME);
    return fresh.summary(run.workspace(), "issue versions");
  }

  /** An issue's id and last update: a changed issue is a new record. */
  private static String version(JsonNode issue) {
    String id = JsonFields.text(issue, "/id");
    return id.isEmpty() ? "" : id + "@" + JsonFields.text(issue, "/fields/updated");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
