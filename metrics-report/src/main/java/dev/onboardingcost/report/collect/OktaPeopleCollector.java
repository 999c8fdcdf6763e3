package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import dev.onboardingcost.report.workspace.PeopleReader;
import java.io.IOException;
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
  static final String NAME = "people";

  private final CollectSettings.Okta settings;

  OktaPeopleCollector(CollectSettings.Okta settings) {
    this.settings = settings;
  }

  @Override
  public String collect(CollectRun run) throws CollectFailure, IOException {
    ApiClient api = OktaLogsCollector.client(run, settings);
    Path file = run.workspace().resolve(PeopleReader.FILE);
    PeopleCsvMerge people = PeopleCsvMerge.read(file);
    ApiClient.Pages pages = api.links("/api/v1/users", "users", "limit", "200");
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
      run.progress(NAME, pages.count(), people.added());
    }
    if (people.changed() > 0) {
      people.write(file);
    }
    if (unreadable > 0) {
      run.note(
          String.format(
              "%s: %s start dates in the profile attribute '%s' are not dates like 2026-07-01;"
                  + " left empty",
              NAME, unreadable, settings.startDateAttribute().orElse("")));
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
