package dev.onboardingcost.report.source.survey;

import dev.onboardingcost.report.quality.DataQuality;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The rows of one survey file, whatever its format (CSV, {@code .xlsx}): the header, then each
 * non-blank answer row with its line (for a sheet, its row number). What cannot be read is rejected
 * in {@code quality} with file and line, so the record count still adds up.
 */
interface SurveyRows {
  /** What reads the answer rows once the header is known. */
  @FunctionalInterface
  interface RowHandler {
    /** Takes the row at {@code line}; {@code cell} gives the text of a column, "" when empty. */
    void row(long line, IntFunction<String> cell);
  }

  /**
   * Reads {@code file} (named {@code name} in problems): hands its header to {@code onHeader}, and
   * every later non-blank row to the handler that returned. A file with no header hands nothing.
   *
   * @throws IOException when the file cannot be read at all
   */
  void read(
      Path file,
      String name,
      DataQuality quality,
      java.util.function.Function<List<String>, RowHandler> onHeader)
      throws IOException;
}
