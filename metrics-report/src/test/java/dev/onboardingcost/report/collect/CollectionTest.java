package dev.onboardingcost.report.collect;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.report.cli.OnboardingCostCli;
import dev.onboardingcost.report.collect.StubApi.Answer;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.SettingsReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionTest {
  @TempDir Path dir;
  private StubApi stub;
  private CollectWorkspace ws;

  @BeforeEach
  void start() throws Exception {
    stub = new StubApi();
    ws = new CollectWorkspace(dir, stub, CollectThenReportTest.MAPPINGS);
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void a_failing_source_stops_alone_and_the_others_go_on() throws Exception {
    // GIVEN every source served, but Okta refuses the token and GitHub has no audit log
    CollectThenReportTest.serveEverySource(stub);
    stub.answersFor("/api/v1/logs").clear();
    stub.on("/api/v1/logs", Answer.status(401, "{\"errorSummary\":\"Invalid token\"}"));
    stub.answersFor("/orgs/acme/audit-log").clear();
    stub.on("/orgs/acme/audit-log", Answer.status(404, "{\"message\":\"Not Found\"}"));

    // WHEN
    CollectWorkspace.Run run = ws.collect("okta", "github_audit", "github_prs", "slack");

    // THEN exit 1, one line per failed source, the others collected
    then(run.status()).isEqualTo(1);
    then(run.err().strip().lines().toList())
        .hasSize(2)
        .anySatisfy(line -> then(line).startsWith("onboarding-cost collect: okta: the credential"))
        .anySatisfy(
            line ->
                then(line)
                    .contains("github_audit: no audit log for the organization 'acme' (404)")
                    .contains("GitHub Enterprise Cloud"));
    then(run.out()).contains("github_prs: 1 new").contains("slack: 2 new");
    then(run.err() + run.out() + ws.everything()).doesNotContain(CollectWorkspace.TOKEN);
  }

  @Test
  void a_secondary_rate_limit_403_with_retry_after_is_waited_out() throws Exception {
    // GIVEN
    stub.on(
        "/orgs/acme/audit-log",
        Answer.status(403, "{\"message\":\"You have exceeded a secondary rate limit\"}")
            .with("Retry-After", "60"),
        Answer.json("[" + CollectThenReportTest.AUDIT_EVENT + "]"));

    // WHEN
    CollectWorkspace.Run run = ws.collect("github_audit");

    // THEN
    then(run.status()).as(run.err()).isZero();
    then(stub.sleeps).containsExactly(Duration.ofSeconds(60));
    then(stub.requests().get(0).query())
        .contains("phrase=action:org.invite_member action:org.add_member action:team.add_member")
        .contains("per_page=100");
    then(stub.requests().get(0).authorization()).isEqualTo("Bearer " + CollectWorkspace.TOKEN);
  }

  @Test
  void a_403_without_a_limit_names_the_permission_to_check() throws Exception {
    // GIVEN
    stub.on(
        "/repos/acme/api/pulls", Answer.status(403, "{\"message\":\"Resource not accessible\"}"));

    // WHEN
    CollectWorkspace.Run run = ws.collect("github_prs");

    // THEN
    then(run.status()).isEqualTo(1);
    then(run.err())
        .contains("github_prs: access denied (403) at /repos/acme/api/pulls")
        .contains("GITHUB_TOKEN");
  }

  @Test
  void slack_says_which_scope_is_missing_when_it_answers_not_ok() throws Exception {
    // GIVEN
    stub.on("/api/conversations.list", Answer.json("{\"ok\":false,\"error\":\"missing_scope\"}"));

    // WHEN
    CollectWorkspace.Run run = ws.collect("slack");

    // THEN
    then(run.status()).isEqualTo(1);
    then(run.err()).contains("slack: Slack answered 'missing_scope' to conversations.list");
  }

  @Test
  void slack_waits_on_429_and_follows_the_cursor() throws Exception {
    // GIVEN a channel list on two pages, the first rate limited once
    CollectThenReportTest.serveEverySource(stub);
    stub.answersFor("/api/conversations.list").clear();
    stub.on(
        "/api/conversations.list",
        Answer.status(429, "{\"ok\":false,\"error\":\"ratelimited\"}").with("Retry-After", "3"),
        Answer.json(
            "{\"ok\":true,\"channels\":[{\"id\":\"C0\",\"name\":\"general\"}],"
                + "\"response_metadata\":{\"next_cursor\":\"dGVhbTpDMDYx\"}}"),
        Answer.json(
            "{\"ok\":true,\"channels\":[{\"id\":\"C1\",\"name\":\"help-onboarding\"}],"
                + "\"response_metadata\":{\"next_cursor\":\"\"}}"));

    // WHEN
    CollectWorkspace.Run run = ws.collect("slack");

    // THEN
    then(run.status()).as(run.err()).isZero();
    then(stub.sleeps).containsExactly(Duration.ofSeconds(3));
    then(stub.requests().stream().filter(r -> r.path().endsWith("conversations.list")).toList())
        .hasSize(3)
        .last()
        .satisfies(r -> then(r.query()).contains("cursor=dGVhbTpDMDYx"));
    then(ws.read("logs/slack/help-onboarding/2026-06-01.json"))
        .contains("1780308000.000100")
        .contains("1780309800.000200");
  }

  @Test
  void jira_follows_next_page_token_and_uses_basic_auth() throws Exception {
    // GIVEN two pages
    stub.on(
        "/rest/api/3/search/jql",
        Answer.json(
            "{\"issues\":["
                + CollectThenReportTest.ISSUE
                + "],\"nextPageToken\":\"tok2\",\"isLast\":false}"),
        Answer.json("{\"issues\":[],\"isLast\":true}"));

    // WHEN
    CollectWorkspace.Run run = ws.collect("jira");

    // THEN
    then(run.status()).as(run.err()).isZero();
    then(stub.requests()).hasSize(2);
    then(stub.requests().get(0).query())
        .contains("jql=issuetype in (\"Access Request\") AND updated >= \"")
        .contains("ORDER BY updated ASC");
    then(stub.requests().get(1).query()).contains("nextPageToken=tok2");
    then(stub.requests().get(0).authorization())
        .isEqualTo(
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(
                        ("bot@acme.example:" + CollectWorkspace.TOKEN)
                            .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void people_are_merged_without_overwriting_what_a_person_typed() throws Exception {
    // GIVEN Okta users: Ada with another name and a login that is not her email, and a new hire
    stub.on(
        "/api/v1/users",
        Answer.json(
                "[{\"id\":\"00u1\",\"profile\":{\"login\":\"alovelace\",\"email\":\"ada@acme.example\","
                    + "\"firstName\":\"Augusta\",\"lastName\":\"King\",\"startDate\":\"2026-05-01\"}}]")
            .with("Link", "<{BASE}/api/v1/users?after=00u1>; rel=\"next\""),
        Answer.json(
            "[{\"id\":\"00u2\",\"profile\":{\"login\":\"linus@acme.example\",\"email\":"
                + "\"linus@acme.example\",\"firstName\":\"Linus\",\"lastName\":\"T\","
                + "\"startDate\":\"2026-06-15T00:00:00.000Z\"}}]"));

    // WHEN
    CollectWorkspace.Run run = ws.collect("people");

    // THEN
    then(run.status()).as(run.err()).isZero();
    then(run.out()).contains("people: 1 people added and 1 completed in people.csv");
    then(ws.read("people.csv"))
        .isEqualTo(
            "id,name,email,github,slack,start_date,aliases\n"
                + "ada,Ada Lovelace,ada@acme.example,ada-l,U0ADA,2026-06-01,alovelace\n"
                + "grace,Grace Hopper,grace@acme.example,grace-h,U0GRACE,,\n"
                + "linus,Linus T,linus@acme.example,,,2026-06-15,\n");
  }

  @Test
  void settings_name_unknown_keys_and_urls_that_are_not_http() throws Exception {
    // GIVEN
    Path yaml = dir.resolve("onboarding.yaml");
    String good = Files.readString(yaml);

    // WHEN / THEN
    Files.writeString(
        yaml, good.replace("token_env: SLACK_TOKEN", "token_env: SLACK_TOKEN, tokn: x"));
    thenThrownBy(() -> SettingsReader.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("onboarding.yaml: key 'collect.slack.tokn': unknown key");
    Files.writeString(
        yaml, good.replace("url: \"" + stub.url() + "/api\"", "url: \"ftp://slack.com\""));
    thenThrownBy(() -> SettingsReader.read(dir))
        .hasMessageContaining("key 'collect.slack.url': expected an http(s) URL");
    Files.writeString(yaml, good.replace("token_env: SLACK_TOKEN", "token_env: \"xoxb-123-abc\""));
    thenThrownBy(() -> SettingsReader.read(dir))
        .hasMessageContaining("key 'collect.slack.token_env'")
        .hasMessageNotContaining("xoxb");
  }

  @Test
  void the_command_line_exits_2_on_a_settings_error_and_on_an_unknown_source() throws Exception {
    // GIVEN a workspace with no collect settings
    Files.writeString(dir.resolve("onboarding.yaml"), "currency: USD\nrates: {default: 200}\n");

    // WHEN / THEN
    StringWriter err = new StringWriter();
    int status =
        OnboardingCostCli.execute(
            new String[] {"collect", dir.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true));
    then(status).isEqualTo(2);
    then(err.toString().strip())
        .isEqualTo(
            "onboarding-cost: onboarding.yaml: key 'collect': nothing to collect; add"
                + " collect.okta, collect.github, ... (see the README's collect section)");
    thenThrownBy(() -> Collection.of(dir, SettingsReader.read(dir), List.of("okta", "twitter")))
        .hasMessage(
            "unknown source 'twitter', expected some of"
                + " okta,people,github_audit,github_prs,jira,slack,gam");
    thenThrownBy(() -> Collection.of(dir, SettingsReader.read(dir), List.of("slack")))
        .hasMessageStartingWith(
            "onboarding.yaml: key 'collect.slack': is required to collect slack");
  }

  @Test
  void a_missing_token_variable_stops_that_source_only() throws Exception {
    // GIVEN
    CollectThenReportTest.serveEverySource(stub);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    // WHEN GOOGLE_ACCESS_TOKEN is not set
    int status =
        Collection.of(dir, SettingsReader.read(dir), List.of("gam", "okta"))
            .run(
                java.util.Optional.empty(),
                stub.transport(),
                name -> name.equals("GOOGLE_ACCESS_TOKEN") ? null : CollectWorkspace.TOKEN,
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                false);

    // THEN
    then(status).isEqualTo(1);
    then(err.toString()).contains("gam: the environment variable GOOGLE_ACCESS_TOKEN is not set");
    then(out.toString()).contains("okta: 1 new events");
  }

  @Test
  void readers_do_not_trip_over_the_cursors_or_temporary_files() throws Exception {
    // GIVEN a collected workspace with a temporary file left by a killed run
    CollectThenReportTest.serveEverySource(stub);
    ws.collect();
    Files.writeString(dir.resolve("logs/okta/.collected-x.jsonl.collect-tmp"), "{\"half");
    Files.writeString(dir.resolve("logs/slack/.collect-tmp.json"), "not json");

    // WHEN
    StringWriter out = new StringWriter();
    int status =
        OnboardingCostCli.execute(
            new String[] {"validate", dir.toString()},
            new PrintWriter(out, true),
            new PrintWriter(out, true));

    // THEN nothing was rejected
    then(status).as(out.toString()).isZero();
    then(out.toString()).containsPattern("all\\s+\\d+\\s+\\d+\\s+\\d+\\s+0\\s");
  }

  @Test
  void the_init_template_collect_block_uncommented_reads_as_settings() throws Exception {
    // GIVEN the template's commented collect: block, uncommented
    String template =
        new String(
            dev.onboardingcost.report.init.WorkspaceTemplate.template("onboarding.yaml"),
            StandardCharsets.UTF_8);
    String block = template.substring(template.indexOf("# collect:"));
    StringBuilder yaml = new StringBuilder("currency: USD\nrates: {default: 200}\n");
    block.lines().forEach(line -> yaml.append(line.substring(2)).append('\n'));
    Files.writeString(dir.resolve("onboarding.yaml"), yaml);

    // WHEN
    var collect = SettingsReader.read(dir).collect();

    // THEN
    then(collect.okta()).hasValueSatisfying(o -> then(o.tokenEnv()).isEqualTo("OKTA_API_TOKEN"));
    then(collect.github()).hasValueSatisfying(g -> then(g.repos()).containsExactly("acme/api"));
    then(collect.jira()).isPresent();
    then(collect.slack()).isPresent();
    then(collect.google()).isPresent();
  }
}
