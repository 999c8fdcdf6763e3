package dev.onboardingcost.report.workspace;

import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.CsvTable;
import dev.onboardingcost.report.quality.DataQuality;

/**
 * The record loop every CSV reader shares: each non-blank record goes to a handler with its {@code
 * file:line}, and a rest of the file that cannot be parsed (an unterminated quote) becomes one
 * rejected record at the line after the last good one, so the count still adds up.
 */
public final class CsvRecords {
  /** What a reader does with one record. */
  @FunctionalInterface
  public interface Handler {
    /** Takes the record {@code row}, read at {@code ref}. */
    void accept(CsvTable.Row row, RecordRef ref);
  }

  private CsvRecords() {}

  /** Hands every non-blank record of {@code table} to {@code handler}; {@code source} counts. */
  public static void forEach(CsvTable table, String source, DataQuality quality, Handler handler) {
    long lastLine = 1;
    try {
      for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
        lastLine = row.line();
        if (!row.isBlank()) {
          handler.accept(row, RecordRef.line(table.name(), row.line()));
        }
      }
    } catch (CsvTable.CsvSyntaxException e) {
      quality.rejected(
          source, RecordRef.line(table.name(), lastLine + 1), "unreadable CSV: " + e.getMessage());
    }
  }
}
