package dev.onboardingcost.report.collect;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.cli.OnboardingCostCli;
import dev.onboardingcost.report.collect.StubApi.Answer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code collect} writes is what the readers read: the same facts collected from the APIs and
 * given as export files give the same {@code summary.json}.
 */
class CollectThenReportTest {
  static final String MAPPINGS =
      "  github_audit: {orgs: {acme: github}}\n"
          + "  jira: {issue_types: [\"Access Request\"], systems: {VPN: vpn}}\n"
          + "  gam: {system: google-workspace}\n"
          + "required_access: [github, aws, vpn, google-workspace]\n";

  static final String OKTA_EVENT =
      OktaLogsCollectorTest.event("e1", "2026-06-02T10:00:00.000Z", "ada@acme.example")
          .replace("GitHub Enterprise Cloud", "AWS IAM Identity Center");
  static final String AUDIT_EVENT =
      "{\"@timestamp\":1780488000000,\"created_at\":1780488000000,\"_document_id\":\"d1\","
          + "\"action\":\"org.add_member\",\"actor\":\"octo-admin\",\"user\":\"ada-l\",\"org\":\"acme\"}";
  static final String PULL =
      "{\"id\":101,\"number\":7,\"state\":\"closed\",\"html_url\":\"https://github.com/acme/api/pull/7\","
          + "\"user\":{\"login\":\"ada-l\",\"type\":\"User\"},\"created_at\":\"2026-06-04T10:00:00Z\","
          + "\"updated_at\":\"2026-06-05T10:00:00Z\",\"closed_at\":\"2026-06-05T10:00:00Z\","
          + "\"merged_at\":\"2026-06-05T10:00:00Z\"}";
  static final String OPEN_PULL =
      "{\"id\":102,\"number\":8,\"state\":\"open\",\"html_url\":\"https://github.com/acme/api/pull/8\","
          + "\"user\":{\"login\":\"ada-l\",\"type\":\"User\"},\"created_at\":\"2026-06-20T10:00:00Z\","
          + "\"updated_at\":\"2026-06-20T10:00:00Z\",\"closed_at\":null,\"merged_at\":null}";
  static final String ISSUE =
      "{\"id\":\"10001\",\"key\":\"IT-1\",\"fields\":{\"summary\":\"VPN for Ada\","
          + "\"issuetype\":{\"name\":\"Access Request\"},\"reporter\":{\"accountId\":\"5b1\","
          + "\"emailAddress\":\"ada@acme.example\",\"displayName\":\"Ada Lovelace\"},"
          + "\"components\":[{\"name\":\"VPN\"}],\"created\":\"2026-06-01T09:00:00.000+0000\","
          + "\"updated\":\"2026-06-02T15:00:00.000+0000\",\"resolutiondate\":"
          + "\"2026-06-02T15:00:00.000+0000\",\"resolution\":{\"name\":\"Done\"}}}";
  static final String PARENT =
      "{\"type\":\"message\",\"user\":\"U0ADA\",\"text\":\"How do I get VPN access?\","
          + "\"ts\":\"1780308000.000100\",\"thread_ts\":\"1780308000.000100\",\"reply_count\":1,"
          + "\"reply_users\":[\"U0GRACE\"]}";
  static final String REPLY =
      "{\"type\":\"message\",\"user\":\"U0GRACE\",\"text\":\"Ask IT in Jira\","
          + "\"ts\":\"1780309800.000200\",\"thread_ts\":\"1780308000.000100\","
          + "\"parent_user_id\":\"U0ADA\"}";
  static final String ACCOUNT =
      "{\"id\":\"g1\",\"primaryEmail\":\"ada@acme.example\",\"creationTime\":\"2026-06-01T11:00:00.000Z\"}";

  @TempDir Path dir;
  private StubApi stub;

  @BeforeEach
  void start() throws IOException {
    stub = new StubApi();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  static void serveEverySource(StubApi stub) {
    stub.on("/api/v1/logs", Answer.json("[" + OKTA_EVENT + "]"));
    stub.on(
        "/api/v1/users",
        Answer.json(
            "[{\"id\":\"00u1\",\"status\":\"ACTIVE\",\"profile\":{\"login\":\"ada@acme.example\","
                + "\"email\":\"ada@acme.example\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                + "\"startDate\":\"2026-06-01\"}}]"));
    stub.on("/orgs/acme/audit-log", Answer.json("[" + AUDIT_EVENT + "]"));
    stub.on("/repos/acme/api/pulls", Answer.json("[" + OPEN_PULL + "," + PULL + "]"));
    stub.on("/rest/api/3/search/jql", Answer.json("{\"issues\":[" + ISSUE + "],\"isLast\":true}"));
    stub.on(
        "/api/conversations.list",
        Answer.json(
            "{\"ok\":true,\"channels\":[{\"id\":\"C1\",\"name\":\"help-onboarding\"}],"
                + "\"response_metadata\":{\"next_cursor\":\"\"}}"));
    stub.on(
        "/api/conversations.history",
        Answer.json("{\"ok\":true,\"messages\":[" + PARENT + "],\"has_more\":false}"));
    stub.on(
        "/api/conversations.replies",
        Answer.json(
            "{\"ok\":true,\"messages\":[" + PARENT + "," + REPLY + "],\"has_more\":false}"));
    stub.on("/admin/directory/v1/users", Answer.json("{\"users\":[" + ACCOUNT + "]}"));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String summary(Path workspace, Path out) throws IOException {
    StringWriter sink = new StringWriter();
    PrintWriter writer = new PrintWriter(sink, true);
    int status =
        OnboardingCostCli.execute(
            new String[] {
              "report", workspace.toString(), "--out", out.toString(), "--outputs", "summary"
            },
            writer,
            writer);
    then(status).as(sink.toString()).isZero();
    return Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8);
  }

  @Test
  void collected_logs_report_as_the_same_facts_exported_by_hand() throws Exception {
    // GIVEN every source served by the stub, collected into one workspace
    CollectWorkspace collected =
        new CollectWorkspace(Files.createDirectories(dir.resolve("collected")), stub, MAPPINGS);
    serveEverySource(stub);
    CollectWorkspace.Run run = collected.collect();
    then(run.status()).as(run.err()).isZero();
    then(run.out())
        .contains("okta: 1 new events")
        .contains("people: 0 people added and 0 completed")
        .contains("github_audit: 1 new events")
        .contains("github_prs: 1 new closed pull requests")
        .contains("jira: 1 new issue versions")
        .contains("slack: 2 new messages")
        .contains("gam: 1 new accounts");
    then(collected.files("logs/slack/help-onboarding")).containsExactly("2026-06-01.json");

    // AND the same facts as export files in another
    Path exported = Files.createDirectories(dir.resolve("exported"));
    new CollectWorkspace(exported, stub, MAPPINGS);
    write(exported.resolve("logs/okta/system-log.json"), "[" + OKTA_EVENT + "]");
    write(exported.resolve("logs/github-audit/audit.jsonl"), AUDIT_EVENT + "\n");
    write(exported.resolve("logs/github-prs/pulls.json"), "[" + PULL + "]");
    write(
        exported.resolve("logs/jira/access.csv"),
        "Summary,Issue key,Issue id,Issue Type,Status,Reporter,Created,Resolved,Resolution,"
            + "Component/s\n"
            + "VPN for Ada,IT-1,10001,Access Request,Done,ada@acme.example,01/Jun/26 9:00 AM,"
            + "02/Jun/26 3:00 PM,Done,VPN\n");
    write(
        exported.resolve("logs/slack/help-onboarding/2026-06-01.json"),
        "[" + PARENT + "," + REPLY + "]");
    write(
        exported.resolve("logs/gam/users.csv"),
        "primaryEmail,creationTime\nada@acme.example,2026-06-01T11:00:00.000Z\n");

    // WHEN both are reported
    String fromApis = summary(collected.dir, dir.resolve("out-collected"));
    String fromExports = summary(exported, dir.resolve("out-exported"));

    // THEN
    then(fromApis).isEqualTo(fromExports).contains("\"records_rejected\": 0");
    then(fromApis).contains("\"aws\": ");
  }

  @Test
  void a_second_collect_adds_nothing_and_the_report_is_unchanged() throws Exception {
    // GIVEN a workspace collected once
    CollectWorkspace ws =
        new CollectWorkspace(Files.createDirectories(dir.resolve("ws")), stub, MAPPINGS);
    serveEverySource(stub);
    ws.collect();
    String first = summary(ws.dir, dir.resolve("out-1"));

    // WHEN the same answers are collected again
    CollectWorkspace.Run again = ws.collect();

    // THEN nothing new was written, and the report is the same
    then(again.status()).as(again.err()).isZero();
    then(again.out()).doesNotContain(" 1 new").doesNotContain(" 2 new");
    then(summary(ws.dir, dir.resolve("out-2"))).isEqualTo(first);
    then(ws.files("logs/.collect"))
        .containsExactly(
            "gam.json",
            "github_audit.json",
            "github_prs.json",
            "jira.json",
            "okta.json",
            "slack.json");
  }
}
