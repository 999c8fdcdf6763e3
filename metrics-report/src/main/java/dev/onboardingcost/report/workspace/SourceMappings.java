package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The per-source mappings of the README's workspace section ({@code sources:} in onboarding.yaml).
 * A key left out takes the value the README's workspace section shows as its example; a key given
 * replaces it.
 */
public record SourceMappings(
    Okta okta, GithubAudit githubAudit, Gam gam, Jira jira, Slack slack, GithubPrs githubPrs) {

  /** Checks the mappings. */
  public SourceMappings {
    requireNonNull(okta, "okta");
    requireNonNull(githubAudit, "githubAudit");
    requireNonNull(gam, "gam");
    requireNonNull(jira, "jira");
    requireNonNull(slack, "slack");
    requireNonNull(githubPrs, "githubPrs");
  }

  /** Okta: application display names and group names to systems. */
  public record Okta(Map<String, String> apps, Map<String, String> groups) {
    /** the example in the README's workspace section. */
    public static final Okta DEFAULT =
        new Okta(
            Map.of("GitHub Enterprise Cloud", "github", "AWS IAM Identity Center", "aws"),
            Map.of("vpn-users", "vpn"));

    /** Copies the maps. */
    public Okta {
      apps = Map.copyOf(apps);
      groups = Map.copyOf(groups);
    }
  }

  /** GitHub audit log: organizations whose membership grants a system. */
  public record GithubAudit(Map<String, String> orgs) {
    /** the example in the README's workspace section. */
    public static final GithubAudit DEFAULT = new GithubAudit(Map.of("acme", "github"));

    /** Copies the map. */
    public GithubAudit {
      orgs = Map.copyOf(orgs);
    }
  }

  /** GAM: the system an account creation grants. */
  public record Gam(String system) {
    /** the example in the README's workspace section. */
    public static final Gam DEFAULT = new Gam("google-workspace");

    /** Checks the mapping. */
    public Gam {
      requireNonNull(system, "system");
    }
  }

  /**
   * Jira: which issues are access requests, who asked, and for what system. An empty {@code
   * systemField} (the default) reads {@code Components} (Jira Cloud) or {@code Component/s} (Jira
   * Server and Data Center), whichever the file has.
   */
  public record Jira(
      List<String> issueTypes,
      List<String> requestTypes,
      String requesterField,
      String systemField,
      Map<String, String> systems,
      String dateFormat,
      ZoneId timezone) {
    /** the example in the README's workspace section. */
    public static final Jira DEFAULT =
        new Jira(
            List.of("Access Request"),
            List.of(),
            "Reporter",
            "",
            Map.of("GitHub", "github", "AWS", "aws", "VPN", "vpn"),
            "dd/MMM/yy h:mm a",
            ZoneId.of("UTC"));

    /** Copies the lists and map. */
    public Jira {
      issueTypes = List.copyOf(issueTypes);
      requestTypes = List.copyOf(requestTypes);
      requireNonNull(requesterField, "requesterField");
      requireNonNull(systemField, "systemField");
      systems = Map.copyOf(systems);
      requireNonNull(dateFormat, "dateFormat");
      requireNonNull(timezone, "timezone");
    }
  }

  /** Slack: help channels and the category of a help thread. */
  public record Slack(List<String> helpChannels, Category category) {
    /** the example in the README's workspace section. */
    public static final Slack DEFAULT = new Slack(List.of("help-onboarding"), Category.KNOWLEDGE);

    /** Copies the list. */
    public Slack {
      helpChannels = List.copyOf(helpChannels);
      requireNonNull(category, "category");
    }
  }

  /** GitHub pull requests: logins to leave out besides accounts of type Bot. */
  public record GithubPrs(List<String> ignoreLogins) {
    /** No extra logins ignored. */
    public static final GithubPrs DEFAULT = new GithubPrs(List.of());

    /** Copies the list. */
    public GithubPrs {
      ignoreLogins = List.copyOf(ignoreLogins);
    }
  }

  /** Every mapping at its default. */
  public static final SourceMappings DEFAULTS =
      new SourceMappings(
          Okta.DEFAULT,
          GithubAudit.DEFAULT,
          Gam.DEFAULT,
          Jira.DEFAULT,
          Slack.DEFAULT,
          GithubPrs.DEFAULT);
}
