package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import dev.onboardingcost.report.workspace.PeopleReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Fetches the Okta org's users ({@code GET /api/v1/users}, 200 a page, following {@code Link:
 * rel="next"}) and merges them into {@code people.csv} ({@link PeopleCsvMerge}): {@code
 * profile.login}, {@code profile.email}, the name, and the start date from the profile attribute
 * {@code collect.okta.start_date_attribute} (an ISO date, or a date-time whose day is taken).
 */
final class OktaPeopleCollector implements Collector {
  /** The source name. */
  static final String NAME = "people";

  private final CollectSettings.Okta settings;

  OktaPeopleCollector(CollectSettings.Okta settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String collect(CollectRun run) throws CollectFailure, IOException {
    ApiClient api = OktaLogsCollector.client(run, settings);
    Path file = run.workspace().resolve(PeopleReader.FILE);
    PeopleCsvMerge people = PeopleCsvMerge.read(file);
    Optional<URI> next = Optional.of(api.url("/api/v1/users", "limit", "200"));
    int pages = 0;
    int unreadable = 0;
    while (next.isPresent()) {
      ApiClient.Page page = api.get(next.get());
      if (!page.body().isArray()) {
        throw new CollectFailure(
            "answered a malformed page at /api/v1/users (expected a JSON array of users)");
      }
      for (JsonNode user : page.body()) {
        Optional<String> start = Optional.empty();
        if (settings.startDateAttribute().isPresent()) {
          String text =
              JsonFields.text(user.path("profile"), "/" + settings.startDateAttribute().get());
          start = date(text);
          if (!text.isEmpty() && start.isEmpty()) {
            unreadable++;
          }
        }
        String first = JsonFields.text(user, "/profile/firstName");
        String last = JsonFields.text(user, "/profile/lastName");
        people.merge(
            new PeopleCsvMerge.Known(
                JsonFields.text(user, "/profile/login"),
                JsonFields.text(user, "/profile/email"),
                (first + " " + last).strip(),
                start));
      }
      run.progress().update(NAME, ++pages, people.added());
      next =
          page.body().size() == 0
              ? Optional.empty()
              : page.next().filter(n -> !n.equals(page.uri()));
    }
    if (people.changed() > 0) {
      people.write(file);
    }
    if (unreadable > 0) {
      run.note(
          NAME
              + ": "
              + unreadable
              + " start dates in the profile attribute '"
              + settings.startDateAttribute().orElse("")
              + "' are not dates like 2026-07-01;"
              + " left empty");
    }
    return people.added()
        + " people added and "
        + (people.changed() - people.added())
        + " completed in people.csv";
  }

  private static Optional<String> date(String text) {
    if (text.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.substring(0, 10)).toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
