package dev.onboardingcost.report.collect;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.report.workspace.CollectSettings;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One {@code collect} run (SPEC section 11): picks the collectors of the asked sources, runs them
 * one after the other, and reports each on one line. A source that fails stops alone: what it wrote
 * stays, and the other sources go on.
 */
public final class Collection {
  /** Every source, as {@code --sources} spells them, in the order they run. */
  public static final List<String> SOURCES =
      List.of("okta", "people", "github_audit", "github_prs", "jira", "slack", "gam");

  /** Exit status when a source failed. */
  public static final int EXIT_SOURCE_FAILED = 1;

  private final Path workspace;
  private final Settings settings;
  private final List<Collector> collectors;

  private Collection(Path workspace, Settings settings, List<Collector> collectors) {
    this.workspace = workspace;
    this.settings = settings;
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
    requireNonNull(settings, "settings");
    CollectSettings collect = settings.collect();
    for (String source : sources) {
      if (!SOURCES.contains(source)) {
        throw new ConfigException(
            "unknown source '" + source + "', expected some of " + String.join(",", SOURCES));
      }
    }
    List<Collector> chosen = new ArrayList<>();
    for (String source : SOURCES) {
      boolean asked = sources.contains(source);
      Optional<Collector> collector = collector(source, collect, settings);
      if (collector.isPresent() && (asked || sources.isEmpty())) {
        chosen.add(collector.get());
      } else if (asked) {
        throw new ConfigException(
            "onboarding.yaml: key 'collect."
                + settingsKey(source)
                + "': is required to collect "
                + source
                + " (see the README's collect section)");
      }
    }
    if (chosen.isEmpty()) {
      throw new ConfigException(
          "onboarding.yaml: key 'collect': nothing to collect; add collect.okta, collect.github,"
              + " ... (see the README's collect section)");
    }
    return new Collection(workspace, settings, chosen);
  }

  private static String settingsKey(String source) {
    switch (source) {
      case "okta":
      case "people":
        return "okta";
      case "github_audit":
        return "github.org";
      case "github_prs":
        return "github.repos";
      case "gam":
        return "google";
      default:
        return source;
    }
  }

  private static Optional<Collector> collector(
      String source, CollectSettings collect, Settings settings) {
    switch (source) {
      case "okta":
        return collect.okta().map(OktaLogsCollector::new);
      case "people":
        return collect.okta().map(OktaPeopleCollector::new);
      case "github_audit":
        return collect.github().flatMap(g -> g.org().map(org -> new GithubAuditCollector(g, org)));
      case "github_prs":
        return collect.github().filter(g -> !g.repos().isEmpty()).map(GithubPrsCollector::new);
      case "jira":
        return collect
            .jira()
            .map(j -> new JiraCollector(j, settings.sources().jira().issueTypes()));
      case "slack":
        return collect
            .slack()
            .map(s -> new SlackCollector(s, settings.sources().slack().helpChannels()));
      case "gam":
        return collect.google().map(GoogleUsersCollector::new);
      default:
        return Optional.empty();
    }
  }

  /** The names of the sources this collection runs, in order. */
  public List<String> sources() {
    return collectors.stream().map(Collector::name).toList();
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
    Progress shown = new Progress(err, progress);
    CollectRun run = new CollectRun(workspace, settings, since, transport, environment, shown);
    int status = 0;
    for (Collector collector : collectors) {
      String line;
      try {
        line = collector.name() + ": " + collector.collect(run);
        shown.clear();
        if (out != null) {
          out.println(line);
        }
      } catch (CollectFailure e) {
        shown.clear();
        err.println("onboarding-cost collect: " + collector.name() + ": " + e.getMessage());
        status = EXIT_SOURCE_FAILED;
      } catch (IOException e) {
        shown.clear();
        err.println(
            "onboarding-cost collect: "
                + collector.name()
                + ": cannot write into the workspace ("
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage()
                + ")");
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
