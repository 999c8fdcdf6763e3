package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.decimals;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class ScaledSampleTest {
  @Test
  void draws_the_same_sums_in_streams_whatever_the_number_of_threads() throws Exception {
    // GIVEN 1,000 varied values
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      values.add(BigDecimal.valueOf(i * 7919L % 1_000, 2).add(BigDecimal.valueOf(i % 13)));
    }
    ScaledSample sample = ScaledSample.of(values);
    // WHEN drawn one stream after another, and on pools of 1 and of 3 threads
    long[] alone = sample.drawSumsInStreams(7L, 1_001, 1_000, false);
    long[] oneThread = onPool(1, () -> sample.drawSumsInStreams(7L, 1_001, 1_000, true));
    long[] threeThreads = onPool(3, () -> sample.drawSumsInStreams(7L, 1_001, 1_000, true));
    // THEN every sum is the same, in the same place
    then(oneThread).isEqualTo(alone);
    then(threeThreads).isEqualTo(alone);
  }

  @Test
  void draws_the_first_stream_from_the_seeded_generator() {
    // GIVEN a few values and fewer draws than streams, so all of them fall in the last stream
    ScaledSample sample = ScaledSample.of(decimals("1", "2.5", "10", "0.0001"));
    // WHEN / THEN 16 × 4 draws: stream 0 makes the first 4 sums, as the seeded generator does
    long[] inStreams = sample.drawSumsInStreams(3L, 4 * ScaledSample.STREAMS, 3, false);
    long[] seeded = sample.drawSums(RandomIndices.seeded(3L), 4, 3);
    then(Arrays.copyOf(inStreams, 4)).isEqualTo(seeded);
  }

  @Test
  void splits_fewer_draws_than_streams_without_losing_any() {
    // GIVEN two values that differ
    ScaledSample sample = ScaledSample.of(decimals("1", "2"));
    // WHEN 3 draws over 16 streams
    long[] sums = sample.drawSumsInStreams(5L, 3, 10, false);
    // THEN each of the three is a sum of 10 draws: between 10 and 20, in units of 10^-4
    then(sums).hasSize(3);
    for (long sum : sums) {
      then(sum).isBetween(10_0000L, 20_0000L);
    }
  }

  private static long[] onPool(int threads, Callable<long[]> work) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(work).get();
    } finally {
      pool.shutdown();
    }
  }
}
