package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.decimals;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class KendallTauTest {
  @Test
  void counts_permutations_by_inversions_as_the_mahonian_numbers() {
    // GIVEN n = 4: 1, 3, 5, 6, 5, 3, 1 permutations with 0..6 inversions (24 in all)
    // WHEN
    BigInteger[] counts = KendallTau.inversionCounts(4);
    // THEN
    then(counts).containsExactly(ints(1, 3, 5, 6, 5, 3, 1));
  }

  @Test
  void gives_the_exact_p_value_of_five_untied_values_as_the_textbook() {
    // GIVEN y = 1, 3, 2, 5, 4 at x = 1..5: 8 concordant and 2 discordant pairs, S = 6
    // WHEN
    KendallTau kendall = KendallTau.of(decimals("1", "3", "2", "5", "4"));
    // THEN tau = 6/10; P(S ≥ 6) = permutations with at most 2 inversions = (1 + 4 + 9) / 120,
    // two-sided 28/120 = 0.2333 (R's cor.test and scipy's exact method agree)
    then(kendall.s()).isEqualTo(6);
    then(kendall.tauB().getAsDouble()).isCloseTo(0.6, within(1e-15));
    then(kendall.exact()).isTrue();
    then(kendall.pValue().getAsDouble()).isCloseTo(28.0 / 120, within(1e-15));
  }

  @Test
  void gives_the_exact_p_value_of_ten_untied_values() {
    // GIVEN 10 values with S = 25, tau = 25/45
    // WHEN
    KendallTau kendall =
        KendallTau.of(decimals("5", "3", "8", "1", "9", "12", "7", "15", "11", "14"));
    // THEN scipy.stats.kendalltau(method="exact") gives p = 0.028609457671957
    then(kendall.tauB().getAsDouble()).isCloseTo(25.0 / 45, within(1e-15));
    then(kendall.pValue().getAsDouble()).isCloseTo(0.028609457671957, within(1e-13));
  }

  @Test
  void corrects_tau_and_the_normal_approximation_for_ties() {
    // GIVEN y = 100, 100, 200, 300, 200, 400: ties {100, 100} and {200, 200}, n2 = 2
    // 12 concordant, 2 tied and 1 discordant pair (300, 200): S = 11
    // WHEN
    KendallTau kendall = KendallTau.of(decimals("100", "100", "200", "300", "200", "400"));
    // THEN tau-b = 11 / √(15 × 13); var = (6·5·17 − 2 × 2·1·9) / 18 = 474/18;
    // p = 2 (1 − Φ(11 / √(474/18))) = 0.0320665 (scipy's asymptotic method)
    then(kendall.s()).isEqualTo(11);
    then(kendall.exact()).isFalse();
    then(kendall.varianceOfS()).isCloseTo(474.0 / 18, within(1e-12));
    then(kendall.tauB().getAsDouble()).isCloseTo(11 / Math.sqrt(15 * 13), within(1e-15));
    then(kendall.pValue().getAsDouble()).isCloseTo(0.0320665267910481, within(1e-12));
  }

  @Test
  void uses_the_normal_approximation_above_fifty_values() {
    // GIVEN 51 untied values rising
    String[] rising = new String[51];
    for (int i = 0; i < rising.length; i++) {
      rising[i] = Integer.toString(i);
    }
    // WHEN
    KendallTau kendall = KendallTau.of(decimals(rising));
    // THEN
    then(kendall.exact()).isFalse();
    then(kendall.tauB().getAsDouble()).isEqualTo(1.0);
  }

  private static BigInteger[] ints(int... values) {
    BigInteger[] result = new BigInteger[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = BigInteger.valueOf(values[i]);
    }
    return result;
  }
}
