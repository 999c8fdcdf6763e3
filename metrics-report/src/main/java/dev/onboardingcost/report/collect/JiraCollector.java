package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Fetches access-request issues from Jira Cloud ({@code GET /rest/api/3/search/jql} with {@code
 * nextPageToken}; the JQL asks for the issue types of {@code sources.jira.issue_types} updated
 * since the start, oldest update first) into {@code logs/jira/collected-*.json}, the API's own
 * issue objects, which the Jira reader reads. An issue is collected again when it changes (its id
 * and {@code fields.updated} are the key), so that a request resolved after an earlier run is seen
 * resolved; the reader keeps the latest version of each issue.
 */
final class JiraCollector implements Collector {
  /** The source name. */
  static final String NAME = "jira";

  /** The fields the Jira reader needs. */
  static final String FIELDS =
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
  public String name() {
    return NAME;
  }

  @Override
  public String collect(CollectRun run) throws CollectFailure, IOException {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (run.secret(settings.emailEnv()) + ":" + run.secret(settings.tokenEnv()))
                    .getBytes(StandardCharsets.UTF_8));
    ApiClient api =
        run.client(
            settings.url(),
            "Basic " + basic,
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
    var folder = run.workspace().resolve("logs/jira");
    NewRecords fresh =
        new NewRecords(
            folder,
            run.fileName(".json"),
            false,
            SeenIds.in(folder, List.of("/issues"), JiraCollector::version, ".json"));
    int pages = 0;
    try {
      String token = "";
      do {
        List<String> query =
            new ArrayList<>(List.of("jql", jql, "fields", FIELDS, "maxResults", "100"));
        if (!token.isEmpty()) {
          query.add("nextPageToken");
          query.add(token);
        }
        URI url = api.url("/rest/api/3/search/jql", query.toArray(new String[0]));
        JsonNode page = api.get(url).body();
        if (!page.path("issues").isArray()) {
          throw new CollectFailure(
              "answered a malformed page at /rest/api/3/search/jql (expected \"issues\": [...])");
        }
        for (JsonNode issue : page.path("issues")) {
          fresh.offer(issue);
        }
        run.progress().update(NAME, ++pages, fresh.count());
        String next = JsonFields.text(page, "/nextPageToken");
        token = page.path("isLast").asBoolean(next.isEmpty()) || next.equals(token) ? "" : next;
      } while (!token.isEmpty());
    } finally {
      fresh.write();
    }
    run.cursors().advance(NAME, "since", run.now());
    return fresh.summary(run.workspace(), "issue versions");
  }

  /** An issue's id and last update: a changed issue is a new record. */
  static String version(JsonNode issue) {
    String id = JsonFields.text(issue, "/id");
    return id.isEmpty() ? "" : id + "@" + JsonFields.text(issue, "/fields/updated");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
