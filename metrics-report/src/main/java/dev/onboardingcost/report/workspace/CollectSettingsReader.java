package dev.onboardingcost.report.workspace;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code collect:} of onboarding.yaml into {@link CollectSettings}. */
final class CollectSettingsReader {
  private static final String ENV_EXAMPLE =
      "the name of an environment variable like OKTA_API_TOKEN";

  private CollectSettingsReader() {}

  static CollectSettings read(SettingsNode node) {
    if (node.isAbsent()) {
      return CollectSettings.NONE;
    }
    node.allowOnly("okta", "github", "jira", "slack", "google");
    return new CollectSettings(
        okta(node.get("okta")),
        github(node.get("github")),
        jira(node.get("jira")),
        slack(node.get("slack")),
        google(node.get("google")));
  }

  private static Optional<CollectSettings.Okta> okta(SettingsNode node) {
    if (node.allowOnly("url", "token_env", "start_date_attribute").isAbsent()) {
      return Optional.empty();
    }
    SettingsNode attribute = node.get("start_date_attribute");
    return Optional.of(
        new CollectSettings.Okta(
            url(node.get("url"), "https://acme.okta.com"),
            env(node.get("token_env")),
            attribute.isAbsent()
                ? Optional.empty()
                : Optional.of(attribute.requiredText("startDate"))));
  }

  private static Optional<CollectSettings.Github> github(SettingsNode node) {
    if (node.allowOnly("url", "token_env", "org", "repos").isAbsent()) {
      return Optional.empty();
    }
    SettingsNode org = node.get("org");
    List<String> repos = node.get("repos").texts(List.of());
    for (String repo : repos) {
      if (!repo.matches("[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+")) {
        throw node.get("repos").error("expected repositories like acme/api, got '" + repo + "'");
      }
    }
    Optional<String> orgName =
        org.isAbsent() ? Optional.empty() : Optional.of(org.requiredText("acme"));
    if (orgName.isPresent() && !orgName.get().matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
      throw org.error("expected an organization login like acme, got '" + orgName.get() + "'");
    }
    return Optional.of(
        new CollectSettings.Github(
            url(node.get("url"), "https://api.github.com"),
            env(node.get("token_env")),
            orgName,
            repos));
  }

  private static Optional<CollectSettings.Jira> jira(SettingsNode node) {
    if (node.allowOnly("url", "email_env", "token_env").isAbsent()) {
      return Optional.empty();
    }
    return Optional.of(
        new CollectSettings.Jira(
            url(node.get("url"), "https://acme.atlassian.net"),
            env(node.get("email_env")),
            env(node.get("token_env"))));
  }

  private static Optional<CollectSettings.Slack> slack(SettingsNode node) {
    if (node.allowOnly("url", "token_env").isAbsent()) {
      return Optional.empty();
    }
    return Optional.of(
        new CollectSettings.Slack(
            url(node.get("url"), "https://slack.com/api"), env(node.get("token_env"))));
  }

  private static Optional<CollectSettings.Google> google(SettingsNode node) {
    if (node.allowOnly("url", "token_env").isAbsent()) {
      return Optional.empty();
    }
    return Optional.of(
        new CollectSettings.Google(
            url(node.get("url"), "https://admin.googleapis.com"), env(node.get("token_env"))));
  }

  /** An http(s) URL with a host and no user info, query or fragment; a trailing slash dropped. */
  private static URI url(SettingsNode node, String example) {
    String text = node.requiredText(example);
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw node.error("expected a URL like " + example + ", got '" + text + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw node.error("expected an http(s) URL like " + example + ", got '" + text + "'");
    }
    if (uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw node.error(
          "expected a URL with a host and no user, query or fragment like "
              + example
              + ", got '"
              + text
              + "'");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create(scheme + "://" + uri.getRawAuthority() + path);
  }

  private static String env(SettingsNode node) {
    String name = node.requiredText(ENV_EXAMPLE);
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw node.error(
          "expected " + ENV_EXAMPLE + " (the token itself never goes in this file), got a value");
    }
    return name;
  }
}
