package dev.onboardingcost.report.source.survey;

import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.CsvTable;
import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.workspace.CsvRecords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** A survey CSV (a Google Forms response CSV, a sheet saved as CSV). */
final class CsvSurveyRows implements SurveyRows {
  @Override
  public void read(
      Path file, String name, DataQuality quality, Function<List<String>, RowHandler> onHeader)
      throws IOException {
    try (CsvTable table = CsvTable.open(file, name)) {
      if (table.header().isEmpty()) {
        // An empty export has no answers; an unreadable header is one rejected record.
        table
            .headerProblem()
            .ifPresent(
                problem -> quality.rejected(SurveyReader.NAME, RecordRef.line(name, 1), problem));
        return;
      }
      RowHandler handler = onHeader.apply(table.header());
      CsvRecords.forEach(
          table, SurveyReader.NAME, quality, (row, ref) -> handler.row(row.line(), row::get));
    }
  }
}
