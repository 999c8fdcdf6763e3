package dev.onboardingcost.core.model;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** {@link StableOrder} against the library's stable sort of boxed indices. */
class StableOrderTest {
  @Property(tries = 500)
  void orders_as_a_stable_sort_of_the_indices_does(
      @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 9) Integer> keys) {
    // few distinct keys: most indices tie, so the order of ties shows
    List<Integer> expected =
        IntStream.range(0, keys.size()).boxed().sorted(Comparator.comparing(keys::get)).toList();

    int[] order = StableOrder.of(keys.size(), (a, b) -> Integer.compare(keys.get(a), keys.get(b)));

    then(order).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }

  @Property(tries = 100)
  void a_reversing_comparison_reverses_distinct_keys(@ForAll @IntRange(max = 200) int size) {
    int[] order = StableOrder.of(size, (a, b) -> Integer.compare(b, a));

    then(order).containsExactly(IntStream.range(0, size).map(i -> size - 1 - i).toArray());
  }
}
