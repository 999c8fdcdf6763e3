package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.ForecastDraws;
import dev.onboardingcost.core.plan.QuarterForecast;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The {@code Forecast draws} sheet: every simulated total behind the forecast band, kept as hours
 * per rate so that the band follows the rates in {@code Assumptions}. Row 2 holds each hours
 * column's rate number, row 3 its rate read through {@code INDEX(RateValues, number)}; then one row
 * per draw of each planned quarter, then the whole plan's draws, each with its hours at every rate
 * and its cost {@code SUMPRODUCT(hours, rates)}. The {@code Forecast} sheet's P10, P50 and P90 are
 * {@code PERCENTILE.INC} of a set's cost cells ({@link #costRange}).
 */
final class ForecastDrawsSheet {
  static final String NAME = "Forecast draws";

  /** Columns (0-based): the set, the draw, then the hours per rate and the cost. */
  static final int SET = 0;

  static final int DRAW = 1;
  static final int FIRST_HOURS = 2;

  /** The row (0-based) of the rate numbers, of the rates, and of the first draw. */
  static final int NUMBERS_ROW = 1;

  static final int RATES_ROW = 2;
  static final int FIRST_DRAW_ROW = 3;

  private final Styles styles;
  private final RateTable rates;

  ForecastDrawsSheet(Styles styles, RateTable rates) {
    this.styles = styles;
    this.rates = rates;
  }

  /** Writes the draws of {@code forecast}, or says why there are none. */
  void write(Sheet sheet, Optional<Forecast> forecast) {
    Optional<ForecastDraws> kept = forecast.flatMap(Forecast::draws);
    if (kept.isEmpty()) {
      Headers.write(sheet, styles, new String[] {"Quarter", "Draw", "Cost"}, new int[] {12, 8, 16});
      Cells.text(sheet.createRow(1), 0, whyNone(forecast), styles.note);
      return;
    }
    ForecastDraws draws = kept.get();
    List<RateBasis> bases = draws.bases();
    int width = bases.size();
    int costColumn = costColumn(draws);
    String[] headers = new String[width + 3];
    int[] widths = new int[width + 3];
    headers[SET] = "Quarter";
    widths[SET] = 12;
    headers[DRAW] = "Draw";
    widths[DRAW] = 8;
    for (int k = 0; k < width; k++) {
      headers[FIRST_HOURS + k] = "Hours at " + bases.get(k);
      widths[FIRST_HOURS + k] = 14;
    }
    headers[costColumn] = "Cost";
    widths[costColumn] = 16;
    Headers.write(sheet, styles, headers, widths);
    Row numbers = sheet.createRow(NUMBERS_ROW);
    Row rateRow = sheet.createRow(RATES_ROW);
    Cells.text(numbers, SET, "Rate number", styles.plain);
    Cells.text(rateRow, SET, "Rate", styles.plain);
    for (int k = 0; k < width; k++) {
      int column = FIRST_HOURS + k;
      Cells.number(numbers, column, rates.numberOf(bases.get(k)), styles.integer);
      Cells.formula(
          rateRow,
          column,
          "INDEX(RateValues," + Cells.column(column) + (NUMBERS_ROW + 1) + ")",
          draws.rates().get(k).perHour(),
          styles.money);
    }
    String rateCells =
        "$"
            + Cells.column(FIRST_HOURS)
            + "$"
            + (RATES_ROW + 1)
            + ":$"
            + Cells.column(costColumn - 1)
            + "$"
            + (RATES_ROW + 1);
    List<QuarterForecast> quarters = forecast.orElseThrow().quarters();
    int r = FIRST_DRAW_ROW;
    for (int set = 0; set <= draws.quarters(); set++) {
      String label = set < quarters.size() ? quarters.get(set).quarter().toString() : "Plan";
      for (int d = 0; d < draws.simulations(); d++) {
        Row row = sheet.createRow(r++);
        Cells.text(row, SET, label, styles.plain);
        Cells.number(row, DRAW, d + 1, styles.integer);
        for (int k = 0; k < width; k++) {
          Cells.number(row, FIRST_HOURS + k, draws.hours(set, d, k), styles.hours);
        }
        int line = row.getRowNum() + 1;
        Cells.formula(
            row,
            costColumn,
            "SUMPRODUCT("
                + Cells.column(FIRST_HOURS)
                + line
                + ":"
                + Cells.column(costColumn - 1)
                + line
                + ","
                + rateCells
                + ")",
            draws.cost(set, d),
            styles.money);
      }
    }
  }

  /**
   * The absolute range of the cost cells of set {@code set} (a quarter's index, or {@code
   * draws.quarters()} for the plan), e.g. {@code 'Forecast draws'!$J$4:$J$10003}.
   */
  static String costRange(ForecastDraws draws, int set) {
    int first = FIRST_DRAW_ROW + 1 + set * draws.simulations();
    int last = first + draws.simulations() - 1;
    return Cells.range("'" + NAME + "'", costColumn(draws), first, last);
  }

  private static int costColumn(ForecastDraws draws) {
    return FIRST_HOURS + draws.bases().size();
  }

  private static String whyNone(Optional<Forecast> forecast) {
    if (forecast.isEmpty()) {
      return Cells.NOT_COMPUTED + ": add plan.yaml to the workspace to forecast a hiring plan.";
    }
    Forecast f = forecast.get();
    if (f.totals().band().isEmpty()) {
      return "No band, so no draws: " + f.bandNote().orElse("no planned quarter");
    }
    return "The draws are not kept: more than "
        + ForecastDraws.MAX_ROWS
        + " draws or "
        + ForecastDraws.MAX_HOURS_FIGURES
        + " hours figures (simulations × (quarters + 1) × rates), so the band on Forecast is"
        + " a figure of this run and does not follow the rates.";
  }
}
