package dev.onboardingcost.report.source.gam;

import dev.onboardingcost.report.source.common.HireMatch;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.source.common.JsonLogs;
import dev.onboardingcost.report.source.common.Skip;
import dev.onboardingcost.report.workspace.ReadContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Google Workspace accounts in the Admin SDK Directory API's own JSON ({@code
 * logs/gam/*.json}): the answer of {@code users.list} ({@code users[]}), or user objects in an
 * array or one per line, as {@code collect} writes them. The rules are {@link GamReader}'s: the
 * account of a hire ({@code primaryEmail}) grants {@code sources.gam.system} at {@code
 * creationTime}. An account read twice (same {@code id}) counts once.
 */
final class GoogleUsersJson {
  private GoogleUsersJson() {}

  static void read(ReadContext context, List<Path> files, String system) throws IOException {
    Set<String> seen = new HashSet<>();
    for (Path file : files) {
      JsonLogs.read(
          context,
          GamReader.NAME,
          file,
          List.of("/users"),
          (user, ref) -> {
            String id = JsonFields.text(user, "/id");
            if (!id.isEmpty() && !seen.add(id)) {
              throw Skip.ignore("account " + id + " was already read");
            }
            HireMatch match =
                HireMatch.byEmail(context.people(), JsonFields.text(user, "/primaryEmail"))
                    .noteMiss(context.quality(), GamReader.NAME);
            if (!match.isHire()) {
              throw Skip.ignore(match.reason());
            }
            String text = JsonFields.text(user, "/creationTime");
            Instant at;
            try {
              at = context.timestamps().parse(text);
            } catch (IllegalArgumentException e) {
              throw Skip.reject(
                  "key 'creationTime': expected a time like 2024-03-05T14:07:12.000Z, got '"
                      + text
                      + "'");
            }
            context
                .accessGrants()
                .grant(match.hire(), system, at, Optional.empty(), GamReader.NAME, ref);
            context.quality().used(GamReader.NAME);
          });
    }
  }
}
