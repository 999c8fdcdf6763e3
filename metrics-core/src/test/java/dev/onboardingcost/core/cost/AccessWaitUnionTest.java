package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.cost.Fixtures.CALENDAR;
import static dev.onboardingcost.core.cost.Fixtures.MONDAY;
import static dev.onboardingcost.core.cost.Fixtures.dec;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.time.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sweep of {@link AccessWaitUnion} against the plain every-wait-every-segment reference, over
 * 500 seeded draws; a failure names its seed and the values drawn from it.
 */
class AccessWaitUnionTest {
  private static final Instant MONDAY_NINE = CALENDAR.startOf(MONDAY);

  /**
   * Fractions that differ, and equal fractions written to different scales (0.5 and 0.50): the
   * largest of equal ones is the first in system order, and its scale shows in the minutes.
   */
  private static final Assumptions FRACTIONS =
      new Assumptions(
          dec("23"),
          BigDecimal.ONE,
          Map.of("vpn", dec("0.5"), "wiki", dec("0.50"), "slack", dec("0.25"), "aws", dec("1.000")),
          dec("15"),
          dec("0"),
          "ops");

  private final AccessWaitUnion sweep = new AccessWaitUnion(CALENDAR::workingMinutes, FRACTIONS);
  private final QuadraticAccessWaitUnion reference =
      new QuadraticAccessWaitUnion(CALENDAR::workingMinutes, FRACTIONS);

  private static final List<String> SYSTEMS =
      List.of("github", "aws", "vpn", "wiki", "slack", "jira");

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** Up to 40 waits over two working weeks, to the second, often sharing starts and ends. */
  private static List<AccessWaitUnion.Wait> waits(UniformRandomProvider random) {
    return IntStream.range(0, random.nextInt(0, 41)).mapToObj(i -> wait(random)).toList();
  }

  /**
   * Starts are any second or on a half-hour grid, evenly; lengths are none, any second up to 3
   * days, or up to 48 half hours, evenly. The grid makes waits share starts and ends.
   */
  private static AccessWaitUnion.Wait wait(UniformRandomProvider random) {
    String system = SYSTEMS.get(random.nextInt(SYSTEMS.size()));
    long start =
        random.nextBoolean()
            ? random.nextLong(0, 14L * 86_400 + 1)
            : random.nextLong(0, 14L * 48 + 1) * 1_800;
    long seconds =
        switch (random.nextInt(3)) {
          case 0 -> 0;
          case 1 -> random.nextLong(1, 3L * 86_400 + 1);
          default -> random.nextLong(1, 48 + 1) * 1_800;
        };
    return new AccessWaitUnion.Wait(
        system, new Span(MONDAY_NINE.plusSeconds(start), MONDAY_NINE.plusSeconds(start + seconds)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void the_sweep_gives_each_wait_the_reference_minutes_to_the_scale(long seed) {
    // GIVEN up to 40 waits by six systems
    List<AccessWaitUnion.Wait> waits = waits(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    // WHEN / THEN
    then(exactly(sweep.lostMinutes(waits)))
        .as("seed %d: %s", seed, waits)
        .isEqualTo(exactly(reference.lostMinutes(waits)));
  }

  @Test
  void three_systems_over_one_hour_share_it_equally_the_last_taking_the_remainder() {
    Span hour = new Span(MONDAY_NINE, MONDAY_NINE.plusSeconds(3_600));
    List<AccessWaitUnion.Wait> waits =
        List.of(
            new AccessWaitUnion.Wait("github", hour),
            new AccessWaitUnion.Wait("aws", hour),
            new AccessWaitUnion.Wait("jira", hour));

    BigDecimal[] lost = sweep.lostMinutes(waits);

    // 60 × 1.000 (aws's fraction, the largest) in thirds: aws, github, jira in name order
    then(lost[1]).isEqualByComparingTo("20");
    then(lost[0]).isEqualByComparingTo("20");
    then(lost[2]).isEqualByComparingTo("20");
    then(Arrays.stream(lost).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("60");
  }

  @Test
  void a_wait_of_no_length_loses_nothing_and_takes_nothing_from_the_wait_it_cuts() {
    Span hour = new Span(MONDAY_NINE, MONDAY_NINE.plusSeconds(3_600));
    Instant half = MONDAY_NINE.plusSeconds(1_800);
    List<AccessWaitUnion.Wait> waits =
        List.of(
            new AccessWaitUnion.Wait("github", hour),
            new AccessWaitUnion.Wait("github", new Span(half, half)));

    BigDecimal[] lost = sweep.lostMinutes(waits);

    then(lost[0]).isEqualByComparingTo("60");
    then(lost[1]).isEqualTo(BigDecimal.ZERO);
  }

  /**
   * Up to 30 instants, each nine times in ten near one another (sorted as numbers), else anywhere
   * across millennia (sorted as objects); to the nanosecond, often equal.
   */
  private static List<Instant> instants(UniformRandomProvider random) {
    return IntStream.range(0, random.nextInt(0, 31)).mapToObj(i -> instant(random)).toList();
  }

  private static Instant instant(UniformRandomProvider random) {
    if (random.nextInt(10) < 9) {
      return MONDAY_NINE
          .plusSeconds(random.nextLong(0, 40 + 1))
          .plusNanos(random.nextInt(0, 3 + 1) * 333_333_333L);
    }
    return Instant.ofEpochSecond(
        random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond() + 1));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cuts_are_sorted_each_once_as_a_sorted_set_orders_them(long seed) {
    // GIVEN up to 30 instants, near or far apart, often equal
    List<Instant> instants = instants(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    // WHEN / THEN
    then(AccessWaitUnion.sortedDistinct(instants.toArray(Instant[]::new)))
        .as("seed %d: %s", seed, instants)
        .containsExactlyElementsOf(new TreeSet<>(instants));
  }

  @Test
  void cuts_as_far_apart_as_nanoseconds_in_a_long_allow_are_sorted_as_numbers_and_exactly() {
    Instant earliest = Instant.ofEpochSecond(-1_000, 999_999_999);
    Instant latest =
        Instant.ofEpochSecond(-1_000 + AccessWaitUnion.MAX_NUMBERED_SECONDS, 999_999_999);
    Instant[] cuts = {latest, earliest, latest.minusNanos(1), earliest.plusNanos(1), latest};

    then(AccessWaitUnion.sortedDistinct(cuts))
        .containsExactly(earliest, earliest.plusNanos(1), latest.minusNanos(1), latest);
  }

  /** Each value as its plain digits, so that 20.0 and 20.00 differ. */
  private static List<String> exactly(BigDecimal[] minutes) {
    return Arrays.stream(minutes).map(BigDecimal::toPlainString).toList();
  }
}
