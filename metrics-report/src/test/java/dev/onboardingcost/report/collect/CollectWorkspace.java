package dev.onboardingcost.report.collect;

import dev.onboardingcost.report.workspace.SettingsReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A workspace whose {@code collect:} settings point at a {@link StubApi}, and runs of collect. */
final class CollectWorkspace {
  static final String TOKEN = "s3cr3t-T0KEN-never-shown";
  static final Map<String, String> ENVIRONMENT =
      Map.of(
          "OKTA_API_TOKEN", TOKEN,
          "GITHUB_TOKEN", TOKEN,
          "JIRA_EMAIL", "bot@acme.example",
          "JIRA_API_TOKEN", TOKEN,
          "SLACK_TOKEN", TOKEN,
          "GOOGLE_ACCESS_TOKEN", TOKEN);

  /** A run's outcome. */
  record Run(int status, String out, String err) {}

  final Path dir;
  final StubApi stub;

  CollectWorkspace(Path dir, StubApi stub, String extraSettings) throws IOException {
    this.dir = dir;
    this.stub = stub;
    String base = stub.url().toString();
    Files.writeString(
        dir.resolve("onboarding.yaml"),
        "currency: USD\n"
            + "rates: {default: 200}\n"
            + "calendar: {timezone: UTC}\n"
            + "sources:\n"
            + "  okta: {apps: {\"GitHub Enterprise Cloud\": github, \"AWS IAM Identity Center\": aws},"
            + " groups: {}}\n"
            + "  slack: {help_channels: [help-onboarding]}\n"
            + extraSettings
            + "collect:\n"
            + "  okta: {url: \""
            + base
            + "\", token_env: OKTA_API_TOKEN,"
            + " start_date_attribute: startDate}\n"
            + "  github: {url: \""
            + base
            + "\", token_env: GITHUB_TOKEN, org: acme,"
            + " repos: [acme/api]}\n"
            + "  jira: {url: \""
            + base
            + "\", email_env: JIRA_EMAIL, token_env: JIRA_API_TOKEN}\n"
            + "  slack: {url: \""
            + base
            + "/api\", token_env: SLACK_TOKEN}\n"
            + "  google: {url: \""
            + base
            + "\", token_env: GOOGLE_ACCESS_TOKEN}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("people.csv"),
        "id,name,email,github,slack,start_date\n"
            + "ada,Ada Lovelace,ada@acme.example,ada-l,U0ADA,2026-06-01\n"
            + "grace,Grace Hopper,grace@acme.example,grace-h,U0GRACE,\n",
        StandardCharsets.UTF_8);
  }

  /** Runs collect for {@code sources} with {@code since}, the test environment and the stub. */
  Run collect(Optional<Instant> since, String... sources) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Collection.of(dir, SettingsReader.read(dir), List.of(sources))
            .run(
                since,
                stub.transport(),
                ENVIRONMENT::get,
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                false);
    return new Run(status, out.toString(), err.toString());
  }

  Run collect(String... sources) {
    return collect(Optional.empty(), sources);
  }

  /** The text of every file in the workspace, for checks that a secret is nowhere. */
  String everything() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.append(file).append('\n').append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  /** The files under {@code folder} (relative to the workspace), names sorted. */
  List<String> files(String folder) throws IOException {
    Path path = dir.resolve(folder);
    if (!Files.isDirectory(path)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  String read(String file) throws IOException {
    return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
  }
}
