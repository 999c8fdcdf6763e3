package dev.onboardingcost.core.model;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link StableOrder} against the library's stable sort of boxed indices, over seeded draws; a
 * failure names its seed and the values drawn from it.
 */
class StableOrderTest {
  static LongStream fiveHundredSeeds() {
    return LongStream.range(0, 500);
  }

  static LongStream oneHundredSeeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fiveHundredSeeds")
  void orders_as_a_stable_sort_of_the_indices_does(long seed) {
    // GIVEN up to 300 keys from 0 to 9: few distinct keys, so most indices tie and the order of
    //       ties shows
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    List<Integer> keys = random.ints(random.nextInt(0, 301), 0, 10).boxed().toList();
    List<Integer> expected =
        IntStream.range(0, keys.size()).boxed().sorted(Comparator.comparing(keys::get)).toList();
    // WHEN
    int[] order = StableOrder.of(keys.size(), (a, b) -> Integer.compare(keys.get(a), keys.get(b)));
    // THEN
    then(order)
        .as("seed %d: keys %s", seed, keys)
        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("oneHundredSeeds")
  void a_reversing_comparison_reverses_distinct_keys(long seed) {
    // GIVEN up to 200 indices
    int size = RandomSource.XO_RO_SHI_RO_128_PP.create(seed).nextInt(0, 201);
    // WHEN
    int[] order = StableOrder.of(size, (a, b) -> Integer.compare(b, a));
    // THEN
    then(order)
        .as("seed %d: size %d", seed, size)
        .containsExactly(IntStream.range(0, size).map(i -> size - 1 - i).toArray());
  }
}
