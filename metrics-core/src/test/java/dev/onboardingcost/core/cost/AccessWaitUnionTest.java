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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** The sweep of {@link AccessWaitUnion} against the plain every-wait-every-segment reference. */
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

  @Provide
  Arbitrary<List<AccessWaitUnion.Wait>> waits() {
    // over two working weeks, to the second, often sharing starts and ends (coarse grid)
    Arbitrary<Long> from =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 14L * 86_400),
            Arbitraries.longs().between(0, 14L * 48).map(half -> half * 1_800));
    Arbitrary<Long> length =
        Arbitraries.oneOf(
            Arbitraries.just(0L),
            Arbitraries.longs().between(1, 3L * 86_400),
            Arbitraries.longs().between(1, 48).map(half -> half * 1_800));
    Arbitrary<String> system = Arbitraries.of("github", "aws", "vpn", "wiki", "slack", "jira");
    return Combinators.combine(system, from, length)
        .as(
            (name, start, seconds) ->
                new AccessWaitUnion.Wait(
                    name,
                    new Span(
                        MONDAY_NINE.plusSeconds(start), MONDAY_NINE.plusSeconds(start + seconds))))
        .list()
        .ofMaxSize(40);
  }

  @Property(tries = 500)
  void the_sweep_gives_each_wait_the_reference_minutes_to_the_scale(
      @ForAll("waits") List<AccessWaitUnion.Wait> waits) {
    then(exactly(sweep.lostMinutes(waits))).isEqualTo(exactly(reference.lostMinutes(waits)));
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

  @Provide
  Arbitrary<List<Instant>> instants() {
    // near one another (sorted as numbers), or across millennia (sorted as objects); to the
    // nanosecond, often equal
    Arbitrary<Instant> near =
        Combinators.combine(
                Arbitraries.longs().between(0, 40),
                Arbitraries.integers().between(0, 3).map(n -> n * 333_333_333))
            .as((second, nano) -> MONDAY_NINE.plusSeconds(second).plusNanos(nano));
    Arbitrary<Instant> far =
        Arbitraries.longs()
            .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
            .map(Instant::ofEpochSecond);
    return Arbitraries.frequencyOf(Tuple.of(9, near), Tuple.of(1, far)).list().ofMaxSize(30);
  }

  @Property(tries = 500)
  void cuts_are_sorted_each_once_as_a_sorted_set_orders_them(
      @ForAll("instants") List<Instant> instants) {
    then(AccessWaitUnion.sortedDistinct(instants.toArray(Instant[]::new)))
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
