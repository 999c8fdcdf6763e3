package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.decimals;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

import org.junit.jupiter.api.Test;

class MannWhitneyTest {
  @Test
  void matches_the_hollander_and_wolfe_worked_example() {
    // GIVEN the permeability constants of the human chorioamnion of Hollander & Wolfe (1973),
    // "Nonparametric Statistical Methods", p. 69f, the worked example of R's ?wilcox.test:
    // at term (x) and at 12 to 26 weeks (y). R gives W = 35, one-sided p = 0.1272
    // (wilcox.test(x, y, alternative = "greater")); by enumeration of all C(15, 5) = 3003
    // splits, 382 have U >= 35, so the exact two-sided p-value is 764 / 3003 = 0.254412...
    var x =
        decimals("0.80", "0.83", "1.89", "1.04", "1.45", "1.38", "1.91", "1.64", "0.73", "1.46");
    var y = decimals("1.15", "0.88", "0.90", "0.74", "1.21");
    // WHEN
    MannWhitney test = MannWhitney.test(x, y);
    // THEN
    then(test.u().getAsDouble()).isEqualTo(35.0);
    then(test.pValue().getAsDouble()).isCloseTo(764.0 / 3003.0, within(1e-12));
    then(test.reason()).isEmpty();
  }

  @Test
  void needs_two_hires_on_each_side() {
    // GIVEN one hire on one side
    // WHEN
    MannWhitney test = MannWhitney.test(decimals("1", "2", "3"), decimals("4"));
    // THEN
    then(test.pValue()).isEmpty();
    then(test.u()).isEmpty();
    then(test.reason())
        .contains("the Mann-Whitney test needs at least 2 hires on each side, there are 3 and 1");
  }

  @Test
  void gives_no_p_value_when_every_cost_is_the_same() {
    // GIVEN identical costs on both sides
    // WHEN
    MannWhitney test = MannWhitney.test(decimals("5", "5"), decimals("5", "5", "5"));
    // THEN the library's p-value is NaN (all ranks tied); we report a reason instead
    then(test.pValue()).isEmpty();
    then(test.reason())
        .contains("every hire on both sides cost the same, so the test is undefined");
  }
}
