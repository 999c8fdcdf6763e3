package dev.onboardingcost.report.source.jira;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.cli.OnboardingCostCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JiraIssuesJsonTest {
  @TempDir Path dir;

  private static String issue(String updated, String resolved) {
    return "{\"id\":\"10001\",\"key\":\"IT-1\",\"fields\":{\"issuetype\":{\"name\":\"Access"
        + " Request\"},\"reporter\":{\"emailAddress\":\"ada@acme.example\"},\"components\":"
        + "[{\"name\":\"VPN\"}],\"created\":\"2026-06-01T09:00:00.000+0000\",\"updated\":\""
        + updated
        + "\",\"resolutiondate\":"
        + (resolved == null ? "null" : "\"" + resolved + "\"")
        + ",\"resolution\":"
        + (resolved == null ? "null" : "{\"name\":\"Done\"}")
        + "}}";
  }

  private String validate() throws Exception {
    StringWriter out = new StringWriter();
    int status =
        OnboardingCostCli.execute(
            new String[] {"validate", dir.toString()},
            new PrintWriter(out, true),
            new PrintWriter(out, true));
    then(status).as(out.toString()).isZero();
    return out.toString();
  }

  @Test
  void an_issue_collected_open_then_resolved_counts_once_in_its_latest_version() throws Exception {
    // GIVEN the open version in one file and the resolved one in a later file, plus a search answer
    Files.writeString(
        dir.resolve("onboarding.yaml"),
        "currency: USD\nrates: {default: 200}\ncalendar: {timezone: UTC}\n"
            + "sources: {jira: {systems: {VPN: vpn}}}\n");
    Files.writeString(
        dir.resolve("people.csv"), "id,email,start_date\nada,ada@acme.example,2026-06-01\n");
    Path logs = Files.createDirectories(dir.resolve("logs/jira"));
    Files.writeString(
        logs.resolve("collected-1.json"),
        "[" + issue("2026-06-01T09:00:00.000+0000", null) + "]",
        StandardCharsets.UTF_8);
    Files.writeString(
        logs.resolve("collected-2.json"),
        "{\"issues\":["
            + issue("2026-06-02T15:00:00.000+0000", "2026-06-02T15:00:00.000+0000")
            + ",{\"id\":\"10002\",\"fields\":{\"issuetype\":{\"name\":\"Bug\"}}},"
            + "{\"id\":\"10003\",\"fields\":{\"issuetype\":{\"name\":\"Access Request\"},"
            + "\"reporter\":{\"emailAddress\":\"ada@acme.example\"},\"components\":[{\"name\":"
            + "\"VPN\"}],\"created\":\"yesterday\"}}],\"isLast\":true}",
        StandardCharsets.UTF_8);

    // WHEN
    String report = validate();

    // THEN 4 read: the latest IT-1 used; the older copy and the bug ignored; a bad date rejected
    then(report).containsPattern("jira\\s+4\\s+1\\s+2\\s+1\\s");
    then(report)
        .contains(
            "logs/jira/collected-2.json:1#/issues/2: key 'fields.created': expected a time like"
                + " 2026-02-25T22:17:00.000+0000, got 'yesterday'");
  }
}
