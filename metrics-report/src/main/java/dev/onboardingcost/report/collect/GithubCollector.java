package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Fetches from GitHub: an organization's audit log, and the repositories' pull requests. */
final class GithubCollector {
  private static final String MEMBERSHIP =
      "action:org.invite_member action:org.add_member action:team.add_member"
          + " action:repo.add_member created:>=";
  private static final Duration RETENTION = Duration.ofDays(180);
  private static final Duration OVERLAP = Duration.ofDays(1);
  private static final Duration FIRST_RUN = Duration.ofDays(365);

  private final CollectSettings.Github settings;

  GithubCollector(CollectSettings.Github settings) {
    this.settings = settings;
  }

  private ApiClient client(CollectRun run, String scopes) throws CollectFailure {
    return run.client(
        settings.url(),
        "Bearer " + run.secret(settings.tokenEnv()),
        "the token in " + settings.tokenEnv() + " (" + scopes + ")");
  }

  /**
   * Fetches the membership events of the audit log of {@code org} ({@code GET
   * /orgs/{org}/audit-log}, GitHub Enterprise Cloud only) into {@code
   * logs/github-audit/collected-*.jsonl}: {@code org.invite_member}, {@code org.add_member}, {@code
   * team.add_member} and {@code repo.add_member} created on or after the start day, oldest first,
   * 100 a page, following {@code Link: rel="next"}. Events are skipped by {@code _document_id}.
   */
  String auditLog(CollectRun run, String org) throws CollectFailure, IOException {
    ApiClient api = client(run, "read:audit_log, as an organization owner");
    String phrase =
        MEMBERSHIP
            + run.start("github_audit", OVERLAP, RETENTION).atZone(ZoneOffset.UTC).toLocalDate();
    String file = run.fileName(".jsonl");
    NewRecords fresh =
        new NewRecords(
            run.workspace().resolve("logs/github-audit"),
            ".jsonl",
            List.of(),
            event -> JsonFields.text(event, "/_document_id"));
    Optional<Instant> oldest = Optional.empty();
    try {
      ApiClient.Pages pages =
          api.links(
              "/orgs/" + org + "/audit-log",
              "events",
              List.of(
                  "phrase", phrase,
                  "order", "asc",
                  "per_page", "100"));
      for (Optional<JsonNode> page = pages.next(); page.isPresent(); page = pages.next()) {
        for (JsonNode event : page.get()) {
          Optional<Instant> at =
              JsonFields.epochMillis(event.path("@timestamp"))
                  .or(() -> JsonFields.epochMillis(event.path("created_at")));
          if (at.isPresent() && (oldest.isEmpty() || oldest.get().isAfter(at.get()))) {
            oldest = at;
          }
          fresh.offer(file, event);
        }
        run.progress("github_audit", pages.count(), fresh.count());
      }
    } catch (CollectFailure e) {
      throw e.explainNotFound(
          "no audit log for the organization '"
              + org
              + "' (404): the audit log API exists only on GitHub Enterprise Cloud; check"
              + " collect.github.org, or export the audit log by hand into logs/github-audit/");
    } finally {
      fresh.write();
    }
    run.checkExpiry("github_audit", RETENTION, "GitHub's audit log", oldest);
    run.advance("github_audit");
    return fresh.summary(run.workspace(), "events");
  }

  /**
   * Fetches the closed pull requests of each repository of {@code collect.github.repos} ({@code GET
   * /repos/{owner}/{repo}/pulls?state=all}, most recently updated first, 100 a page, until a page
   * reaches the cursor) into {@code logs/github-prs/collected-*.json}. A pull request is written
   * once it is closed, so that its {@code merged_at} is final (the reader keeps the first copy of a
   * pull request it reads); an open one is written when a later run finds it closed. Pull requests
   * are skipped by {@code id}.
   */
  String pullRequests(CollectRun run) throws CollectFailure, IOException {
    ApiClient api = client(run, "repo read access; fine-grained: Pull requests read");
    Instant since = run.start("github_prs", OVERLAP, FIRST_RUN);
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
                List.of(
                    "state", "all",
                    "sort", "updated",
                    "direction", "desc",
                    "per_page", "100"));
        try {
          for (Optional<JsonNode> page = pages.next(); page.isPresent(); page = pages.next()) {
            boolean older = false;
            for (JsonNode pr : page.get()) {
              if (!JsonFields.text(pr, "/closed_at").isEmpty()) {
                fresh.offer(file, pr);
              }
              older |= updated(pr).map(at -> at.isBefore(since)).orElse(false);
            }
            run.progress("github_prs", ++read, fresh.count());
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
    run.advance("github_prs");
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
