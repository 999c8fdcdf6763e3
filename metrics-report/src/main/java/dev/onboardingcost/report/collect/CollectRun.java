package dev.onboardingcost.report.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a collector gets for one run: the workspace, the {@code --since} the user gave, the run's
 * time, the sources' cursors, the environment (read only for the credentials the settings name),
 * API clients, and the progress line.
 *
 * <p>A cursor, {@code logs/.collect/<source>.json} (a hidden folder no reader lists), holds where
 * the source's last complete run stopped, e.g. {@code {"since":"2026-07-01T00:00:00Z"}}. It moves
 * only when a source's run completes; the events an interrupted run wrote are skipped by their ids
 * when the next run fetches them again.
 */
final class CollectRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CURSORS = "logs/.collect/";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm'Z'").withZone(ZoneOffset.UTC);

  private final Path workspace;
  private final Optional<Instant> since;
  private final Instant now;
  private final ApiClient.Transport transport;
  private final Function<String, String> environment;
  private final PrintWriter err;
  private final boolean showProgress;
  private boolean progressShown;
  private final List<String> notes = new ArrayList<>();

  CollectRun(
      Path workspace,
      Optional<Instant> since,
      ApiClient.Transport transport,
      Function<String, String> environment,
      PrintWriter err,
      boolean showProgress) {
    this.workspace = workspace;
    this.since = since;
    this.transport = transport;
    this.environment = environment;
    this.err = err;
    this.showProgress = showProgress;
    this.now = transport.clock().instant().truncatedTo(ChronoUnit.SECONDS);
  }

  Path workspace() {
    return workspace;
  }

  /** The run's time: the end of every window fetched. */
  Instant now() {
    return now;
  }

  /** The name of this run's files: {@code collected-2026-07-01T00-00Z} and an extension. */
  String fileName(String extension) {
    return "collected-" + STAMP.format(now) + extension;
  }

  /**
   * Where a source starts: {@code --since} when given; else its cursor less {@code overlap} (events
   * that arrive late are caught; the overlap's events are skipped by id); else {@code firstRun}
   * before now.
   */
  Instant start(String source, Duration overlap, Duration firstRun) throws CollectFailure {
    if (since.isPresent()) {
      return since.get();
    }
    Path file = workspace.resolve(CURSORS + source + ".json");
    if (!Files.isRegularFile(file)) {
      return now.minus(firstRun);
    }
    try {
      JsonNode cursor = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      JsonNode at = cursor == null ? null : cursor.get("since");
      return at == null || at.isNull()
          ? now.minus(firstRun)
          : Instant.parse(at.asText()).minus(overlap);
    } catch (IOException | DateTimeException e) {
      throw new CollectFailure(
          CURSORS + source + ".json is damaged; remove it and run again with --since");
    }
  }

  /** Moves {@code source}'s cursor to the run's time. */
  void advance(String source) throws IOException {
    String cursor =
        JSON.writerWithDefaultPrettyPrinter()
            .writeValueAsString(JSON.createObjectNode().put("since", now.toString()));
    CollectedFiles.replace(
        workspace.resolve(CURSORS + source + ".json"),
        (cursor + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Says that events before {@code retention} ago are gone when {@code --since} asks for them.
   *
   * @param oldest the oldest event this run got, if any
   */
  void checkExpiry(String source, Duration retention, String what, Optional<Instant> oldest) {
    if (since.isPresent()
        && since.get().isBefore(now.minus(retention))
        && oldest.map(at -> at.isAfter(since.get())).orElse(true)) {
      note(
          String.format(
              "%s: the oldest event the API still has is later than --since: the rest has expired"
                  + " (%s keeps %s days%s)",
              source,
              what,
              retention.toDays(),
              oldest.map(at -> "; the oldest collected is from " + at).orElse("")));
    }
  }

  /** A line to show after the source's result. */
  void note(String line) {
    notes.add(line);
  }

  /** The notes since the last call. */
  List<String> takeNotes() {
    List<String> taken = List.copyOf(notes);
    notes.clear();
    return taken;
  }

  /** A client of the API at {@code base}; see {@link ApiClient}. */
  ApiClient client(URI base, String authorization, String credentials) {
    return new ApiClient(base, authorization, credentials, transport);
  }

  /**
   * The value of the environment variable {@code name}.
   *
   * @throws CollectFailure when it is not set or empty (the value is never shown)
   */
  String secret(String name) throws CollectFailure {
    String value = environment.apply(name);
    if (value == null || value.isBlank()) {
      throw new CollectFailure(
          "the environment variable "
              + name
              + " is not set; set it to the credential (see the README's collect section)");
    }
    return value.strip();
  }

  /** Shows on one line of standard error (on a terminal only) how far {@code source} has come. */
  void progress(String source, int pages, int fresh) {
    if (showProgress) {
      err.print("\r" + source + ": " + pages + " pages, " + fresh + " new   ");
      err.flush();
      progressShown = true;
    }
  }

  /** Ends the progress line, before a result line is printed. */
  void clearProgress() {
    if (progressShown) {
      err.print("\r\033[K");
      err.flush();
      progressShown = false;
    }
  }
}
