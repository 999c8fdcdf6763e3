package dev.onboardingcost.report.source.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provenance;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.model.Timing;
import dev.onboardingcost.report.io.JsonRecords;
import dev.onboardingcost.report.source.common.HireMatch;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.source.common.JsonLogs;
import dev.onboardingcost.report.source.common.Skip;
import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.ReadContext;
import dev.onboardingcost.report.workspace.SourceMappings;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads help threads from a Slack export ({@code logs/slack/<channel>/YYYY-MM-DD.json}), in the
 * channels of {@code sources.slack.help_channels} only; {@code channels.json} and {@code
 * users.json} are metadata (users.json only tells which users are bots).
 *
 * <p>A thread a hire starts (a parent: {@code thread_ts == ts}, or no {@code thread_ts} but {@code
 * replies}/{@code reply_users}/{@code reply_count}) is evidence of a help request. Each distinct
 * person of people.csv other than that hire who replies (a message with that {@code thread_ts},
 * possibly in a later day's file) is one {@code help} event for that person with the mapping's
 * category, placed at the reply's {@code ts} and with no duration (so {@code help_minutes}
 * applies). Older exports list replies as {@code replies[{user, ts}]} on the parent; a replier
 * listed there whose reply message is missing still counts, placed at the listed {@code ts}. A
 * reply whose parent message is missing (deleted: a {@code tombstone}; or before the export's first
 * day) belongs to the thread its {@code parent_user_id} started. Joins, bot messages and tombstones
 * are ignored; times come from {@code ts}, never the file name.
 */
public final class SlackReader implements EvidenceReader {
  /** The source name. */
  public static final String NAME = "slack";

  private static final Set<String> IGNORED_SUBTYPES =
      Set.of(
          "channel_join",
          "channel_leave",
          "channel_topic",
          "channel_purpose",
          "channel_name",
          "channel_archive",
          "bot_message",
          "tombstone",
          "message_deleted",
          "message_changed",
          "pinned_item",
          "reminder_add");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void read(ReadContext context) throws IOException {
    Path root = context.workspace().resolve("logs/slack");
    if (!Files.isDirectory(root)) {
      return;
    }
    Set<String> bots = botsOf(context.file(NAME, "logs/slack/users.json"));
    SourceMappings.Slack mapping = context.settings().sources().slack();
    for (String channel : mapping.helpChannels()) {
      String folder = channel.strip().startsWith("#") ? channel.strip().substring(1) : channel;
      Channel state = new Channel(context, folder.strip(), mapping, bots);
      for (Path file : context.files(NAME, "logs/slack/" + folder.strip(), ".json")) {
        JsonLogs.read(context, NAME, file, List.of(), state::message);
      }
      state.finish();
    }
  }

  /** Ids of users.json users marked {@code is_bot}; none when the file is absent or unreadable. */
  private static Set<String> botsOf(Optional<Path> users) throws IOException {
    Set<String> bots = new HashSet<>();
    bots.add("USLACKBOT");
    if (users.isEmpty()) {
      return bots;
    }
    JsonNode all;
    try {
      all = JsonRecords.readSmall(users.get());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return bots;
    }
    for (JsonNode user : all) {
      if (user.path("is_bot").asBoolean(false)) {
        bots.add(JsonFields.text(user, "/id"));
      }
    }
    return bots;
  }

  /** A reply listed on an old-style parent. */
  private record Listed(String user, String ts) {}

  /** A reply read before its parent. */
  private record Orphan(JsonNode message, RecordRef ref) {}

  /** A thread: its hire (null when not started by a hire) and who has been counted. */
  private static final class Thread {
    final Person hire;
    final String notHire;
    final RecordRef parent;
    final Set<PersonId> helpers = new HashSet<>();
    final List<Listed> listed = new ArrayList<>();

    Thread(Person hire, String notHire, RecordRef parent) {
      this.hire = hire;
      this.notHire = notHire;
      this.parent = parent;
    }
  }

  /** The state of one channel while its files are read, in date order. */
  private static final class Channel {
    private final ReadContext context;
    private final String name;
    private final SourceMappings.Slack mapping;
    private final Set<String> bots;
    private final Map<String, Thread> threads = new HashMap<>();
    private final Map<String, List<Orphan>> orphans = new LinkedHashMap<>();
    private final Set<String> deleted = new HashSet<>();

    Channel(ReadContext context, String name, SourceMappings.Slack mapping, Set<String> bots) {
      this.context = context;
      this.name = name;
      this.mapping = mapping;
      this.bots = bots;
    }

    void message(JsonNode message, RecordRef ref) throws Skip {
      String type = JsonFields.text(message, "/type");
      if (!type.isEmpty() && !type.equals("message")) {
        throw Skip.ignore("type '" + type + "' is not a message");
      }
      String subtype = JsonFields.text(message, "/subtype");
      if (subtype.equals("tombstone")) {
        String ts = JsonFields.text(message, "/ts");
        if (!ts.isEmpty() && ts.equals(JsonFields.text(message, "/thread_ts"))) {
          deleted.add(ts);
          throw Skip.ignore(
              "subtype 'tombstone': a deleted thread parent; its replies count through their"
                  + " parent_user_id");
        }
      }
      if (IGNORED_SUBTYPES.contains(subtype)) {
        throw Skip.ignore("subtype '" + subtype + "' is no help");
      }
      String user = JsonFields.text(message, "/user");
      if (!JsonFields.text(message, "/bot_id").isEmpty() || bots.contains(user)) {
        throw Skip.ignore("a bot's message");
      }
      String ts = JsonFields.text(message, "/ts");
      Instant at = timeOf(ts, "ts");
      String threadTs = JsonFields.text(message, "/thread_ts");
      if (!threadTs.isEmpty() && !threadTs.equals(ts)) {
        reply(message, ref, threadTs, user, at);
      } else if (threadTs.equals(ts) || hasReplies(message)) {
        parent(message, ref, ts, user);
      } else {
        throw Skip.ignore("a message outside any thread");
      }
    }

    private static boolean hasReplies(JsonNode message) {
      return message.path("replies").size() > 0
          || message.path("reply_users").size() > 0
          || message.path("reply_count").asInt(0) > 0;
    }

    private void parent(JsonNode message, RecordRef ref, String ts, String user) throws Skip {
      HireMatch match =
          HireMatch.bySlackId(context.people(), user).noteMiss(context.quality(), NAME);
      Thread thread =
          match.isHire()
              ? new Thread(match.hire(), "", ref)
              : new Thread(null, "thread started by " + describe(match), ref);
      if (threads.putIfAbsent(ts, thread) != null) {
        throw Skip.ignore("thread " + ts + " was already started (a repeated parent message)");
      }
      if (thread.hire != null) {
        for (JsonNode listed : message.path("replies")) {
          thread.listed.add(
              new Listed(JsonFields.text(listed, "/user"), JsonFields.text(listed, "/ts")));
        }
      }
      // Account the parent before the replies that waited for it, so the order reads naturally.
      if (thread.hire == null) {
        context.quality().ignored(NAME, ref, thread.notHire + ", not a hire");
      } else {
        context.quality().used(NAME);
      }
      List<Orphan> waiting = orphans.remove(ts);
      if (waiting != null) {
        for (Orphan orphan : waiting) {
          try {
            message(orphan.message(), orphan.ref());
          } catch (Skip skip) {
            JsonLogs.account(context, NAME, orphan.ref(), skip);
          }
        }
      }
    }

    private static String describe(HireMatch match) {
      return match.person().isPresent()
          ? match.person().get().id().toString()
          : "an unknown user (" + match.reason() + ")";
    }

    private void reply(JsonNode message, RecordRef ref, String threadTs, String user, Instant at)
        throws Skip {
      Thread thread = threads.get(threadTs);
      if (thread == null) {
        orphans.computeIfAbsent(threadTs, t -> new ArrayList<>()).add(new Orphan(message, ref));
        return;
      }
      if (thread.hire == null) {
        throw Skip.ignore("reply in a " + thread.notHire + ", not a hire");
      }
      help(thread, user, at, ref, false);
    }

    /** Counts {@code user} as a helper in {@code thread}, or says why not. */
    private void help(Thread thread, String user, Instant at, RecordRef ref, boolean derived)
        throws Skip {
      HireMatch match =
          HireMatch.bySlackId(context.people(), user).noteMiss(context.quality(), NAME);
      if (match.person().isEmpty()) {
        throw Skip.ignore("reply: " + match.reason());
      }
      Person helper = match.person().get();
      if (helper.id().equals(thread.hire.id())) {
        throw Skip.ignore("the hire's own reply in their thread");
      }
      if (!thread.helpers.add(helper.id())) {
        throw Skip.ignore(
            helper.id() + " already counted in this thread (one help event per colleague)");
      }
      Help help =
          new Help(
              thread.hire.id(),
              Optional.of(helper.id()),
              mapping.category(),
              BigDecimal.ONE,
              Timing.at(at),
              new Provenance(Source.of(NAME), "reply in #" + name, ref));
      if (derived) {
        context.intake().acceptDerived(NAME, help);
      } else {
        context.intake().accept(NAME, help);
      }
    }

    /**
     * Replies whose parent never came (deleted, or before the export's first day) belong to the
     * thread their {@code parent_user_id} started; listed replies never read still count.
     */
    void finish() {
      orphans.forEach(this::adopt);
      List<String> keys = new ArrayList<>(threads.keySet());
      keys.sort(null);
      for (String ts : keys) {
        Thread thread = threads.get(ts);
        if (thread.hire == null) {
          continue;
        }
        for (Listed listed : thread.listed) {
          if (bots.contains(listed.user())) {
            continue;
          }
          try {
            help(thread, listed.user(), timeOf(listed.ts(), "replies[].ts"), thread.parent, true);
          } catch (Skip skip) {
            // Part of the parent record, already counted: nothing more to account.
          }
        }
      }
    }

    /**
     * Counts the replies to the thread {@code threadTs} whose parent message is missing, in the
     * thread that their {@code parent_user_id} (the thread's starter) started.
     */
    private void adopt(String threadTs, List<Orphan> waiting) {
      String missing =
          deleted.contains(threadTs)
              ? "parent message was deleted (a tombstone)"
              : "parent message is not in the export (deleted, or before its first day)";
      Thread thread = null;
      for (Orphan orphan : waiting) {
        String starter = JsonFields.text(orphan.message(), "/parent_user_id");
        try {
          if (starter.isEmpty()) {
            throw Skip.ignore(
                "reply to thread "
                    + threadTs
                    + " whose "
                    + missing
                    + " and names no parent_user_id");
          }
          if (thread == null) {
            HireMatch match =
                HireMatch.bySlackId(context.people(), starter).noteMiss(context.quality(), NAME);
            thread =
                match.isHire()
                    ? new Thread(match.hire(), "", orphan.ref())
                    : new Thread(null, "thread started by " + describe(match), orphan.ref());
            threads.put(threadTs, thread);
          }
          message(orphan.message(), orphan.ref());
        } catch (Skip skip) {
          JsonLogs.account(context, NAME, orphan.ref(), skip);
        }
      }
    }

    private static Instant timeOf(String ts, String key) throws Skip {
      return JsonFields.epochSeconds(ts)
          .orElseThrow(
              () ->
                  Skip.reject(
                      "key '"
                          + key
                          + "': expected epoch seconds like 1736478630.905399, got '"
                          + ts
                          + "'"));
    }
  }
}
