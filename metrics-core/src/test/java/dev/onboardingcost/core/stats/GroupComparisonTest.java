package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.decimals;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;
import static org.assertj.core.api.BDDAssertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupComparisonTest {

  @Test
  void three_against_three_tied_costs_get_no_test() {
    // GIVEN 3 hires a side, with ties: no split of 6 hires is rarer than 2 in 20
    List<BigDecimal> earlier = decimals("100", "100", "200");
    List<BigDecimal> later = decimals("100", "200", "200");
    // WHEN
    GroupComparison comparison = GroupComparison.of(earlier, later);
    // THEN
    then(comparison.pValue()).isEmpty();
    then(comparison.ratio()).isEmpty();
    then(comparison.ratioInterval()).isEmpty();
    then(comparison.reason()).contains("too few hires");
    then(comparison.earlier().hires()).isEqualTo(3);
  }

  @Test
  void four_against_four_with_ties_counts_all_70_splits() {
    // GIVEN earlier 0, 0, 0, 100 and later 100, 100, 100, 100: the pool holds five 100s and three
    // 0s. A later side of four takes k of the 100s, k = 1..4, in C(5,k) × C(3,4-k) ways: 5, 30,
    // 30, 5 (70 splits). Its sum's distance from the centre (4 × 500 / 8 = 250) is |100k - 250|;
    // the observed k = 4 is 150 away, and so is k = 1: 5 + 5 = 10 splits of 70
    List<BigDecimal> earlier = decimals("0", "0", "0", "100");
    List<BigDecimal> later = decimals("100", "100", "100", "100");
    // WHEN
    GroupComparison comparison = GroupComparison.of(earlier, later);
    // THEN
    then(comparison.pValue().getAsDouble()).isCloseTo(10.0 / 70.0, within(1e-15));
    then(comparison.ratio()).hasValueSatisfying(r -> then(r).isEqualByComparingTo("4"));
  }

  @Test
  void four_against_four_fully_apart_is_the_rarest_2_of_70() {
    // GIVEN every later hire above every earlier one: only this split and its mirror are as
    // extreme
    // WHEN
    GroupComparison comparison =
        GroupComparison.of(
            decimals("100", "200", "300", "400"), decimals("500", "600", "700", "800"));
    // THEN
    then(comparison.pValue().getAsDouble()).isCloseTo(2.0 / 70.0, within(1e-15));
    // 650 / 250 = 2.6, and every resample of the later side's mean is above every earlier one's
    then(comparison.ratio()).hasValueSatisfying(r -> then(r).isEqualByComparingTo("2.6"));
    then(comparison.ratioInterval().orElseThrow().lower()).isGreaterThan(BigDecimal.ONE);
    then(comparison.rose()).isTrue();
    then(comparison.fell()).isFalse();
  }

  @Test
  void past_100000_splits_draws_them_and_never_gives_zero() {
    // GIVEN 10 against 10 (C(20, 10) = 184,756 splits), every later hire below every earlier one
    List<BigDecimal> earlier = new ArrayList<>();
    List<BigDecimal> later = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      earlier.add(BigDecimal.valueOf(1000 + i));
      later.add(BigDecimal.valueOf(10 + i));
    }
    // WHEN
    GroupComparison first = GroupComparison.of(earlier, later);
    GroupComparison second = GroupComparison.of(earlier, later);
    // THEN (b + 1) / (100,000 + 1), b the drawn splits as extreme (expected about 1.1), and the
    // same seed gives the same p-value
    double p = first.pValue().getAsDouble();
    then(p).isBetween(1.0 / 100_001, 8.0 / 100_001);
    then(p * 100_001).isCloseTo(Math.rint(p * 100_001), within(1e-6));
    then(second.pValue().getAsDouble()).isEqualTo(p);
    then(first.fell()).isTrue();
  }

  @Test
  void counts_splits_exactly_up_to_100000() {
    // GIVEN / WHEN / THEN
    then(PermutationTest.splits(8, 4)).isEqualTo(70);
    then(PermutationTest.splits(17, 8)).isEqualTo(24_310);
    then(PermutationTest.splits(20, 10)).isEqualTo(100_001);
  }

  @Test
  void an_earlier_side_that_cost_nothing_has_no_ratio_but_a_test() {
    // GIVEN
    GroupComparison comparison =
        GroupComparison.of(decimals("0", "0", "0", "0"), decimals("10", "20", "30", "40"));
    // THEN
    then(comparison.ratio()).isEmpty();
    // only this split and its mirror (the later side all zeros) are 50 from the centre of 50
    then(comparison.pValue().getAsDouble()).isCloseTo(2.0 / 70.0, within(1e-15));
    then(comparison.reason()).contains("the earlier hires cost nothing, so there is no ratio");
  }

  @Test
  void a_larger_reduction_needs_no_more_hires_and_none_needs_more_than_the_maximum() {
    // GIVEN uneven costs like real hires
    List<BigDecimal> costs =
        decimals("120", "900", "40", "300", "2500", "75", "610", "0", "1300", "220");
    // WHEN
    HiresNeeded large = HiresNeeded.toDetect(costs, new BigDecimal("0.9"), 7);
    HiresNeeded small = HiresNeeded.toDetect(costs, new BigDecimal("0.3"), 7);
    HiresNeeded none = HiresNeeded.toDetect(costs, BigDecimal.ZERO, 7);
    // THEN
    then(large.moreThanMax()).isFalse();
    then(small.perSide()).isGreaterThan(large.perSide());
    then(none.moreThanMax()).isTrue();
    then(none).hasToString("more than 500");
    then(HiresNeeded.toDetect(costs, new BigDecimal("0.3"), 7)).isEqualTo(small);
  }

  @Test
  void the_power_at_the_answer_reaches_80_percent_and_one_hire_fewer_does_not() {
    // GIVEN
    List<BigDecimal> costs = decimals("120", "900", "40", "300", "2500", "75", "610", "0");
    long[] units = ScaledSample.of(costs).units();
    long[] halved = HiresNeeded.reduced(units, new BigDecimal("0.5"));
    // WHEN
    HiresNeeded needed = HiresNeeded.toDetect(costs, new BigDecimal("0.5"), 7);
    // THEN
    then(HiresNeeded.powerful(units, halved, needed.perSide(), 7)).isTrue();
    then(HiresNeeded.powerful(units, halved, needed.perSide() - 1, 7)).isFalse();
  }

  @Test
  void measures_compared_together_get_what_each_gets_alone() {
    // GIVEN three measures of 12 against 11 hires (C(23, 11) = 1,352,078 splits: drawn), one of
    // them costing nothing before, and the same measures of 4 against 4 (70 splits: counted)
    List<List<BigDecimal>> earlier = new ArrayList<>();
    List<List<BigDecimal>> later = new ArrayList<>();
    for (int m = 0; m < 3; m++) {
      List<BigDecimal> before = new ArrayList<>();
      List<BigDecimal> after = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        before.add(BigDecimal.valueOf(m == 2 ? 0 : (i * 37 + m * 101) % 900, 2));
        if (i < 11) {
          after.add(BigDecimal.valueOf((i * 53 + m * 13) % 700, 2));
        }
      }
      earlier.add(before);
      later.add(after);
    }
    List<List<BigDecimal>> fewEarlier = earlier.stream().map(e -> e.subList(0, 4)).toList();
    List<List<BigDecimal>> fewLater = later.stream().map(l -> l.subList(0, 4)).toList();
    // WHEN
    List<GroupComparison> together =
        GroupComparison.ofMeasures(earlier, later, Optional.of(new BigDecimal("0.3")));
    List<GroupComparison> fewTogether =
        GroupComparison.ofMeasures(fewEarlier, fewLater, Optional.empty());
    // THEN
    then(together.get(0))
        .isEqualTo(
            GroupComparison.withHiresNeeded(earlier.get(0), later.get(0), new BigDecimal("0.3")));
    for (int m = 1; m < 3; m++) {
      then(together.get(m)).isEqualTo(GroupComparison.of(earlier.get(m), later.get(m)));
      then(fewTogether.get(m)).isEqualTo(GroupComparison.of(fewEarlier.get(m), fewLater.get(m)));
    }
    then(together.get(2).reason()).contains("the earlier hires cost nothing, so there is no ratio");
    then(together.get(1).pValue()).isPresent();
    thenThrownBy(
            () ->
                GroupComparison.ofMeasures(
                    List.of(earlier.get(0), earlier.get(1).subList(0, 3)),
                    List.of(later.get(0), later.get(1)),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("as many values");
    thenThrownBy(() -> GroupComparison.ofMeasures(List.of(), List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
