package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches the Google Workspace accounts ({@code GET /admin/directory/v1/users} of the Admin SDK
 * Directory API, {@code customer=my_customer}, 500 a page with {@code pageToken}) into {@code
 * logs/gam/collected-*.json}: the API's own user objects ({@code id}, {@code primaryEmail}, {@code
 * creationTime}), which the GAM reader reads. Accounts are skipped by {@code id}.
 */
final class GoogleUsersCollector implements Collector {
  /** The source name. */
  static final String NAME = "gam";

  private final CollectSettings.Google settings;

  GoogleUsersCollector(CollectSettings.Google settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return NAME;
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
    var folder = run.workspace().resolve("logs/gam");
    NewRecords fresh =
        new NewRecords(
            folder,
            run.fileName(".json"),
            false,
            SeenIds.in(folder, List.of("/users"), u -> JsonFields.text(u, "/id"), ".json"));
    int pages = 0;
    try {
      String token = "";
      do {
        List<String> query =
            new ArrayList<>(
                List.of(
                    "customer", "my_customer",
                    "maxResults", "500",
                    "orderBy", "email",
                    "fields", "users(id,primaryEmail,creationTime),nextPageToken"));
        if (!token.isEmpty()) {
          query.add("pageToken");
          query.add(token);
        }
        URI url = api.url("/admin/directory/v1/users", query.toArray(new String[0]));
        JsonNode page = api.get(url).body();
        if (!page.isObject() || (page.has("users") && !page.path("users").isArray())) {
          throw new CollectFailure(
              "answered a malformed page at /admin/directory/v1/users (expected \"users\": [...])");
        }
        for (JsonNode user : page.path("users")) {
          fresh.offer(user);
        }
        run.progress().update(NAME, ++pages, fresh.count());
        String next = JsonFields.text(page, "/nextPageToken");
        token = next.equals(token) ? "" : next;
      } while (!token.isEmpty());
    } finally {
      fresh.write();
    }
    run.cursors().advance(NAME, "since", run.now());
    return fresh.summary(run.workspace(), "accounts");
  }
}
