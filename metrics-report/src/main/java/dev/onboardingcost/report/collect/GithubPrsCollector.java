package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fetches the closed pull requests of each repository of {@code collect.github.repos} ({@code GET
 * /repos/{owner}/{repo}/pulls?state=all}, most recently updated first, 100 a page, until a page
 * reaches the cursor) into {@code logs/github-prs/collected-*.json}. A pull request is written once
 * it is closed, so that its {@code merged_at} is final (the reader keeps the first copy of a pull
 * request it reads); an open one is written when a later run finds it closed. Pull requests are
 * skipped by {@code id}.
 */
final class GithubPrsCollector implements Collector {
  static final String NAME = "github_prs";
  private static final Duration OVERLAP = Duration.ofDays(1);
  private static final Duration FIRST_RUN = Duration.ofDays(365);

  private final CollectSettings.Github settings;

  GithubPrsCollector(CollectSettings.Github settings) {
    this.settings = settings;
  }

  @Override
  public String collect(CollectRun run) throws CollectFailure, IOException {
    ApiClient api =
        GithubAuditCollector.client(
            run, settings, "repo read access; fine-grained: Pull requests read");
    Instant since = run.start(NAME, OVERLAP, FIRST_RUN);
    String file = run.fileName(".json");
    NewRecords fresh =
        new NewRecords(
            run.workspace().resolve("logs/github-prs"),
            ".json",
            List.of("/items"),
            pr -> JsonFields.text(pr, "/id"));
    int read = 0;
    try {
      for (String repo : settings.repos()) {
        ApiClient.Pages pages =
            api.links(
                "/repos/" + repo + "/pulls",
                "pull requests",
                "state",
                "all",
                "sort",
                "updated",
                "direction",
                "desc",
                "per_page",
                "100");
        try {
          for (Optional<JsonNode> page = pages.next(); page.isPresent(); page = pages.next()) {
            boolean older = false;
            for (JsonNode pr : page.get()) {
              if (!JsonFields.text(pr, "/closed_at").isEmpty()) {
                fresh.offer(file, pr);
              }
              older |= updated(pr).map(at -> at.isBefore(since)).orElse(false);
            }
            run.progress(NAME, ++read, fresh.count());
            if (older) {
              break;
            }
          }
        } catch (CollectFailure e) {
          throw e.explainNotFound(
              "no repository '"
                  + repo
                  + "' (404): check collect.github.repos and that the token can read it");
        }
      }
    } finally {
      fresh.write();
    }
    run.advance(NAME);
    return fresh.summary(run.workspace(), "closed pull requests");
  }

  private static Optional<Instant> updated(JsonNode pr) {
    try {
      return Optional.of(Instant.parse(JsonFields.text(pr, "/updated_at")));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
