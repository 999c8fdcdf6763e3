package dev.onboardingcost.core.stats;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RandomIndicesTest {
  @ParameterizedTest(name = "bound {0}, sums of 1, 2, 3 and {1} draws, {2} rounds")
  @CsvSource({
    "3, 5, 2000",
    "12, 7, 2000",
    "20000, 20000, 40", // the bootstrap's shape; 2^32 mod 20000 = 7296 values are rejected
    "100000, 19999, 100", // 67,296 rejected values: about 30 rejections in these 2 M draws
  })
  void draws_the_indices_that_next_int_draws(int bound, int count, int rounds) {
    // GIVEN values equal to their index, so a sum of one draw is the index drawn
    long[] identity = new long[bound];
    for (int i = 0; i < bound; i++) {
      identity[i] = i;
    }
    UniformRandomProvider commons = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
    RandomIndices indices = RandomIndices.seeded(7L);
    int[] sizes = {1, 2, 3, count};
    // WHEN / THEN sums of odd and even sizes in turn (odd ones leave a spare half) agree
    for (int round = 0; round < rounds; round++) {
      int size = sizes[round % sizes.length];
      long expected = 0;
      for (int i = 0; i < size; i++) {
        expected += commons.nextInt(bound);
      }
      then(indices.sumOfDraws(identity, size)).as("round %d", round).isEqualTo(expected);
    }
  }

  @Test
  void starts_each_stream_a_jump_after_the_previous_one() {
    // GIVEN the seeded generator and three streams from the same seed
    long[] identity = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    RandomIndices[] streams = RandomIndices.streams(7L, 3);
    UniformRandomProvider commons = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
    // WHEN / THEN the first stream is the seeded generator itself
    for (int i = 0; i < 100; i++) {
      then(streams[0].sumOfDraws(identity, 1)).isEqualTo(commons.nextInt(10));
    }
    // and the others differ from it
    then(RandomIndices.streams(7L, 3)[1].sumOfDraws(identity, 50))
        .isNotEqualTo(RandomIndices.seeded(7L).sumOfDraws(identity, 50));
  }

  @Test
  void refuses_to_draw_from_nothing() {
    // GIVEN no values
    RandomIndices indices = RandomIndices.seeded(1L);
    // WHEN / THEN drawing none is fine, drawing one is not
    then(indices.sumOfDraws(new long[0], 0)).isZero();
    thenThrownBy(() -> indices.sumOfDraws(new long[0], 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty sample");
  }
}
