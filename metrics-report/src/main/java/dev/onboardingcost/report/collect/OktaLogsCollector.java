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
 * Fetches the Okta System Log's onboarding events ({@code GET /api/v1/logs}) into {@code
 * logs/okta/collected-*.jsonl}: the event types the Okta reader turns into grants and requests,
 * from the cursor (or {@code --since}) to the run's time ({@code until} is always set, so that the
 * {@code Link: rel="next"} cursor runs out), 1,000 events a page, oldest first. Events are skipped
 * by {@code uuid}.
 */
final class OktaLogsCollector implements Collector {
  static final String NAME = "okta";
  private static final String FILTER =
      "eventType eq \"application.user_membership.add\" or eventType eq"
          + " \"group.user_membership.add\" or eventType eq \"app.access_request.request\" or"
          + " eventType eq \"access.request.create\"";
  private static final Duration RETENTION = Duration.ofDays(90);
  private static final Duration OVERLAP = Duration.ofMinutes(10);

  private final CollectSettings.Okta settings;

  OktaLogsCollector(CollectSettings.Okta settings) {
    this.settings = settings;
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
    String file = run.fileName(".jsonl");
    NewRecords fresh =
        new NewRecords(
            run.workspace().resolve("logs/okta"),
            ".jsonl",
            List.of("/data/events"),
            event -> JsonFields.text(event, "/uuid"));
    Optional<Instant> oldest = Optional.empty();
    try {
      ApiClient.Pages pages =
          api.links(
              "/api/v1/logs",
              "events",
              "since",
              since.toString(),
              "until",
              run.now().toString(),
              "filter",
              FILTER,
              "sortOrder",
              "ASCENDING",
              "limit",
              "1000");
      for (Optional<JsonNode> page = pages.next(); page.isPresent(); page = pages.next()) {
        for (JsonNode event : page.get()) {
          oldest = older(oldest, event);
          fresh.offer(file, event);
        }
        run.progress(NAME, pages.count(), fresh.count());
      }
    } finally {
      fresh.write();
    }
    run.checkExpiry(NAME, RETENTION, "the Okta System Log", oldest);
    run.advance(NAME);
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
