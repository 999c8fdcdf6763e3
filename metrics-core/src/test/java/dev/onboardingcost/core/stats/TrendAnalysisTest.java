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
    TrendAnalysis trend = TrendAnalysis.of(reportOfTotals("10", "20", "40"));
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
    TrendAnalysis trend = TrendAnalysis.ofTotals(decimals("10", "10", "20", "20"));
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
    TrendAnalysis trend = TrendAnalysis.ofTotals(decimals("100", "200", "300", "400"));
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
    TrendAnalysis trend = TrendAnalysis.ofTotals(decimals("5", "5", "5", "5"));
    // THEN
    then(trend.slope()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("0"));
    then(trend.intercept()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("5"));
    then(trend.rSquared()).isEmpty();
    then(trend.pValue()).isEmpty();
    then(trend.reason()).contains("every hire cost the same, so r² and the p-value are undefined");
  }

  @ParameterizedTest(name = "{0} hires")
  @ValueSource(ints = {0, 1, 2})
  void needs_three_hires(int hires) {
    // GIVEN fewer than three hires
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
    then(trend.reason().orElseThrow()).startsWith("a trend needs at least 3 hires");
  }

  @Test
  void orders_hires_by_start_date_then_id() {
    // GIVEN hires listed out of order: b and a start on the same day
    var report =
        report(
            hire("c", "2026-03-02").hireCost(Category.OTHER, "30").build(),
            hire("b", "2026-01-05").hireCost(Category.OTHER, "20").build(),
            hire("a", "2026-01-05").hireCost(Category.OTHER, "10").build());
    // WHEN
    TrendAnalysis trend = TrendAnalysis.of(report);
    // THEN a, b, c = 10, 20, 30: slope 10
    then(trend.slope()).hasValueSatisfying(v -> then(v).isEqualByComparingTo(BigDecimal.TEN));
  }
}
