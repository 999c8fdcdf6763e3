package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.decimals;
import static dev.onboardingcost.core.fixtures.TestHires.hire;
import static dev.onboardingcost.core.fixtures.TestHires.report;
import static dev.onboardingcost.core.fixtures.TestHires.reportOfTotals;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

import dev.onboardingcost.core.model.Category;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrendAnalysisTest {
  @Test
  void fits_three_hires_as_worked_by_hand() {
    // GIVEN y = 10, 20, 40 at x = 1, 2, 3
    // x̄ = 2, ȳ = 70/3, Sxx = 2, Sxy = -10 + 0 + 40 = 30 -> slope 15,
    // intercept = 70/3 - 30 = -20/3; Syy = 1400/3 -> r² = 900 / (2 × 1400/3) = 27/28;
    // t² = (n - 2) r² / (1 - r²) = 27; with 1 degree of freedom t is Cauchy:
    // p = 2 × (1/2 - atan(t)/π) = 1 - 2 atan(√27)/π ≈ 0.1210
    // WHEN
    TrendAnalysis trend = TrendAnalysis.fit(decimals("10", "20", "40"));
    // THEN
    then(trend.hires()).isEqualTo(3);
    then(trend.slope()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("15"));
    then(trend.intercept())
        .hasValueSatisfying(
            v -> then(v).isEqualByComparingTo("-6.666666666666666666666666666666667"));
    then(trend.rSquared().getAsDouble()).isCloseTo(27.0 / 28.0, within(1e-15));
    then(trend.pValue().getAsDouble())
        .isCloseTo(1 - 2 * Math.atan(Math.sqrt(27)) / Math.PI, within(1e-12));
    then(trend.reason()).isEmpty();
    // fitted at x = 3: -20/3 + 45 = 115/3
    then(trend.fittedAt(3))
        .hasValueSatisfying(
            v ->
                then(v)
                    .isCloseTo(new BigDecimal("38.3333333333"), within(new BigDecimal("1e-10"))));
  }

  @Test
  void fits_tied_totals_as_worked_by_hand() {
    // GIVEN y = 10, 10, 20, 20 at x = 1..4
    // x̄ = 2.5, Sxx = 5, Sxy = -15 - 5 + 10 + 30 = 20 -> slope 4, intercept 15 - 10 = 5;
    // Syy = 100 -> r² = 400 / 500 = 0.8; t² = 2 × 0.8 / 0.2 = 8; with 2 degrees of freedom
    // P(|T| > t) = 1 - t / √(t² + 2) = 1 - √0.8 ≈ 0.1056
    // WHEN
    TrendAnalysis trend = TrendAnalysis.fit(decimals("10", "10", "20", "20"));
    // THEN
    then(trend.slope()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("4"));
    then(trend.intercept()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("5"));
    then(trend.rSquared().getAsDouble()).isCloseTo(0.8, within(1e-15));
    then(trend.pValue().getAsDouble()).isCloseTo(1 - Math.sqrt(0.8), within(1e-12));
  }

  @Test
  void a_perfect_line_has_r_squared_one_and_p_value_zero() {
    // GIVEN every hire costs 100 more than the one before
    // WHEN
    TrendAnalysis trend = TrendAnalysis.ofTotals(decimals("100", "200", "300", "400", "500"));
    // THEN
    then(trend.slope()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("100"));
    then(trend.intercept()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("0"));
    then(trend.rSquared().getAsDouble()).isEqualTo(1.0);
    then(trend.pValue().getAsDouble()).isEqualTo(0.0);
  }

  @Test
  void constant_totals_have_a_flat_line_but_no_r_squared_or_p_value() {
    // GIVEN every hire cost 5
    // WHEN
    TrendAnalysis trend = TrendAnalysis.ofTotals(decimals("5", "5", "5", "5", "5"));
    // THEN
    then(trend.slope()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("0"));
    then(trend.intercept()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("5"));
    then(trend.rSquared()).isEmpty();
    then(trend.pValue()).isEmpty();
    then(trend.theilSen().orElseThrow().slope()).isEqualByComparingTo("0");
    then(trend.kendallTau()).isEmpty();
    then(trend.kendallPValue()).isEmpty();
    then(trend.reason())
        .contains("every hire cost the same, so r², tau and the p-values are undefined");
  }

  @ParameterizedTest(name = "{0} hires")
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void needs_five_hires(int hires) {
    // GIVEN fewer than five hires
    String[] totals = new String[hires];
    java.util.Arrays.fill(totals, "100");
    // WHEN
    TrendAnalysis trend = TrendAnalysis.of(reportOfTotals(totals));
    // THEN
    then(trend.hires()).isEqualTo(hires);
    then(trend.slope()).isEmpty();
    then(trend.intercept()).isEmpty();
    then(trend.rSquared()).isEmpty();
    then(trend.pValue()).isEmpty();
    then(trend.theilSen()).isEmpty();
    then(trend.kendallTau()).isEmpty();
    then(trend.kendallPValue()).isEmpty();
    then(trend.reason()).contains("too few hires (" + hires + ") for a trend: 5 needed");
  }

  @Test
  void orders_hires_by_start_date_then_id() {
    // GIVEN hires listed out of order: b and a start on the same day
    var report =
        report(
            hire("e", "2026-04-06").hireCost(Category.OTHER, "50").build(),
            hire("c", "2026-03-02").hireCost(Category.OTHER, "30").build(),
            hire("b", "2026-01-05").hireCost(Category.OTHER, "20").build(),
            hire("d", "2026-03-02").hireCost(Category.OTHER, "40").build(),
            hire("a", "2026-01-05").hireCost(Category.OTHER, "10").build());
    // WHEN
    TrendAnalysis trend = TrendAnalysis.of(report);
    // THEN a, b, c, d, e = 10, 20, 30, 40, 50: both slopes 10, tau 1
    then(trend.slope()).hasValueSatisfying(v -> then(v).isEqualByComparingTo(BigDecimal.TEN));
    then(trend.theilSen().orElseThrow().slope()).isEqualByComparingTo(BigDecimal.TEN);
    then(trend.kendallTau().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void headlines_the_theil_sen_slope_which_one_erratic_hire_does_not_drown() {
    // GIVEN costs falling by 100 a hire but for one erratic hire of 5000 at x = 2
    // WHEN
    TrendAnalysis trend =
        TrendAnalysis.ofTotals(decimals("900", "5000", "700", "600", "500", "400", "300"));
    // THEN least squares says costs fall by 400 a hire (Sxy = -11200, Sxx = 28); of the 21
    // pairwise slopes the 15 without x = 2 are -100, the 5 of (2, j) far below and (1, 2) = 4100
    // far above: the median, the 11th, is -100
    then(trend.slope().orElseThrow()).isEqualByComparingTo("-400");
    then(trend.theilSen().orElseThrow().slope()).isEqualByComparingTo("-100");
    // pair (1, 2) is concordant, the other 20 discordant: S = -19, tau = -19/21; the exact p
    // (scipy.stats.kendalltau(method="exact")) is 0.0027778 = 2 × 7 / 5040
    then(trend.kendallTau().getAsDouble()).isCloseTo(-19.0 / 21.0, within(1e-15));
    then(trend.kendallPValue().getAsDouble()).isCloseTo(14.0 / 5040, within(1e-15));
  }
}
