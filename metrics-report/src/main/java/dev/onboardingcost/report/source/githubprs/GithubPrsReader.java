package dev.onboardingcost.report.source.githubprs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.core.model.Milestone;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provenance;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.report.source.common.HireMatch;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.source.common.JsonLogs;
import dev.onboardingcost.report.source.common.Skip;
import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.ReadContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads pull requests ({@code logs/github-prs/*.json}): the REST list (an array) or search results
 * ({@code items[]}, merge time under {@code pull_request.merged_at}).
 *
 * <p>Per hire ({@code user.login} matched to people.csv {@code github}): {@code first_pr} at the
 * earliest {@code created_at}, {@code first_merged_pr} and {@code tenth_merged_pr} at the first and
 * tenth {@code merged_at}. Bots ({@code user.type} Bot, logins ending in {@code [bot]}, {@code
 * sources.github_prs.ignore_logins}) are ignored, and so is a pull request already read (same
 * {@code html_url}, else {@code url}) in an overlapping page.
 */
public final class GithubPrsReader implements EvidenceReader {
  /** The source name. */
  public static final String NAME = "github_prs";

  private static final int TENTH = 10;

  @Override
  public String name() {
    return NAME;
  }

  /** A time and the record it was read at, ordered by time then place. */
  private record Dated(Instant at, RecordRef ref) {}

  private static final Comparator<Dated> ORDER =
      Comparator.comparing(Dated::at).thenComparing(d -> d.ref().toString());

  /** The few pull requests per hire the milestones need. */
  private static final class Progress {
    Dated firstCreated;
    final TreeSet<Dated> merged = new TreeSet<>(ORDER);
    final Set<String> seen = new HashSet<>();
  }

  @Override
  public void read(ReadContext context) throws IOException {
    List<Path> files = context.files(NAME, "logs/github-prs", ".json");
    Map<PersonId, Progress> progress = new LinkedHashMap<>();
    for (Path file : files) {
      JsonLogs.read(
          context,
          NAME,
          file,
          List.of("/items"),
          (record, ref) -> handle(context, record, ref, progress));
    }
    progress.forEach(
        (hire, p) -> {
          if (p.firstCreated != null) {
            milestone(context, hire, MilestoneKind.FIRST_PR, p.firstCreated);
          }
          if (!p.merged.isEmpty()) {
            milestone(context, hire, MilestoneKind.FIRST_MERGED_PR, p.merged.first());
          }
          if (p.merged.size() >= TENTH) {
            milestone(context, hire, MilestoneKind.TENTH_MERGED_PR, p.merged.last());
          }
        });
  }

  private static void milestone(
      ReadContext context, PersonId hire, MilestoneKind kind, Dated dated) {
    context
        .intake()
        .acceptDerived(
            NAME,
            new Milestone(hire, kind, dated.at(), Provenance.of(Source.of(NAME), dated.ref())));
  }

  private static void handle(
      ReadContext context, JsonNode pr, RecordRef ref, Map<PersonId, Progress> progress)
      throws Skip {
    String login = JsonFields.text(pr, "/user/login");
    if (login.isEmpty()) {
      throw Skip.reject("key 'user.login': expected the author's GitHub login, got nothing");
    }
    if ("Bot".equalsIgnoreCase(JsonFields.text(pr, "/user/type"))
        || login.toLowerCase(java.util.Locale.ROOT).endsWith("[bot]")) {
      throw Skip.ignore("pull request by the bot '" + login + "'");
    }
    for (String ignored : context.settings().sources().githubPrs().ignoreLogins()) {
      if (People.fold(ignored).equals(People.fold(login))) {
        throw Skip.ignore("'" + login + "' is in sources.github_prs.ignore_logins");
      }
    }
    HireMatch match =
        HireMatch.byGithubLogin(context.people(), login).noteMiss(context.quality(), NAME);
    if (!match.isHire()) {
      throw Skip.ignore(match.reason());
    }
    Instant created =
        time(context, pr, "/created_at", "created_at")
            .orElseThrow(
                () ->
                    Skip.reject(
                        "key 'created_at': expected a time like 2026-01-21T15:04:05Z, got nothing"));
    Optional<Instant> merged = time(context, pr, "/merged_at", "merged_at");
    if (merged.isEmpty()) {
      merged = time(context, pr, "/pull_request/merged_at", "pull_request.merged_at");
    }
    Progress p = progress.computeIfAbsent(match.hire().id(), h -> new Progress());
    String id = JsonFields.text(pr, "/html_url");
    if (id.isEmpty()) {
      id = JsonFields.text(pr, "/url");
    }
    if (!id.isEmpty() && !p.seen.add(id)) {
      throw Skip.ignore("pull request " + id + " was already read");
    }
    Dated made = new Dated(created, ref);
    if (p.firstCreated == null || ORDER.compare(made, p.firstCreated) < 0) {
      p.firstCreated = made;
    }
    if (merged.isPresent()) {
      p.merged.add(new Dated(merged.get(), ref));
      if (p.merged.size() > TENTH) {
        p.merged.pollLast();
      }
    }
    context.quality().used(NAME);
  }

  private static Optional<Instant> time(
      ReadContext context, JsonNode pr, String pointer, String key) throws Skip {
    String text = JsonFields.text(pr, pointer);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(context.timestamps().parse(text));
    } catch (IllegalArgumentException e) {
      throw Skip.reject("key '" + key + "': " + e.getMessage());
    }
  }
}
