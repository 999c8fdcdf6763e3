package dev.onboardingcost.core.stats;

import static org.assertj.core.api.BDDAssertions.then;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class DrawLoopWarmUpTest {
  @Test
  void its_draws_meet_rejected_values_so_the_compiled_loop_knows_every_path() {
    // GIVEN the 32-bit values its draws use: both halves of the seed-0 generator's outputs
    UniformRandomProvider generator = RandomSource.XO_RO_SHI_RO_128_PP.create(0L);
    long bound = DrawLoopWarmUp.VALUES;
    long threshold = (1L << 32) % bound;
    long values = (long) DrawLoopWarmUp.SUMS * DrawLoopWarmUp.DRAWS_PER_SUM;
    // WHEN counting those rejected (the few redrawn ones are not needed for the count)
    int rejected = 0;
    for (long i = 0; i < values / 2; i++) {
      long bits = generator.nextLong();
      rejected += ((bits & 0xFFFF_FFFFL) * bound & 0xFFFF_FFFFL) < threshold ? 1 : 0;
      rejected += ((bits >>> 32) * bound & 0xFFFF_FFFFL) < threshold ? 1 : 0;
    }
    // THEN some are: about 31 are expected
    then(rejected).isGreaterThan(5);
  }

  @Test
  void draws_sums_of_its_zero_values() {
    then(DrawLoopWarmUp.draw()).isZero();
  }
}
