package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Fetches the Okta System Log's onboarding events ({@code GET /api/v1/logs}) into {@code
 * logs/okta/collected-*.jsonl}: the event types the Okta reader turns into grants and requests,
 * from the cursor (or {@code --since}) to the run's time ({@code until} is always set, so that the
 * {@code Link: rel="next"} cursor runs out), 1,000 events a page, oldest first. Events are skipped
 * by {@code uuid}.
 */
final class OktaLogsCollector implements Collector {
  /** The source name. */
  static final String NAME = "okta";

  /** The event types the Okta reader uses (grants and access requests). */
  static final List<String> EVENT_TYPES =
      List.of(
          "application.user_membership.add",
          "group.user_membership.add",
          "app.access_request.request",
          "access.request.create");

  static final Duration RETENTION = Duration.ofDays(90);
  private static final Duration OVERLAP = Duration.ofMinutes(10);

  private final CollectSettings.Okta settings;

  OktaLogsCollector(CollectSettings.Okta settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** A client of the Okta org in {@code settings}, with its SSWS token. */
  static ApiClient client(CollectRun run, CollectSettings.Okta settings) throws CollectFailure {
    return run.client(
        settings.url(),
        "SSWS " + run.secret(settings.tokenEnv()),
        "the API token in "
            + settings.tokenEnv()
            + " (read-only scopes okta.logs.read, okta.users.read)");
  }

  @Override
  public String collect(CollectRun run) throws CollectFailure, IOException {
    ApiClient api = client(run, settings);
    Instant since = run.start(NAME, OVERLAP, RETENTION);
    Instant until = run.now();
    StringBuilder filter = new StringBuilder();
    for (String type : EVENT_TYPES) {
      filter
          .append(filter.length() == 0 ? "" : " or ")
          .append("eventType eq \"")
          .append(type)
          .append('"');
    }
    var folder = run.workspace().resolve("logs/okta");
    NewRecords fresh =
        new NewRecords(
            folder,
            run.fileName(".jsonl"),
            true,
            SeenIds.in(
                folder,
                List.of("/data/events"),
                e -> JsonFields.text(e, "/uuid"),
                ".json",
                ".jsonl"));
    Optional<Instant> oldest = Optional.empty();
    try {
      Optional<URI> next =
          Optional.of(
              api.url(
                  "/api/v1/logs",
                  "since",
                  since.toString(),
                  "until",
                  until.toString(),
                  "filter",
                  filter.toString(),
                  "sortOrder",
                  "ASCENDING",
                  "limit",
                  "1000"));
      int pages = 0;
      while (next.isPresent()) {
        ApiClient.Page page = api.get(next.get());
        if (!page.body().isArray()) {
          throw new CollectFailure(
              "answered a malformed page at /api/v1/logs (expected a JSON array of events)");
        }
        for (JsonNode event : page.body()) {
          oldest = older(oldest, event);
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
    run.checkExpiry(NAME, RETENTION, "the Okta System Log", oldest);
    run.cursors().advance(NAME, "since", until);
    return fresh.summary(run.workspace(), "events");
  }

  private static Optional<Instant> older(Optional<Instant> oldest, JsonNode event) {
    try {
      Instant at = Instant.parse(JsonFields.text(event, "/published"));
      return Optional.of(oldest.filter(o -> o.isBefore(at)).orElse(at));
    } catch (DateTimeException e) {
      return oldest;
    }
  }
}
