package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
  /** The source name. */
  static final String NAME = "github_audit";

  static final Duration RETENTION = Duration.ofDays(180);
  private static final Duration OVERLAP = Duration.ofDays(1);

  private final CollectSettings.Github settings;
  private final String org;

  GithubAuditCollector(CollectSettings.Github settings, String org) {
    this.settings = settings;
    this.org = org;
  }

  @Override
  public String name() {
    return NAME;
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
    LocalDate day = since.atZone(ZoneOffset.UTC).toLocalDate();
    var folder = run.workspace().resolve("logs/github-audit");
    NewRecords fresh =
        new NewRecords(
            folder,
            run.fileName(".jsonl"),
            true,
            SeenIds.in(
                folder, List.of(), e -> JsonFields.text(e, "/_document_id"), ".json", ".jsonl"));
    Optional<Instant> oldest = Optional.empty();
    try {
      Optional<URI> next =
          Optional.of(
              api.url(
                  "/orgs/" + org + "/audit-log",
                  "phrase",
                  "action:org.invite_member action:org.add_member action:team.add_member"
                      + " action:repo.add_member created:>="
                      + day,
                  "order",
                  "asc",
                  "per_page",
                  "100"));
      int pages = 0;
      while (next.isPresent()) {
        ApiClient.Page page;
        try {
          page = api.get(next.get());
        } catch (CollectFailure e) {
          throw explained(e);
        }
        if (!page.body().isArray()) {
          throw new CollectFailure(
              "answered a malformed page at /orgs/"
                  + org
                  + "/audit-log (expected a JSON array of events)");
        }
        for (JsonNode event : page.body()) {
          Optional<Instant> at =
              JsonFields.epochMillis(event.path("@timestamp"))
                  .or(() -> JsonFields.epochMillis(event.path("created_at")));
          if (at.isPresent() && (oldest.isEmpty() || oldest.get().isAfter(at.get()))) {
            oldest = at;
          }
          fresh.offer(event);
        }
        run.progress().update(NAME, ++pages, fresh.count());
        next =
            page.body().size() == 0
                ? Optional.empty()
                : page.next().filter(n -> !n.equals(page.uri()));
      }
    } finally {
      fresh.write();
    }
    run.checkExpiry(NAME, RETENTION, "GitHub's audit log", oldest);
    run.cursors().advance(NAME, "since", run.now());
    return fresh.summary(run.workspace(), "events");
  }

  private CollectFailure explained(CollectFailure e) {
    if (e.status().orElse(0) == 404) {
      return new CollectFailure(
          "no audit log for the organization '"
              + org
              + "' (404): the audit log API exists only on GitHub Enterprise Cloud; check"
              + " collect.github.org, or export the audit log by hand into logs/github-audit/",
          404);
    }
    return e;
  }
}
