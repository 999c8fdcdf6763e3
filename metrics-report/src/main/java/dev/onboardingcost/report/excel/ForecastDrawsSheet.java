package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.ForecastDraws;
import dev.onboardingcost.core.plan.QuarterForecast;
import java.util.ArrayList;
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
    List<Block> blocks = new ArrayList<>();
    List<QuarterForecast> planned = forecast.orElseThrow().quarters();
    for (int q = 0; q < draws.quarters(); q++) {
      blocks.add(
          new Block(
              planned.get(q).quarter().toString(), firstHours(draws, q), costColumn(draws, q)));
    }
    writeHeads(sheet, draws, blocks);
    for (int d = 0; d < draws.simulations(); d++) {
      writeDraw(sheet.createRow(FIRST_DRAW_ROW + d), draws, blocks, d);
    }
  }

  /** The header row, and the rate numbers and rates above each hours column. */
  private void writeHeads(Sheet sheet, ForecastDraws draws, List<Block> blocks) {
    List<RateBasis> bases = draws.bases();
    int planColumn = costColumn(draws, draws.quarters());
    String[] headers = new String[planColumn + 1];
    int[] widths = new int[planColumn + 1];
    headers[DRAW] = "Draw";
    widths[DRAW] = 8;
    Row numbers = sheet.createRow(NUMBERS_ROW);
    Row rateRow = sheet.createRow(RATES_ROW);
    Cells.text(numbers, DRAW, "Rate number", styles.plain);
    Cells.text(rateRow, DRAW, "Rate", styles.plain);
    for (Block block : blocks) {
      for (int k = 0; k < bases.size(); k++) {
        int column = block.first() + k;
        headers[column] = block.quarter() + " hours at " + bases.get(k);
        widths[column] = 14;
        Cells.number(numbers, column, rates.numberOf(bases.get(k)), styles.integer);
        Cells.formula(
            rateRow,
            column,
            "INDEX(RateValues," + Cells.column(column) + (NUMBERS_ROW + 1) + ")",
            draws.rates().get(k).perHour(),
            styles.money);
      }
      headers[block.cost()] = block.quarter() + " cost";
      widths[block.cost()] = 16;
    }
    headers[planColumn] = "Plan cost";
    widths[planColumn] = 16;
    Headers.write(sheet, styles, headers, widths);
  }

  /** Draw {@code d}: its hours and cost in each quarter's block, then the plan's cost. */
  private void writeDraw(Row row, ForecastDraws draws, List<Block> blocks, int d) {
    int line = row.getRowNum() + 1;
    Cells.number(row, DRAW, d + 1, styles.integer);
    StringBuilder plan = new StringBuilder();
    for (int q = 0; q < blocks.size(); q++) {
      Block block = blocks.get(q);
      for (int k = 0; k < draws.bases().size(); k++) {
        Cells.number(row, block.first() + k, draws.hours(q, d, k), styles.hours);
      }
      Cells.formula(row, block.cost(), block.costFormula(line), draws.cost(q, d), styles.money);
      plan.append(q == 0 ? "" : "+").append(block.costLetters()).append(line);
    }
    int planColumn = costColumn(draws, draws.quarters());
    Cells.formula(row, planColumn, plan.toString(), draws.cost(blocks.size(), d), styles.money);
  }

  /**
   * One planned quarter's columns: its hours at each rate from {@code first}, its cost at {@code
   * cost}.
   */
  private record Block(String quarter, int first, int cost) {
    /** The letters of the cost column, e.g. {@code J}. */
    String costLetters() {
      return Cells.column(cost);
    }

    /** {@code SUMPRODUCT} of the block's hours on spreadsheet line {@code line} and its rates. */
    String costFormula(int line) {
      String firstLetters = Cells.column(first);
      String lastLetters = Cells.column(cost - 1);
      int rates = RATES_ROW + 1;
      return "SUMPRODUCT("
          + firstLetters
          + line
          + ":"
          + lastLetters
          + line
          + ",$"
          + firstLetters
          + "$"
          + rates
          + ":$"
          + lastLetters
          + "$"
          + rates
          + ")";
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
