package dev.onboardingcost.report.collect;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.report.workspace.Settings;
import java.net.URI;
import java.nio.file.Path;
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
 * What a collector gets for one run: the workspace and its settings, the {@code --since} the user
 * gave, the run's time, the cursors, the environment (read only for the credentials the settings
 * name) and a way to make API clients.
 */
final class CollectRun {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm'Z'").withZone(ZoneOffset.UTC);

  private final Path workspace;
  private final Settings settings;
  private final Optional<Instant> since;
  private final Instant now;
  private final ApiClient.Transport transport;
  private final Function<String, String> environment;
  private final Progress progress;
  private final CursorStore cursors;
  private final List<String> notes = new ArrayList<>();

  CollectRun(
      Path workspace,
      Settings settings,
      Optional<Instant> since,
      ApiClient.Transport transport,
      Function<String, String> environment,
      Progress progress) {
    this.workspace = requireNonNull(workspace, "workspace");
    this.settings = requireNonNull(settings, "settings");
    this.since = requireNonNull(since, "since");
    this.transport = requireNonNull(transport, "transport");
    this.environment = requireNonNull(environment, "environment");
    this.progress = requireNonNull(progress, "progress");
    this.now = transport.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    this.cursors = new CursorStore(workspace);
  }

  Path workspace() {
    return workspace;
  }

  Settings settings() {
    return settings;
  }

  /** The start the user asked for with {@code --since}, if any. */
  Optional<Instant> since() {
    return since;
  }

  /** The run's time: the end of every window fetched. */
  Instant now() {
    return now;
  }

  CursorStore cursors() {
    return cursors;
  }

  Progress progress() {
    return progress;
  }

  /** The name of this run's files: {@code collected-2026-07-01T00-00Z} and an extension. */
  String fileName(String extension) {
    return "collected-" + STAMP.format(now) + extension;
  }

  /**
   * Where a source starts: {@code --since} when given; else its cursor less {@code overlap} (events
   * that arrive late are caught; the overlap's events are skipped by id); else {@code retention}
   * before now.
   */
  Instant start(String source, Duration overlap, Duration retention) throws CollectFailure {
    if (since.isPresent()) {
      return since.get();
    }
    Optional<Instant> cursor = cursors.since(source, "since");
    return cursor.map(at -> at.minus(overlap)).orElse(now.minus(retention));
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
      notes.add(
          source
              + ": the oldest event the API still has is later than --since: the rest has expired ("
              + what
              + " keeps "
              + retention.toDays()
              + " days"
              + oldest.map(at -> "; the oldest collected is from " + at).orElse("")
              + ")");
    }
  }

  /** A line to show after the source's result. */
  void note(String line) {
    notes.add(line);
  }

  List<String> takeNotes() {
    List<String> taken = List.copyOf(notes);
    notes.clear();
    return taken;
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
              + " is not set; set it to the credential (see the"
              + " README's collect section)");
    }
    return value.strip();
  }

  /** A client of the API at {@code base}; see {@link ApiClient}. */
  ApiClient client(URI base, String authorization, String credentials) {
    return new ApiClient(base, authorization, credentials, transport);
  }
}
