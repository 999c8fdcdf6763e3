package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches the help channels' threads from Slack into export day files ({@code
 * logs/slack/<channel>/YYYY-MM-DD.json}, JSON arrays of messages, days in UTC) that the Slack
 * reader reads: {@code conversations.list} finds the channels of {@code
 * sources.slack.help_channels}, {@code conversations.history} lists the messages from the start,
 * and {@code conversations.replies} the replies of each thread; all with {@code cursor} paging.
 * Without {@code --since}, history is read again from 30 days before the cursor, so that replies to
 * a thread started before the last run are found. Messages are skipped by {@code ts} per channel.
 */
final class SlackCollector implements Collector {
  private static final String NAME = "slack";
  private static final Duration THREADS_STAY_OPEN = Duration.ofDays(30);
  private static final Duration FIRST_RUN = Duration.ofDays(90);

  private final CollectSettings.Slack settings;
  private final List<String> channels;

  SlackCollector(CollectSettings.Slack settings, List<String> channels) {
    this.settings = settings;
    this.channels = List.copyOf(channels);
  }

  @Override
  public String collect(CollectRun run) throws CollectFailure, IOException {
    ApiClient api =
        run.client(
            settings.url(),
            "Bearer " + run.secret(settings.tokenEnv()),
            "the token in "
                + settings.tokenEnv()
                + " (scopes channels:read, channels:history; groups:read, groups:history for"
                + " private channels)");
    Instant since = run.start(NAME, THREADS_STAY_OPEN, FIRST_RUN);
    Map<String, String> ids = new HashMap<>();
    ApiClient.Pages list =
        pages(
            api,
            "conversations.list",
            List.of(
                "types", "public_channel,private_channel",
                "exclude_archived", "false"));
    for (Optional<JsonNode> page = list.next(); page.isPresent(); page = list.next()) {
      for (JsonNode channel : ok("conversations.list", page.get()).path("channels")) {
        ids.putIfAbsent(JsonFields.text(channel, "/name"), JsonFields.text(channel, "/id"));
      }
      run.progress(NAME, list.count(), 0);
    }
    int written = 0;
    int pages = 0;
    List<String> missing = new ArrayList<>();
    for (String channel : channels) {
      String id = ids.get(channel);
      if (id == null) {
        missing.add("#" + channel);
        continue;
      }
      NewRecords fresh =
          new NewRecords(
              run.workspace().resolve("logs/slack").resolve(channel),
              ".json",
              List.of(),
              message -> JsonFields.text(message, "/ts"));
      try {
        String oldest =
            since.getEpochSecond() + "." + String.format("%06d", since.getNano() / 1000);
        ApiClient.Pages history =
            pages(api, "conversations.history", List.of("channel", id, "oldest", oldest));
        for (Optional<JsonNode> page = history.next(); page.isPresent(); page = history.next()) {
          for (JsonNode message : ok("conversations.history", page.get()).path("messages")) {
            keep(message, fresh);
            if (message.path("reply_count").asInt(0) > 0) {
              replies(api, id, JsonFields.text(message, "/ts"), fresh);
            }
          }
          run.progress(NAME, ++pages, written + fresh.count());
        }
      } finally {
        fresh.write();
        written += fresh.count();
      }
    }
    run.advance(NAME);
    if (!missing.isEmpty()) {
      run.note(
          NAME
              + ": no channel "
              + String.join(", ", missing)
              + " that the token can see (check sources.slack.help_channels; a private channel"
              + " needs the groups:* scopes and the app invited)");
    }
    return written + " new messages in logs/slack/";
  }

  private static void replies(ApiClient api, String channel, String ts, NewRecords fresh)
      throws CollectFailure {
    ApiClient.Pages replies =
        pages(api, "conversations.replies", List.of("channel", channel, "ts", ts));
    for (Optional<JsonNode> page = replies.next(); page.isPresent(); page = replies.next()) {
      for (JsonNode message : ok("conversations.replies", page.get()).path("messages")) {
        keep(message, fresh);
      }
    }
  }

  /** Keeps {@code message}, unless collected before, for the file of its day. */
  private static void keep(JsonNode message, NewRecords fresh) {
    Optional<Instant> at = JsonFields.epochSeconds(JsonFields.text(message, "/ts"));
    if (at.isPresent()) {
      fresh.offer(at.get().atZone(ZoneOffset.UTC).toLocalDate() + ".json", message);
    }
  }

  /** The pages of a Web API method, 200 items a page, following {@code next_cursor}. */
  private static ApiClient.Pages pages(ApiClient api, String method, List<String> query) {
    List<String> parameters = new ArrayList<>(query);
    parameters.addAll(List.of("limit", "200"));
    return api.tokens("/" + method, "cursor", "/response_metadata/next_cursor", parameters);
  }

  /** The page of {@code method}; an {@code "ok": false} answer stops the source with its error. */
  private static JsonNode ok(String method, JsonNode page) throws CollectFailure {
    if (!page.isObject() || !page.path("ok").isBoolean()) {
      throw new CollectFailure(
          "answered a malformed page at " + method + " (expected an object with \"ok\")");
    }
    if (!page.path("ok").asBoolean()) {
      String error = JsonFields.text(page, "/error").replaceAll("[^A-Za-z0-9_.-]", "");
      throw new CollectFailure(
          "Slack answered '"
              + error
              + "' to "
              + method
              + ": check that the token has the scopes channels:read and channels:history"
              + " (groups:read, groups:history for private channels) and is valid");
    }
    return page;
  }
}
