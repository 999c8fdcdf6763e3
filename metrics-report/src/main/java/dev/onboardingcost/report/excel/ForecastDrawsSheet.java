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
 * per rate so that the band follows the rates in {@code Assumptions}. One row per simulation: for
 * each planned quarter a block of its hours at every rate and its cost {@code SUMPRODUCT(hours,
 * rates)}, then the plan's cost, the sum of the quarters' costs of the same simulation. Row 2 holds
 * each hours column's rate number, row 3 its rate read through {@code INDEX(RateValues, number)}.
 * The {@code Forecast} sheet's P10, P50 and P90 are {@code PERCENTILE.INC} of a cost column ({@link
 * #costRange}).
 */
final class ForecastDrawsSheet {
  static final String NAME = "Forecast draws";

  /** Columns (0-based): the draw, then a block per quarter of hours per rate and the cost. */
  static final int DRAW = 0;

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
      Headers.write(sheet, styles, new String[] {"Draw", "Cost"}, new int[] {8, 16});
      Cells.text(sheet.createRow(1), 0, whyNone(forecast), styles.note);
      return;
    }
    ForecastDraws draws = kept.get();
    List<RateBasis> bases = draws.bases();
    int width = bases.size();
    int quarters = draws.quarters();
    List<QuarterForecast> planned = forecast.orElseThrow().quarters();
    int planColumn = costColumn(draws, quarters);
    String[] headers = new String[planColumn + 1];
    int[] widths = new int[planColumn + 1];
    headers[DRAW] = "Draw";
    widths[DRAW] = 8;
    Row numbers = sheet.createRow(NUMBERS_ROW);
    Row rateRow = sheet.createRow(RATES_ROW);
    Cells.text(numbers, DRAW, "Rate number", styles.plain);
    Cells.text(rateRow, DRAW, "Rate", styles.plain);
    String[] firstLetters = new String[quarters];
    String[] lastLetters = new String[quarters];
    String[] costLetters = new String[quarters];
    String[] rateCells = new String[quarters];
    for (int q = 0; q < quarters; q++) {
      String quarter = planned.get(q).quarter().toString();
      int first = firstHours(draws, q);
      for (int k = 0; k < width; k++) {
        int column = first + k;
        headers[column] = quarter + " hours at " + bases.get(k);
        widths[column] = 14;
        Cells.number(numbers, column, rates.numberOf(bases.get(k)), styles.integer);
        Cells.formula(
            rateRow,
            column,
            "INDEX(RateValues," + Cells.column(column) + (NUMBERS_ROW + 1) + ")",
            draws.rates().get(k).perHour(),
            styles.money);
      }
      int cost = costColumn(draws, q);
      headers[cost] = quarter + " cost";
      widths[cost] = 16;
      firstLetters[q] = Cells.column(first);
      lastLetters[q] = Cells.column(cost - 1);
      costLetters[q] = Cells.column(cost);
      int ratesLine = RATES_ROW + 1;
      rateCells[q] =
          "$" + firstLetters[q] + "$" + ratesLine + ":$" + lastLetters[q] + "$" + ratesLine;
    }
    headers[planColumn] = "Plan cost";
    widths[planColumn] = 16;
    Headers.write(sheet, styles, headers, widths);
    for (int d = 0; d < draws.simulations(); d++) {
      Row row = sheet.createRow(FIRST_DRAW_ROW + d);
      int line = row.getRowNum() + 1;
      Cells.number(row, DRAW, d + 1, styles.integer);
      StringBuilder plan = new StringBuilder();
      for (int q = 0; q < quarters; q++) {
        int first = firstHours(draws, q);
        for (int k = 0; k < width; k++) {
          Cells.number(row, first + k, draws.hours(q, d, k), styles.hours);
        }
        String hours = firstLetters[q] + line + ":" + lastLetters[q] + line;
        Cells.formula(
            row,
            costColumn(draws, q),
            "SUMPRODUCT(" + hours + "," + rateCells[q] + ")",
            draws.cost(q, d),
            styles.money);
        plan.append(q == 0 ? "" : "+").append(costLetters[q]).append(line);
      }
      Cells.formula(row, planColumn, plan.toString(), draws.cost(quarters, d), styles.money);
    }
  }

  /**
   * The absolute range of the cost cells of set {@code set} (a quarter's index, or {@code
   * draws.quarters()} for the plan), e.g. {@code 'Forecast draws'!$J$4:$J$10003}.
   */
  static String costRange(ForecastDraws draws, int set) {
    int first = FIRST_DRAW_ROW + 1;
    int last = first + draws.simulations() - 1;
    return Cells.range("'" + NAME + "'", costColumn(draws, set), first, last);
  }

  /** The first hours column of quarter {@code quarter}'s block. */
  private static int firstHours(ForecastDraws draws, int quarter) {
    return DRAW + 1 + quarter * (draws.bases().size() + 1);
  }

  /**
   * The cost column of quarter {@code set}, or the plan's, after the last quarter's block, for
   * {@code set == draws.quarters()}.
   */
  private static int costColumn(ForecastDraws draws, int set) {
    return set < draws.quarters()
        ? firstHours(draws, set) + draws.bases().size()
        : firstHours(draws, set);
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
        + " hours figures (simulations × quarters × rates), or more columns than a sheet has,"
        + " so the band on Forecast is"
        + " a figure of this run and does not follow the rates.";
  }
}
