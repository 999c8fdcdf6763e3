package dev.onboardingcost.report.source.gam;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.cli.OnboardingCostCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoogleUsersJsonTest {
  @TempDir Path dir;

  @Test
  void reads_users_list_answers_and_counts_each_account_once() throws Exception {
    // GIVEN a users.list answer and a collected array holding the same account again
    Files.writeString(
        dir.resolve("onboarding.yaml"),
        "currency: USD\nrates: {default: 200}\ncalendar: {timezone: UTC}\n");
    Files.writeString(
        dir.resolve("people.csv"),
        "id,email,start_date\nada,ada@acme.example,2026-06-01\ngrace,grace@acme.example,\n");
    Path logs = Files.createDirectories(dir.resolve("logs/gam"));
    Files.writeString(
        logs.resolve("a.json"),
        "{\"kind\":\"admin#directory#users\",\"users\":["
            + "{\"id\":\"1\",\"primaryEmail\":\"ada@acme.example\",\"creationTime\":"
            + "\"2026-06-01T11:00:00.000Z\"},"
            + "{\"id\":\"2\",\"primaryEmail\":\"grace@acme.example\",\"creationTime\":"
            + "\"2020-01-01T00:00:00.000Z\"},"
            + "{\"id\":\"3\",\"primaryEmail\":\"ada@acme.example\",\"creationTime\":\"soon\"}]}");
    Files.writeString(
        logs.resolve("b.json"),
        "[{\"id\":\"1\",\"primaryEmail\":\"ada@acme.example\",\"creationTime\":"
            + "\"2026-06-01T11:00:00.000Z\"}]");

    // WHEN
    StringWriter out = new StringWriter();
    int status =
        OnboardingCostCli.execute(
            new String[] {"validate", dir.toString()},
            new PrintWriter(out, true),
            new PrintWriter(out, true));

    // THEN 4 read: Ada used once, Grace (a colleague) and the second copy ignored, a bad time
    // rejected
    then(status).as(out.toString()).isZero();
    then(out.toString()).containsPattern("gam\\s+4\\s+1\\s+2\\s+1\\s");
    then(out.toString())
        .contains(
            "logs/gam/a.json:1#/users/2: key 'creationTime': expected a time like"
                + " 2024-03-05T14:07:12.000Z, got 'soon'");
  }
}
