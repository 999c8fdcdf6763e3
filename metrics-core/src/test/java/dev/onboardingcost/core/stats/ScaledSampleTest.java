package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.decimals;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ScaledSampleTest {
  @Test
  void sums_the_values_at_the_indices_drawn_in_units_of_a_ten_thousandth() {
    // GIVEN values that round half-even to 10^-4, and a generator that draws 0, 1, 2, then 3, 3, 1
    ScaledSample sample = ScaledSample.of(decimals("1", "2.5", "0.00015", "0.00005"));
    UniformRandomProvider indices = indicesInTurn(0, 1, 2, 3, 3, 1);
    // WHEN two sums of three draws
    long[] sums = sample.drawSums(indices, 2, 3);
    // THEN 10000 + 25000 + 2 (0.00015 rounds up to 0.0002) and 0 + 0 + 25000 (0.00005 to 0)
    then(sums).containsExactly(35_002L, 25_000L);
  }

  @Test
  void draws_the_first_stream_from_the_seeded_generator() {
    // GIVEN a few values
    ScaledSample sample = ScaledSample.of(decimals("1", "2.5", "10", "0.0001"));
    // WHEN / THEN 16 × 4 draws: stream 0 makes the first 4 sums, as the seeded generator does
    long[] inStreams = sample.drawSumsInStreams(3L, 4 * ScaledSample.STREAMS, 3);
    long[] seeded = sample.drawSums(RandomSource.XO_RO_SHI_RO_128_PP.create(3L), 4, 3);
    then(Arrays.copyOf(inStreams, 4)).isEqualTo(seeded);
  }

  @Test
  void starts_each_stream_one_jump_after_the_previous_one() {
    // GIVEN the seeded generator, jumped once
    JumpableUniformRandomProvider jumped =
        (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
    jumped.jump();
    // WHEN
    UniformRandomProvider second = ScaledSample.streams(7L)[1];
    // THEN the second stream draws what the jumped generator draws
    for (int i = 0; i < 100; i++) {
      then(second.nextLong()).isEqualTo(jumped.nextLong());
    }
  }

  @Test
  void splits_fewer_draws_than_streams_without_losing_any() {
    // GIVEN two values that differ
    ScaledSample sample = ScaledSample.of(decimals("1", "2"));
    // WHEN 3 draws over 16 streams
    long[] sums = sample.drawSumsInStreams(5L, 3, 10);
    // THEN each of the three is a sum of 10 draws: between 10 and 20, in units of 10^-4
    then(sums).hasSize(3);
    for (long sum : sums) {
      then(sum).isBetween(10_0000L, 20_0000L);
    }
  }

  @Test
  void samples_drawn_together_sum_what_each_sums_alone() {
    // GIVEN three samples of the same size, one of them all zeros
    ScaledSample a = ScaledSample.of(decimals("1", "2.5", "10", "0.0001", "7"));
    ScaledSample b = ScaledSample.of(decimals("300", "0", "12.25", "4", "4"));
    ScaledSample zeros = ScaledSample.of(decimals("0", "0", "0", "0", "0"));
    // WHEN
    long[][] together = ScaledSample.drawSumsInStreams(List.of(a, b, zeros), 9L, 40, 5);
    // THEN
    then(together[0]).isEqualTo(a.drawSumsInStreams(9L, 40, 5));
    then(together[1]).isEqualTo(b.drawSumsInStreams(9L, 40, 5));
    then(together[2]).containsOnly(0L);
    thenThrownBy(
            () ->
                ScaledSample.drawSumsInStreams(
                    List.of(a, ScaledSample.of(decimals("1"))), 9L, 40, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the same size");
  }

  /** A generator whose {@code nextInt(bound)} gives {@code indices} in turn, whatever the bound. */
  private static UniformRandomProvider indicesInTurn(int... indices) {
    return new UniformRandomProvider() {
      private int next;

      @Override
      public int nextInt(int bound) {
        return indices[next++];
      }

      @Override
      public long nextLong() {
        throw new UnsupportedOperationException("only nextInt(bound) is drawn");
      }
    };
  }
}
