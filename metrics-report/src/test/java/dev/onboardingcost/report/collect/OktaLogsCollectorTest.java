package dev.onboardingcost.report.collect;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.collect.StubApi.Answer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OktaLogsCollectorTest {
  private static final String FILE = "logs/okta/collected-2026-07-01T00-00Z.jsonl";

  @TempDir Path dir;
  private StubApi stub;
  private CollectWorkspace ws;

  @BeforeEach
  void start() throws Exception {
    stub = new StubApi();
    ws = new CollectWorkspace(dir, stub, "");
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  /** An application assignment as the System Log records it. */
  static String event(String uuid, String published, String email) {
    return "{\"uuid\":\""
        + uuid
        + "\",\"published\":\""
        + published
        + "\",\"eventType\":\"application.user_membership.add\",\"displayMessage\":\"Add user to"
        + " application membership\",\"severity\":\"INFO\",\"outcome\":{\"result\":\"SUCCESS\"},"
        + "\"actor\":{\"id\":\"00uadmin\",\"type\":\"User\",\"alternateId\":\"admin@acme.example\"},"
        + "\"target\":[{\"id\":\"0ua1\",\"type\":\"AppUser\",\"alternateId\":\""
        + email
        + "\",\"displayName\":\"Ada\"},{\"id\":\"0oa1\",\"type\":\"AppInstance\",\"alternateId\":"
        + "\"GitHub Enterprise Cloud\",\"displayName\":\"GitHub Enterprise Cloud\"},{\"id\":\"00u1\","
        + "\"type\":\"User\",\"alternateId\":\""
        + email
        + "\",\"displayName\":\"Ada\"}]}";
  }

  static Answer page(String next, String... events) {
    Answer answer = Answer.json("[" + String.join(",", events) + "]");
    return next == null
        ? answer
        : answer.with("Link", "<{BASE}/api/v1/logs?after=" + next + ">; rel=\"next\"");
  }

  private void threePages() {
    stub.on(
        "/api/v1/logs",
        Answer.json("[" + event("e1", "2026-06-02T10:00:00.000Z", "ada@acme.example") + "]")
            .with(
                "Link",
                "<{BASE}/api/v1/logs?since=x>; rel=\"self\", <{BASE}/api/v1/logs?after=p2>;"
                    + " rel=\"next\""),
        page("p3", event("e2", "2026-06-03T10:00:00.000Z", "ada@acme.example")),
        page(null, event("e3", "2026-06-04T10:00:00.000Z", "grace@acme.example")));
  }

  @Test
  void follows_the_next_links_through_three_pages_into_one_new_file() throws Exception {
    // GIVEN an Okta log of three pages, each pointing to the next
    threePages();

    // WHEN
    CollectWorkspace.Run run = ws.collect("okta");

    // THEN every event is in one new JSON-lines file, in the order the API gave them
    then(run.status()).as(run.err()).isZero();
    then(run.out()).contains("okta: 3 new events in " + FILE);
    then(ws.read(FILE).lines()).hasSize(3).first().asString().contains("\"uuid\":\"e1\"");
    // AND the first request filtered the onboarding event types between since and until
    StubApi.Request first = stub.requests().get(0);
    then(first.query())
        .contains("until=2026-07-01T00:00:00Z")
        .contains("limit=1000")
        .contains("eventType eq \"application.user_membership.add\" or eventType eq")
        .contains("since=2026-04-02T00:00:00Z");
    then(first.authorization()).isEqualTo("SSWS " + CollectWorkspace.TOKEN);
    then(stub.requests()).hasSize(3);
    then(ws.read("logs/.collect/okta.json")).contains("\"since\" : \"2026-07-01T00:00:00Z\"");
  }

  @Test
  void a_second_run_skips_the_events_already_collected_and_starts_at_the_cursor() throws Exception {
    // GIVEN a first run
    threePages();
    CollectWorkspace.Run first = ws.collect("okta");
    then(first.out()).as(first.err()).contains("3 new events");
    stub.reset();
    threePages();

    // WHEN the API gives the same events again
    CollectWorkspace.Run run = ws.collect("okta");

    // THEN nothing new is written, and the window starts at the cursor less a small overlap
    then(run.out()).contains("okta: 0 new events (3 already collected)");
    then(ws.files("logs/okta")).containsExactly("collected-2026-07-01T00-00Z.jsonl");
    then(stub.requests().get(0).query()).contains("since=2026-06-30T23:50:00Z");
  }

  @Test
  void a_run_stopped_after_two_pages_keeps_them_and_the_next_run_adds_only_the_rest()
      throws Exception {
    // GIVEN an API that fails for good after page 2
    stub.on(
        "/api/v1/logs",
        page("p2", event("e1", "2026-06-02T10:00:00.000Z", "ada@acme.example")),
        page("p3", event("e2", "2026-06-03T10:00:00.000Z", "ada@acme.example")),
        Answer.status(500, "{\"errorCode\":\"E0000009\"}"));

    // WHEN
    CollectWorkspace.Run broken = ws.collect("okta");

    // THEN the source failed with one line, and what it got is kept
    then(broken.status()).isEqualTo(1);
    then(broken.err().strip().lines()).hasSize(1);
    then(broken.err()).contains("okta: answered 500 3 times");
    then(ws.read(FILE).lines()).hasSize(2);
    then(ws.files("logs")).doesNotContain(".collect");

    // WHEN the next run finds the API well again
    stub.reset();
    threePages();
    CollectWorkspace.Run resumed = ws.collect("okta");

    // THEN it adds the third event only, in a new file
    then(resumed.status()).as(resumed.err()).isZero();
    then(resumed.out()).contains("1 new events").contains("(2 already collected)");
    then(ws.files("logs/okta"))
        .containsExactly(
            "collected-2026-07-01T00-00Z-2.jsonl", "collected-2026-07-01T00-00Z.jsonl");
    then(ws.read("logs/okta/collected-2026-07-01T00-00Z-2.jsonl"))
        .contains("\"e3\"")
        .doesNotContain("\"e1\"");
  }

  @Test
  void waits_as_long_as_retry_after_asks_on_429() throws Exception {
    // GIVEN a rate-limited first answer
    stub.on(
        "/api/v1/logs",
        Answer.status(429, "{\"errorCode\":\"E0000047\"}").with("Retry-After", "7"),
        page(null, event("e1", "2026-06-02T10:00:00.000Z", "ada@acme.example")));

    // WHEN
    CollectWorkspace.Run run = ws.collect("okta");

    // THEN
    then(run.status()).as(run.err()).isZero();
    then(stub.sleeps).containsExactly(Duration.ofSeconds(7));
    then(ws.read(FILE).lines()).hasSize(1);
  }

  @Test
  void waits_for_the_reset_when_the_rate_limit_is_used_up() throws Exception {
    // GIVEN a page whose headers say the limit is used up until 30 s after now
    long reset = StubApi.NOW.getEpochSecond() + 30;
    stub.on(
        "/api/v1/logs",
        page("p2", event("e1", "2026-06-02T10:00:00.000Z", "ada@acme.example"))
            .with("X-Rate-Limit-Remaining", "0")
            .with("X-Rate-Limit-Reset", Long.toString(reset)),
        page(null));

    // WHEN
    ws.collect("okta");

    // THEN the second request waited for the reset, and a second of margin
    then(stub.sleeps).containsExactly(Duration.ofSeconds(31));
  }

  @Test
  void a_refused_token_stops_okta_with_one_line_that_never_shows_the_token() throws Exception {
    // GIVEN
    stub.on(
        "/api/v1/logs",
        Answer.status(
            401, "{\"errorCode\":\"E0000011\",\"errorSummary\":\"Invalid token provided\"}"));

    // WHEN
    CollectWorkspace.Run run = ws.collect("okta");

    // THEN
    then(run.status()).isEqualTo(1);
    then(run.err().strip())
        .isEqualTo(
            "onboarding-cost collect: okta: the credential was refused (401): check that the API"
                + " token in OKTA_API_TOKEN (read-only scopes okta.logs.read, okta.users.read) is"
                + " set and still valid");
    then(run.err() + run.out() + ws.everything()).doesNotContain(CollectWorkspace.TOKEN);
    then(stub.requests()).hasSize(1);
  }

  @Test
  void a_malformed_page_stops_okta() throws Exception {
    // GIVEN
    stub.on("/api/v1/logs", Answer.json("[{\"uuid\": \"e1\", "));

    // WHEN
    CollectWorkspace.Run run = ws.collect("okta");

    // THEN
    then(run.status()).isEqualTo(1);
    then(run.err()).contains("okta: answered a malformed page at /api/v1/logs (not JSON at line 1");
  }

  @Test
  void an_api_that_does_not_answer_in_time_stops_okta_after_the_retries() throws Exception {
    // GIVEN an API that holds its answer back longer than the client's timeout
    stub.on("/api/v1/logs", Answer.hanging());
    stub.timeout = Duration.ofMillis(200);

    // WHEN
    CollectWorkspace.Run run = ws.collect("okta");

    // THEN
    then(run.status()).isEqualTo(1);
    then(run.err()).contains("okta: no answer from 127.0.0.1 within 0 s (3 tries at /api/v1/logs)");
    then(stub.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void refuses_a_next_link_to_another_host() throws Exception {
    // GIVEN a page that points elsewhere
    stub.on(
        "/api/v1/logs",
        Answer.json("[]").with("Link", "<http://127.0.0.2:1/api/v1/logs?after=x>; rel=\"next\""),
        page(null, event("e1", "2026-06-02T10:00:00.000Z", "ada@acme.example")));
    stub.on(
        "/api/v1/logs", page(null, event("e1", "2026-06-02T10:00:00.000Z", "ada@acme.example")));

    // WHEN the first page is not empty, so the link is followed
    stub.reset();
    stub.on(
        "/api/v1/logs",
        page(null, event("e1", "2026-06-02T10:00:00.000Z", "ada@acme.example"))
            .with("Link", "<http://127.0.0.2:1/api/v1/logs?after=x>; rel=\"next\""));
    CollectWorkspace.Run run = ws.collect("okta");

    // THEN
    then(run.status()).isEqualTo(1);
    then(run.err()).contains("collect talks only to the hosts its settings name");
    then(ws.read(FILE)).contains("\"e1\"");
  }

  @Test
  void says_when_since_asks_for_events_older_than_the_log_keeps() throws Exception {
    // GIVEN
    stub.on(
        "/api/v1/logs", page(null, event("e1", "2026-04-05T10:00:00.000Z", "ada@acme.example")));

    // WHEN
    CollectWorkspace.Run run =
        ws.collect(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), "okta");

    // THEN
    then(run.status()).isZero();
    then(run.err())
        .contains(
            "okta: the oldest event the API still has is later than --since: the rest has expired"
                + " (the Okta System Log keeps 90 days; the oldest collected is from"
                + " 2026-04-05T10:00:00Z)");
    then(stub.requests().get(0).query()).contains("since=2026-01-01T00:00:00Z");
  }
}
