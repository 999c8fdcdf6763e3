package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.workspace.CollectSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
  /** The source name. */
  static final String NAME = "slack";

  private static final Duration THREADS_STAY_OPEN = Duration.ofDays(30);
  private static final Duration FIRST_RUN = Duration.ofDays(90);

  private final CollectSettings.Slack settings;
  private final List<String> channels;

  SlackCollector(CollectSettings.Slack settings, List<String> channels) {
    this.settings = settings;
    this.channels = List.copyOf(channels);
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
            "the token in "
                + settings.tokenEnv()
                + " (scopes channels:read, channels:history; groups:read, groups:history for"
                + " private channels)");
    Instant since = run.start(NAME, THREADS_STAY_OPEN, FIRST_RUN);
    Map<String, String> ids = channelIds(api, run);
    int written = 0;
    int pages = 0;
    List<String> missing = new ArrayList<>();
    for (String channel : channels) {
      String id = ids.get(channel);
      if (id == null) {
        missing.add("#" + channel);
        continue;
      }
      Path folder = run.workspace().resolve("logs/slack").resolve(channel);
      SeenIds seen = SeenIds.in(folder, List.of(), m -> JsonFields.text(m, "/ts"), ".json");
      CollectedFiles.removeLeftovers(folder);
      Map<LocalDate, List<JsonNode>> days = new TreeMap<>();
      try {
        String cursor = "";
        do {
          JsonNode page =
              call(
                  api,
                  "conversations.history",
                  "channel",
                  id,
                  "oldest",
                  seconds(since),
                  "limit",
                  "200",
                  "cursor",
                  cursor);
          for (JsonNode message : page.path("messages")) {
            keep(message, seen, days);
            if (message.path("reply_count").asInt(0) > 0) {
              replies(api, id, JsonFields.text(message, "/ts"), seen, days);
            }
          }
          run.progress().update(NAME, ++pages, written + count(days));
          cursor = JsonFields.text(page, "/response_metadata/next_cursor");
        } while (!cursor.isEmpty());
      } finally {
        for (Map.Entry<LocalDate, List<JsonNode>> day : days.entrySet()) {
          CollectedFiles.writeJsonArray(folder, day.getKey() + ".json", day.getValue());
          written += day.getValue().size();
        }
      }
    }
    run.cursors().advance(NAME, "since", run.now());
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

  private static int count(Map<LocalDate, List<JsonNode>> days) {
    return days.values().stream().mapToInt(List::size).sum();
  }

  private static void replies(
      ApiClient api, String channel, String ts, SeenIds seen, Map<LocalDate, List<JsonNode>> days)
      throws CollectFailure {
    String cursor = "";
    do {
      JsonNode page =
          call(
              api,
              "conversations.replies",
              "channel",
              channel,
              "ts",
              ts,
              "limit",
              "200",
              "cursor",
              cursor);
      for (JsonNode message : page.path("messages")) {
        keep(message, seen, days);
      }
      cursor = JsonFields.text(page, "/response_metadata/next_cursor");
    } while (!cursor.isEmpty());
  }

  private static void keep(JsonNode message, SeenIds seen, Map<LocalDate, List<JsonNode>> days) {
    Optional<Instant> at = JsonFields.epochSeconds(JsonFields.text(message, "/ts"));
    if (at.isPresent() && seen.add(message)) {
      days.computeIfAbsent(at.get().atZone(ZoneOffset.UTC).toLocalDate(), d -> new ArrayList<>())
          .add(message);
    }
  }

  private static Map<String, String> channelIds(ApiClient api, CollectRun run)
      throws CollectFailure {
    Map<String, String> ids = new LinkedHashMap<>();
    String cursor = "";
    int pages = 0;
    do {
      JsonNode page =
          call(
              api,
              "conversations.list",
              "types",
              "public_channel,private_channel",
              "exclude_archived",
              "false",
              "limit",
              "200",
              "cursor",
              cursor);
      for (JsonNode channel : page.path("channels")) {
        ids.putIfAbsent(JsonFields.text(channel, "/name"), JsonFields.text(channel, "/id"));
      }
      run.progress().update(NAME, ++pages, 0);
      cursor = JsonFields.text(page, "/response_metadata/next_cursor");
    } while (!cursor.isEmpty());
    return ids;
  }

  /** Calls a Web API method; an {@code "ok": false} answer stops the source with its error. */
  private static JsonNode call(ApiClient api, String method, String... query)
      throws CollectFailure {
    List<String> parameters = new ArrayList<>();
    for (int i = 0; i + 1 < query.length; i += 2) {
      if (!query[i + 1].isEmpty()) {
        parameters.add(query[i]);
        parameters.add(query[i + 1]);
      }
    }
    URI url = api.url("/" + method, parameters.toArray(new String[0]));
    JsonNode page = api.get(url).body();
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

  private static String seconds(Instant at) {
    return at.getEpochSecond() + "." + String.format("%06d", at.getNano() / 1000);
  }
}
