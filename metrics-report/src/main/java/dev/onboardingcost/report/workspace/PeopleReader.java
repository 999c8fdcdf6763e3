package dev.onboardingcost.report.workspace;

import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.report.io.CsvTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code people.csv} (the README's workspace section): header row, columns in any order,
 * {@code id} required and unique after Unicode NFC normalisation, {@code aliases} a {@code
 * ;}-separated list of the person's other identities. People are configuration, so any bad row
 * stops the run with file and line; so does an alias that is another person's identity (id, email,
 * GitHub login, Slack id or alias), which would make a log identity name two people.
 */
public final class PeopleReader {
  /** The file's name in a workspace. */
  public static final String FILE = "people.csv";

  private PeopleReader() {}

  /** Reads {@code workspace/people.csv}. */
  public static People read(Path workspace) {
    Path file = WorkspaceFiles.requiredConfigFile(workspace, FILE);
    try (CsvTable table = CsvTable.open(file, FILE)) {
      return read(table);
    } catch (IOException e) {
      throw new ConfigException(FILE + ": cannot be read: " + e.getMessage(), e);
    } catch (CsvTable.CsvSyntaxException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  private static People read(CsvTable table) {
    OptionalInt id = table.column("id");
    if (id.isEmpty()) {
      throw new ConfigException(
          FILE + ": line 1: the header needs an 'id' column, got " + table.header());
    }
    OptionalInt name = table.column("name");
    OptionalInt email = table.column("email");
    OptionalInt github = table.column("github");
    OptionalInt slack = table.column("slack");
    OptionalInt team = table.column("team");
    OptionalInt role = table.column("role");
    OptionalInt start = table.column("start_date");
    OptionalInt rate = table.column("hourly_rate");
    OptionalInt aliases = table.column("aliases");
    List<Person> people = new ArrayList<>();
    Set<PersonId> seen = new HashSet<>();
    IdentityOwners owners = new IdentityOwners();
    for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
      if (row.isBlank()) {
        continue;
      }
      String where = FILE + ":" + row.line() + ": ";
      String idText = row.get(id).strip();
      if (idText.isEmpty()) {
        throw new ConfigException(where + "column 'id' is empty; every person needs an id");
      }
      PersonId personId = PersonId.of(idText);
      if (!seen.add(personId)) {
        throw new ConfigException(where + "duplicate id '" + personId + "'");
      }
      Person person =
          new Person(
              personId,
              row.get(name),
              row.get(email),
              row.get(github),
              row.get(slack),
              row.get(team),
              row.get(role),
              startDate(row.get(start), where),
              hourlyRate(row.get(rate), where),
              List.of(row.get(aliases).split(";")));
      owners.add(person, row.line());
      people.add(person);
    }
    owners.checkAliases(FILE);
    return new People(people);
  }

  private static Optional<LocalDate> startDate(String text, String where) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Timestamps.parseDate(text));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + "column 'start_date': " + e.getMessage());
    }
  }

  private static Optional<BigDecimal> hourlyRate(String text, String where) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      BigDecimal rate = Numbers.parseNonNegative(text);
      return Optional.of(rate);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + "column 'hourly_rate': " + e.getMessage());
    }
  }
}
