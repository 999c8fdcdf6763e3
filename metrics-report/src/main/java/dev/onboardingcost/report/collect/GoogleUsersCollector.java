package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Fetches the Google Workspace accounts ({@code GET /admin/directory/v1/users} of the Admin SDK
 * Directory API, {@code customer=my_customer}, 500 a page with {@code pageToken}) into {@code
 * logs/gam/collected-*.json}: the API's own user objects ({@code id}, {@code primaryEmail}, {@code
 * creationTime}), which the GAM reader reads. Accounts are skipped by {@code id}.
 */
final class GoogleUsersCollector implements Collector {
  private static final String NAME = "gam";

  private final CollectSettings.Google settings;

  GoogleUsersCollector(CollectSettings.Google settings) {
    this.settings = settings;
  }

  @Override
  public String collect(CollectRun run) throws CollectFailure, IOException {
    ApiClient api =
        run.client(
            settings.url(),
            "Bearer " + run.secret(settings.tokenEnv()),
            "the access token in "
                + settings.tokenEnv()
                + " (scope https://www.googleapis.com/auth/admin.directory.user.readonly)");
    String file = run.fileName(".json");
    NewRecords fresh =
        new NewRecords(
            run.workspace().resolve("logs/gam"),
            ".json",
            List.of("/users"),
            user -> JsonFields.text(user, "/id"));
    try {
      ApiClient.Pages pages =
          api.tokens(
              "/admin/directory/v1/users",
              "pageToken",
              "/nextPageToken",
              List.of(
                  "customer", "my_customer",
                  "maxResults", "500",
                  "orderBy", "email",
                  "fields", "users(id,primaryEmail,creationTime),nextPageToken"));
      for (Optional<JsonNode> page = pages.next(); page.isPresent(); page = pages.next()) {
        JsonNode users = page.get().path("users");
        if (!page.get().isObject() || !(users.isMissingNode() || users.isArray())) {
          throw new CollectFailure(
              "answered a malformed page at /admin/directory/v1/users (expected \"users\": [...])");
        }
        for (JsonNode user : users) {
          fresh.offer(file, user);
        }
        run.progress(NAME, pages.count(), fresh.count());
      }
    } finally {
      fresh.write();
    }
    run.advance(NAME);
    return fresh.summary(run.workspace(), "accounts");
  }
}
