package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code collect} fetches evidence from ({@code collect:} in onboarding.yaml): each system's
 * base URL and the <em>names</em> of the environment variables that hold its credentials. A system
 * left out is not collected. Tokens themselves are never part of the settings.
 */
public record CollectSettings(
    Optional<Okta> okta,
    Optional<Github> github,
    Optional<Jira> jira,
    Optional<Slack> slack,
    Optional<Google> google) {
  /** No system to collect from. */
  public static final CollectSettings NONE =
      new CollectSettings(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Checks the settings. */
  public CollectSettings {
    requireNonNull(okta, "okta");
    requireNonNull(github, "github");
    requireNonNull(jira, "jira");
    requireNonNull(slack, "slack");
    requireNonNull(google, "google");
  }

  /**
   * Okta: the org URL, the variable holding an API token, and the user profile attribute that holds
   * a start date (none: start dates are not collected).
   */
  public record Okta(URI url, String tokenEnv, Optional<String> startDateAttribute) {
    /** Checks the settings. */
    public Okta {
      requireNonNull(url, "url");
      requireNonNull(tokenEnv, "tokenEnv");
      requireNonNull(startDateAttribute, "startDateAttribute");
    }
  }

  /**
   * GitHub: the API URL, the variable holding a token, the organization whose audit log is read
   * (none: the audit log is not collected) and the repositories ({@code owner/name}) whose pull
   * requests are.
   */
  public record Github(URI url, String tokenEnv, Optional<String> org, List<String> repos) {
    /** Checks and copies the settings. */
    public Github {
      requireNonNull(url, "url");
      requireNonNull(tokenEnv, "tokenEnv");
      requireNonNull(org, "org");
      repos = List.copyOf(repos);
    }
  }

  /** Jira Cloud: the site URL and the variables holding the account's email and API token. */
  public record Jira(URI url, String emailEnv, String tokenEnv) {
    /** Checks the settings. */
    public Jira {
      requireNonNull(url, "url");
      requireNonNull(emailEnv, "emailEnv");
      requireNonNull(tokenEnv, "tokenEnv");
    }
  }

  /** Slack: the Web API URL and the variable holding a token. */
  public record Slack(URI url, String tokenEnv) {
    /** Checks the settings. */
    public Slack {
      requireNonNull(url, "url");
      requireNonNull(tokenEnv, "tokenEnv");
    }
  }

  /** Google Admin SDK: the API URL and the variable holding an OAuth access token. */
  public record Google(URI url, String tokenEnv) {
    /** Checks the settings. */
    public Google {
      requireNonNull(url, "url");
      requireNonNull(tokenEnv, "tokenEnv");
    }
  }
}
