package dev.onboardingcost.report.collect;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.report.workspace.CollectSettings;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One {@code collect} run (see the README's collect section): picks the collectors of the asked
 * sources, runs them one after the other, and reports each on one line. A source that fails stops
 * alone: what it wrote stays, and the other sources go on.
 */
public final class Collection {
  /** Every source, as {@code --sources} spells them, in the order they run. */
  public static final List<String> SOURCES =
      List.of("okta", "people", "github_audit", "github_prs", "jira", "slack", "gam");

  private static final Map<String, String> SETTINGS_KEYS =
      Map.of(
          "people", "okta",
          "github_audit", "github.org",
          "github_prs", "github.repos",
          "gam", "google");

  /** Exit status when a source failed. */
  public static final int EXIT_SOURCE_FAILED = 1;

  private final Path workspace;
  private final Map<String, Collector> collectors;

  private Collection(Path workspace, Map<String, Collector> collectors) {
    this.workspace = workspace;
    this.collectors = collectors;
  }

  /**
   * The collection of {@code sources} (empty: every source {@code collect:} configures).
   *
   * @throws ConfigException when a source is unknown or its settings are missing, or nothing is
   *     configured
   */
  public static Collection of(Path workspace, Settings settings, List<String> sources) {
    requireNonNull(workspace, "workspace");
    CollectSettings collect = settings.collect();
    for (String source : sources) {
      if (!SOURCES.contains(source)) {
        throw new ConfigException(
            "unknown source '" + source + "', expected some of " + String.join(",", SOURCES));
      }
    }
    Map<String, Optional<Collector>> configured = new LinkedHashMap<>();
    Optional<OktaCollector> okta = collect.okta().map(OktaCollector::new);
    configured.put("okta", okta.map(o -> o::logs));
    configured.put("people", okta.map(o -> o::people));
    configured.put(
        "github_audit",
        collect
            .github()
            .flatMap(g -> g.org().map(org -> run -> new GithubCollector(g).auditLog(run, org))));
    configured.put(
        "github_prs",
        collect
            .github()
            .filter(g -> !g.repos().isEmpty())
            .map(g -> new GithubCollector(g)::pullRequests));
    configured.put(
        "jira",
        collect.jira().map(j -> new JiraCollector(j, settings.sources().jira().issueTypes())));
    configured.put(
        "slack",
        collect.slack().map(s -> new SlackCollector(s, settings.sources().slack().helpChannels())));
    configured.put("gam", collect.google().map(GoogleUsersCollector::new));
    Map<String, Collector> chosen = new LinkedHashMap<>();
    configured.forEach(
        (source, collector) -> {
          if (sources.contains(source) && collector.isEmpty()) {
            throw new ConfigException(
                "onboarding.yaml: key 'collect."
                    + SETTINGS_KEYS.getOrDefault(source, source)
                    + "': is required to collect "
                    + source
                    + " (see the README's collect section)");
          }
          if (sources.isEmpty() || sources.contains(source)) {
            collector.ifPresent(c -> chosen.put(source, c));
          }
        });
    if (chosen.isEmpty()) {
      throw new ConfigException(
          "onboarding.yaml: key 'collect': nothing to collect; add collect.okta, collect.github,"
              + " ... (see the README's collect section)");
    }
    return new Collection(workspace, chosen);
  }

  /**
   * Runs every source.
   *
   * @param since where to start instead of each source's cursor, if given
   * @param environment the environment variables (only those the settings name are read)
   * @param out where each source's result line goes (null: nowhere)
   * @param err where failures go, and progress when {@code progress}
   * @return 0 when every source succeeded, {@link #EXIT_SOURCE_FAILED} when any failed
   */
  public int run(
      Optional<Instant> since,
      ApiClient.Transport transport,
      Function<String, String> environment,
      PrintWriter out,
      PrintWriter err,
      boolean progress) {
    CollectRun run = new CollectRun(workspace, since, transport, environment, err, progress);
    int status = 0;
    for (Map.Entry<String, Collector> source : collectors.entrySet()) {
      String prefix = source.getKey() + ": ";
      try {
        String line = prefix + source.getValue().collect(run);
        run.clearProgress();
        if (out != null) {
          out.println(line);
        }
      } catch (CollectFailure | IOException e) {
        run.clearProgress();
        String why =
            e instanceof CollectFailure
                ? e.getMessage()
                : "cannot write into the workspace ("
                    + e.getClass().getSimpleName()
                    + ": "
                    + e.getMessage()
                    + ")";
        err.println("onboarding-cost collect: " + prefix + why);
        status = EXIT_SOURCE_FAILED;
      }
      for (String note : run.takeNotes()) {
        err.println("onboarding-cost collect: " + note);
      }
    }
    err.flush();
    if (out != null) {
      out.flush();
    }
    return status;
  }
}
