package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Fetches the membership events of a GitHub organization's audit log ({@code GET
 * /orgs/{org}/audit-log}, GitHub Enterprise Cloud only) into {@code
 * logs/github-audit/collected-*.jsonl}: {@code org.invite_member}, {@code org.add_member}, {@code
 * team.add_member} and {@code repo.add_member} created on or after the start day, oldest first, 100
 * a page, following {@code Link: rel="next"}. Events are skipped by {@code _document_id}.
 */
final class GithubAuditCollector implements Collector {
  static final String NAME = "github_audit";
  private static final Duration RETENTION = Duration.ofDays(180);
  private static final Duration OVERLAP = Duration.ofDays(1);

  private final CollectSettings.Github settings;
  private final String org;

  GithubAuditCollector(CollectSettings.Github settings, String org) {
    this.settings = settings;
    this.org = org;
  }

  /** A client of the GitHub API in {@code settings}, with its bearer token. */
  static ApiClient client(CollectRun run, CollectSettings.Github settings, String scopes)
      throws CollectFailure {
    return run.client(
        settings.url(),
        "Bearer " + run.secret(settings.tokenEnv()),
        "the token in " + settings.tokenEnv() + " (" + scopes + ")");
  }

  @Override
  public String collect(CollectRun run) throws CollectFailure, IOException {
    ApiClient api = client(run, settings, "read:audit_log, as an organization owner");
    Instant since = run.start(NAME, OVERLAP, RETENTION);
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
              "phrase",
              "action:org.invite_member action:org.add_member action:team.add_member"
                  + " action:repo.add_member created:>="
                  + since.atZone(ZoneOffset.UTC).toLocalDate(),
              "order",
              "asc",
              "per_page",
              "100");
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
        run.progress(NAME, pages.count(), fresh.count());
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
    run.checkExpiry(NAME, RETENTION, "GitHub's audit log", oldest);
    run.advance(NAME);
    return fresh.summary(run.workspace(), "events");
  }
}
