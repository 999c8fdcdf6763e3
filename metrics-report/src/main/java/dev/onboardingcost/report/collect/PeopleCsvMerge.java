package dev.onboardingcost.report.collect;

import dev.onboardingcost.report.io.CsvTable;
import dev.onboardingcost.report.workspace.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Merges people from an identity provider into {@code people.csv} without overwriting a value a
 * person typed: a person found by email (or by an alias) gets only the cells that are empty filled
 * in, and a login that is not the email added to {@code aliases} ({@code ;}-separated); a person
 * not found is added as a new row whose id is the email's local part (made unique). Other columns
 * and rows are kept as they are.
 */
final class PeopleCsvMerge {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final char delimiter;
  private int added;
  private int changed;

  private PeopleCsvMerge(List<String> header, char delimiter) {
    this.header = new ArrayList<>(header);
    this.delimiter = delimiter;
  }

  /** Reads {@code file} (it must exist and have an {@code id} column). */
  static PeopleCsvMerge read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("people.csv: not found (run 'init' to make one)");
    }
    try (CsvTable table = CsvTable.open(file, "people.csv")) {
      if (table.column("id").isEmpty()) {
        throw new ConfigException(
            "people.csv: line 1: the header needs an 'id' column, got " + table.header());
      }
      PeopleCsvMerge merge = new PeopleCsvMerge(table.header(), table.delimiter());
      for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
        if (!row.isBlank()) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < table.header().size(); i++) {
            cells.add(row.get(i));
          }
          merge.rows.add(cells);
        }
      }
      return merge;
    } catch (CsvTable.CsvSyntaxException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  /** Adds or completes the person the identity provider knows by {@code login} and the rest. */
  void merge(String personLogin, String personEmail, String name, Optional<String> startDate) {
    String email = fold(personEmail);
    String login = fold(personLogin);
    if (email.isEmpty() && login.isEmpty()) {
      return;
    }
    List<String> row = find(email, login).orElse(null);
    boolean change = false;
    if (row == null) {
      row = new ArrayList<>(Collections.nCopies(header.size(), ""));
      row.set(column("id"), freeId(email.isEmpty() ? login : email));
      rows.add(row);
      added++;
      change = true;
    }
    change |= fill(row, "email", personEmail.strip());
    change |= fill(row, "name", name.strip());
    change |= fill(row, "start_date", startDate.orElse(""));
    if (!login.isEmpty() && !login.equals(fold(cell(row, column("email"))))) {
      int aliases = ensureColumn("aliases");
      Set<String> list = new LinkedHashSet<>();
      for (String alias : row.get(aliases).split(";")) {
        if (!alias.isBlank()) {
          list.add(alias.strip());
        }
      }
      if (list.stream().noneMatch(alias -> fold(alias).equals(login))) {
        list.add(personLogin.strip());
        row.set(aliases, String.join(";", list));
        change = true;
      }
    }
    if (change) {
      changed++;
    }
  }

  private Optional<List<String>> find(String email, String login) {
    for (List<String> row : rows) {
      Set<String> identities = new HashSet<>();
      identities.add(fold(cell(row, column("email"))));
      for (String alias : cell(row, column("aliases")).split(";")) {
        identities.add(fold(alias));
      }
      identities.remove("");
      if (identities.contains(email) || identities.contains(login)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /** Sets the cell {@code name} of {@code row} to {@code value} when it is empty. */
  private boolean fill(List<String> row, String name, String value) {
    if (value.isEmpty()) {
      return false;
    }
    int index = ensureColumn(name);
    if (!row.get(index).isBlank()) {
      return false;
    }
    row.set(index, value);
    return true;
  }

  /** The index of column {@code name}, added at the end (empty in every row) when missing. */
  private int ensureColumn(String name) {
    int index = column(name);
    if (index >= 0) {
      return index;
    }
    header.add(name);
    for (List<String> row : rows) {
      row.add("");
    }
    return header.size() - 1;
  }

  private String freeId(String identity) {
    int at = identity.indexOf('@');
    String base = at > 0 ? identity.substring(0, at) : identity;
    int idColumn = column("id");
    Set<String> taken = new HashSet<>();
    for (List<String> row : rows) {
      taken.add(fold(cell(row, idColumn)));
    }
    String id = base;
    for (int n = 2; taken.contains(fold(id)); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String cell(List<String> row, int index) {
    return index < 0 || index >= row.size() || row.get(index) == null ? "" : row.get(index);
  }

  private static String fold(String text) {
    return Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
  }

  /** People added as new rows. */
  int added() {
    return added;
  }

  /** People (new or known) whose row changed. */
  int changed() {
    return changed;
  }

  /** Writes the merged table over {@code file} in one step. */
  void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    line(text, header);
    for (List<String> row : rows) {
      line(text, row);
    }
    CollectedFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void line(StringBuilder text, List<String> fields) {
    for (int i = 0; i < header.size(); i++) {
      if (i > 0) {
        text.append(delimiter);
      }
      String field = cell(fields, i);
      boolean quote =
          field.indexOf(delimiter) >= 0
              || field.indexOf('"') >= 0
              || field.indexOf('\n') >= 0
              || field.indexOf('\r') >= 0
              || (!field.isEmpty() && (field.charAt(0) == ' ' || field.endsWith(" ")));
      text.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
    }
    text.append('\n');
  }
}
