package dev.onboardingcost.report.source.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.CsvTable;
import dev.onboardingcost.report.source.common.HireMatch;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.source.common.JsonLogs;
import dev.onboardingcost.report.source.common.Mappings;
import dev.onboardingcost.report.source.common.Skip;
import dev.onboardingcost.report.workspace.CsvRecords;
import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.ReadContext;
import dev.onboardingcost.report.workspace.SourceMappings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a GitHub organization audit log ({@code logs/github-audit/*.json|*.jsonl|*.csv}): the REST
 * array, one event per line, or the CSV export.
 *
 * <p>{@code org.add_member} and {@code team.add_member} in an organization of {@code
 * sources.github_audit.orgs} grant its system to {@code user} (a GitHub login, matched
 * case-insensitively) at {@code @timestamp} (else {@code created_at}; epoch milliseconds, or an
 * ISO-8601 time). {@code org.invite_member} is not a grant and not a request time of one: the
 * invitation is the organization's answer, and the hire was waiting before it was sent, so the wait
 * runs from the window start to the accepted membership. An invitation never accepted is the
 * request behind a system not granted (docs/method.md, "Not granted"). Other actions are ignored.
 */
public final class GithubAuditReader implements EvidenceReader {
  /** The source name. */
  public static final String NAME = "github_audit";

  private static final Set<String> GRANTS = Set.of("org.add_member", "team.add_member");
  private static final String INVITATION = "org.invite_member";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void read(ReadContext context) throws IOException {
    List<Path> files = context.files(NAME, "logs/github-audit", ".json", ".jsonl", ".csv");
    if (files.isEmpty()) {
      return;
    }
    context
        .settings()
        .sources()
        .githubAudit()
        .orgs()
        .values()
        .forEach(system -> context.accessGrants().canGrant(NAME, system));
    for (Path file : files) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        readCsv(context, file);
      } else {
        JsonLogs.read(
            context, NAME, file, List.of(), (record, ref) -> handle(context, record, ref));
      }
    }
  }

  /** Each CSV row becomes an object keyed by the header (so {@code data.team} is a key). */
  private static void readCsv(ReadContext context, Path file) throws IOException {
    String name = context.nameOf(file);
    try (CsvTable table = CsvTable.open(file, name)) {
      CsvRecords.forEach(
          table,
          NAME,
          context.quality(),
          (row, ref) -> {
            ObjectNode record = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < table.header().size(); i++) {
              if (!row.get(i).isBlank()) {
                record.put(table.header().get(i), row.get(i));
              }
            }
            try {
              handle(context, record, ref);
            } catch (Skip skip) {
              JsonLogs.account(context, NAME, ref, skip);
            }
          });
    }
  }

  private static void handle(ReadContext context, JsonNode event, RecordRef ref) throws Skip {
    String action = JsonFields.text(event, "/action");
    if (action.isEmpty()) {
      throw Skip.reject("key 'action': expected an audit action like org.add_member, got nothing");
    }
    boolean invitation = action.equals(INVITATION);
    if (!invitation && !GRANTS.contains(action)) {
      throw Skip.ignore("action '" + action + "' says nothing about access");
    }
    SourceMappings.GithubAudit mapping = context.settings().sources().githubAudit();
    String org = orgOf(event);
    if (org.isEmpty()) {
      throw Skip.reject("key 'org': expected the organization's login, got nothing");
    }
    String system =
        Mappings.systemOf(mapping.orgs(), org)
            .orElseThrow(
                () -> Skip.ignore("org '" + org + "' is not in sources.github_audit.orgs"));
    HireMatch match =
        HireMatch.byGithubLogin(context.people(), JsonFields.text(event, "/user"))
            .noteMiss(context.quality(), NAME);
    if (!match.isHire()) {
      throw Skip.ignore(match.reason());
    }
    Instant at = timeOf(context, event);
    if (invitation) {
      context.accessGrants().invitation(match.hire(), system, at, NAME, ref);
    } else {
      context.accessGrants().grant(match.hire(), system, at, Optional.empty(), NAME, ref);
    }
    context.quality().used(NAME);
  }

  /** The organization: {@code org}, else the part before the slash of {@code team}. */
  private static String orgOf(JsonNode event) {
    String org = JsonFields.text(event, "/org");
    if (!org.isEmpty()) {
      return org;
    }
    String team = JsonFields.text(event, "/team");
    if (team.isEmpty()) {
      team = JsonFields.text(event, "/data/team");
    }
    if (team.isEmpty()) {
      team = JsonFields.text(event, "/data.team");
    }
    int slash = team.indexOf('/');
    return slash > 0 ? team.substring(0, slash) : "";
  }

  private static Instant timeOf(ReadContext context, JsonNode event) throws Skip {
    for (String key : List.of("@timestamp", "created_at")) {
      JsonNode node = event.path(key);
      if (node.isMissingNode() || node.isNull() || node.asText().isBlank()) {
        continue;
      }
      Optional<Instant> millis = JsonFields.epochMillis(node);
      if (millis.isPresent()) {
        return millis.get();
      }
      try {
        return context.timestamps().parse(node.asText());
      } catch (IllegalArgumentException e) {
        throw Skip.reject(
            "key '"
                + key
                + "': expected epoch milliseconds like 1606929874512, got '"
                + node.asText()
                + "'");
      }
    }
    throw Skip.reject("key '@timestamp': expected epoch milliseconds like 1606929874512, got none");
  }
}
