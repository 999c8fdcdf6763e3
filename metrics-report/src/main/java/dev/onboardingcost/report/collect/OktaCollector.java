package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import dev.onboardingcost.report.workspace.PeopleReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Fetches from an Okta org: the System Log's onboarding events, and the users into people.csv. */
final class OktaCollector {
  private static final String FILTER =
      "eventType eq \"application.user_membership.add\" or eventType eq"
          + " \"group.user_membership.add\" or eventType eq \"app.access_request.request\" or"
          + " eventType eq \"access.request.create\"";
  private static final Duration RETENTION = Duration.ofDays(90);
  private static final Duration OVERLAP = Duration.ofMinutes(10);

  private final CollectSettings.Okta settings;

  OktaCollector(CollectSettings.Okta settings) {
    this.settings = settings;
  }

  private ApiClient client(CollectRun run) throws CollectFailure {
    return run.client(
        settings.url(),
        "SSWS " + run.secret(settings.tokenEnv()),
        "the API token in "
            + settings.tokenEnv()
            + " (read-only scopes okta.logs.read, okta.users.read)");
  }

  /**
   * Fetches the System Log's events ({@code GET /api/v1/logs}) into {@code
   * logs/okta/collected-*.jsonl}: the event types the Okta reader turns into grants and requests,
   * from the cursor (or {@code --since}) to the run's time ({@code until} is always set, so that
   * the {@code Link: rel="next"} cursor runs out), 1,000 events a page, oldest first. Events are
   * skipped by {@code uuid}.
   */
  String logs(CollectRun run) throws CollectFailure, IOException {
    ApiClient api = client(run);
    String since = run.start("okta", OVERLAP, RETENTION).toString();
    String until = run.now().toString();
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
              List.of(
                  "since", since,
                  "until", until,
                  "filter", FILTER,
                  "sortOrder", "ASCENDING",
                  "limit", "1000"));
      for (Optional<JsonNode> page = pages.next(); page.isPresent(); page = pages.next()) {
        for (JsonNode event : page.get()) {
          oldest = older(oldest, event);
          fresh.offer(file, event);
        }
        run.progress("okta", pages.count(), fresh.count());
      }
    } finally {
      fresh.write();
    }
    run.checkExpiry("okta", RETENTION, "the Okta System Log", oldest);
    run.advance("okta");
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

  /**
   * Fetches the users ({@code GET /api/v1/users}, 200 a page, following {@code Link: rel="next"})
   * and merges them into {@code people.csv} ({@link PeopleCsvMerge}): {@code profile.login}, {@code
   * profile.email}, the name, and the start date from the profile attribute {@code
   * collect.okta.start_date_attribute} (an ISO date, or a date-time whose day is taken).
   */
  String people(CollectRun run) throws CollectFailure, IOException {
    ApiClient api = client(run);
    Path file = run.workspace().resolve(PeopleReader.FILE);
    PeopleCsvMerge people = PeopleCsvMerge.read(file);
    ApiClient.Pages pages = api.links("/api/v1/users", "users", List.of("limit", "200"));
    int unreadable = 0;
    for (Optional<JsonNode> page = pages.next(); page.isPresent(); page = pages.next()) {
      for (JsonNode user : page.get()) {
        Optional<String> start = Optional.empty();
        if (settings.startDateAttribute().isPresent()) {
          String text =
              JsonFields.text(user.path("profile"), "/" + settings.startDateAttribute().get());
          start = date(text);
          unreadable += !text.isEmpty() && start.isEmpty() ? 1 : 0;
        }
        String name =
            JsonFields.text(user, "/profile/firstName")
                + " "
                + JsonFields.text(user, "/profile/lastName");
        people.merge(
            JsonFields.text(user, "/profile/login"),
            JsonFields.text(user, "/profile/email"),
            name.strip(),
            start);
      }
      run.progress("people", pages.count(), people.added());
    }
    if (people.changed() > 0) {
      people.write(file);
    }
    if (unreadable > 0) {
      run.note(
          String.format(
              "people: %s start dates in the profile attribute '%s' are not dates like 2026-07-01;"
                  + " left empty",
              unreadable, settings.startDateAttribute().orElse("")));
    }
    return people.added()
        + " people added and "
        + (people.changed() - people.added())
        + " completed in people.csv";
  }

  private static Optional<String> date(String text) {
    try {
      return Optional.of(
          LocalDate.parse(text.substring(0, Math.min(10, text.length()))).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
