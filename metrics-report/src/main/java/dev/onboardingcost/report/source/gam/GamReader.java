package dev.onboardingcost.report.source.gam;

import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.CsvTable;
import dev.onboardingcost.report.source.common.HireMatch;
import dev.onboardingcost.report.workspace.CsvRecords;
import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.ReadContext;
import dev.onboardingcost.report.workspace.WorkspaceFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads Google Workspace accounts from GAM ({@code logs/gam/*.csv}): {@code gam print users}
 * ({@code primaryEmail}, {@code creationTime}, ...), or {@code gam report admin event CREATE_USER}
 * ({@code USER_EMAIL}, {@code id.time}, rows named {@code CREATE_USER}); and the Directory API's
 * users JSON ({@code logs/gam/*.json}, see {@link GoogleUsersJson}).
 *
 * <p>An account of a hire grants {@code sources.gam.system} at its creation time (GAM7 {@code
 * 2024-03-05T14:07:12Z}, with an offset, or legacy {@code .000Z}); an account made before the
 * window start is no wait. Other columns ({@code lastLoginTime}, which may say {@code Never}) are
 * not read.
 */
public final class GamReader implements EvidenceReader {
  /** The source name. */
  public static final String NAME = "gam";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void read(ReadContext context) throws IOException {
    List<Path> all = context.files(NAME, "logs/gam", ".csv", ".json");
    List<Path> files = WorkspaceFiles.withExtension(all, ".csv");
    List<Path> json = WorkspaceFiles.withExtension(all, ".json");
    if (files.isEmpty() && json.isEmpty()) {
      return;
    }
    String system = context.settings().sources().gam().system();
    context.accessGrants().canGrant(NAME, system);
    for (Path file : files) {
      readFile(context, file, system);
    }
    GoogleUsersJson.read(context, json, system);
  }

  private static void readFile(ReadContext context, Path file, String system) throws IOException {
    String name = context.nameOf(file);
    try (CsvTable table = CsvTable.open(file, name)) {
      OptionalInt email = first(table, "primaryEmail", "USER_EMAIL");
      OptionalInt created = first(table, "creationTime", "id.time");
      OptionalInt event = table.column("name");
      if (email.isEmpty() || created.isEmpty()) {
        context
            .quality()
            .rejected(
                NAME,
                RecordRef.line(name, 1),
                "the header needs the columns 'primaryEmail' and 'creationTime' (gam print users"
                    + " fields creationtime), got "
                    + table.header());
        return;
      }
      CsvRecords.forEach(
          table,
          NAME,
          context.quality(),
          (row, ref) ->
              readRow(
                  context,
                  row,
                  name,
                  system,
                  email,
                  created,
                  event,
                  table.header().get(created.getAsInt())));
    }
  }

  private static void readRow(
      ReadContext context,
      CsvTable.Row row,
      String name,
      String system,
      OptionalInt email,
      OptionalInt created,
      OptionalInt event,
      String createdName) {
    RecordRef ref = RecordRef.line(name, row.line());
    String eventName = row.get(event).strip();
    if (event.isPresent() && !eventName.isEmpty() && !eventName.equals("CREATE_USER")) {
      context
          .quality()
          .ignored(NAME, ref, "admin event '" + eventName + "' is no account creation");
      return;
    }
    HireMatch match =
        HireMatch.byEmail(context.people(), row.get(email)).noteMiss(context.quality(), NAME);
    if (!match.isHire()) {
      context.quality().ignored(NAME, ref, match.reason());
      return;
    }
    String text = row.get(created);
    Instant at;
    try {
      at = context.timestamps().parse(text);
    } catch (IllegalArgumentException e) {
      context
          .quality()
          .rejected(
              NAME,
              ref,
              "column '"
                  + createdName
                  + "': expected a time like 2024-03-05T14:07:12Z, got '"
                  + text
                  + "'");
      return;
    }
    context.accessGrants().grant(match.hire(), system, at, Optional.empty(), NAME, ref);
    context.quality().used(NAME);
  }

  private static OptionalInt first(CsvTable table, String... names) {
    for (String column : names) {
      OptionalInt index = table.column(column);
      if (index.isPresent()) {
        return index;
      }
    }
    return OptionalInt.empty();
  }
}
