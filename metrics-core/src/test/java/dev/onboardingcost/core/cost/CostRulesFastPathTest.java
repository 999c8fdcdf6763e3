package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.cost.Fixtures.H1;
import static dev.onboardingcost.core.cost.Fixtures.dec;
import static dev.onboardingcost.core.cost.Fixtures.log;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.Timing;
import dev.onboardingcost.core.time.OnboardingWindow;
import dev.onboardingcost.core.time.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free ways of {@link CostRules} (window check on numbers, clipping without an
 * optional, help minutes in a long) against the plain ones they stand for.
 */
class CostRulesFastPathTest {
  private static final Instant FROM = Instant.parse("2026-01-05T14:00:00.000000500Z");
  private static final Instant TO = Instant.parse("2026-02-02T22:00:00Z");
  private static final OnboardingWindow WINDOW = new OnboardingWindow(FROM, TO);

  /** Instants at, just around and far from both window bounds (by a second and a nanosecond). */
  private static List<Instant> instants() {
    List<Instant> instants = new ArrayList<>();
    for (Instant bound : List.of(FROM, TO)) {
      for (long nanos : new long[] {-1_000_000_000L, -501, -1, 0, 1, 1_000_000_000L}) {
        instants.add(bound.plusNanos(nanos));
      }
    }
    instants.add(FROM.minusSeconds(86_400 * 40));
    instants.add(Instant.parse("2026-01-20T12:00:00Z"));
    instants.add(TO.plusSeconds(86_400 * 40));
    return instants;
  }

  /** Every timing the instants above make: intervals, placed minutes, single instants. */
  private static List<Timing> timings() {
    List<Timing> timings = new ArrayList<>();
    timings.add(Timing.NONE);
    timings.add(Timing.minutes(dec("5")));
    for (Instant a : instants()) {
      timings.add(Timing.at(a));
      timings.add(Timing.minutesAt(dec("5"), a));
      timings.add(new Timing(Optional.empty(), Optional.of(a), Optional.empty()));
      for (Instant b : instants()) {
        if (!b.isBefore(a)) {
          timings.add(Timing.between(a, b));
          timings.add(new Timing(Optional.of(a), Optional.of(b), Optional.of(dec("5"))));
        }
      }
    }
    return timings;
  }

  /** The window rule written out with spans and optionals, as the engine first had it. */
  private static boolean referenceInWindow(Timing timing) {
    if (timing.isInterval()) {
      return WINDOW.clip(new Span(timing.start().get(), timing.end().get())).isPresent();
    }
    Optional<Instant> placement = timing.placement();
    return placement.isEmpty() || WINDOW.contains(placement.get());
  }

  @Test
  void the_window_check_on_numbers_agrees_with_the_one_on_spans() {
    int inside = 0;
    for (Timing timing : timings()) {
      boolean expected = referenceInWindow(timing);
      then(CostRules.inWindow(timing, WINDOW)).as("%s", timing).isEqualTo(expected);
      inside += expected ? 1 : 0;
    }
    then(inside).isPositive().isLessThan(timings().size()); // both answers were met
  }

  /**
   * The clip rule written out here, not taken from {@link OnboardingWindow#clip} (which {@link
   * CostRules#clip} calls): an instant-long interval stays if inside the window; else the overlap,
   * if not empty.
   */
  private static Optional<Span> referenceClip(Instant from, Instant to) {
    if (from.equals(to)) {
      boolean inside = !from.isBefore(FROM) && from.isBefore(TO);
      return inside ? Optional.of(new Span(from, to)) : Optional.empty();
    }
    Instant start = from.isBefore(FROM) ? FROM : from;
    Instant end = to.isAfter(TO) ? TO : to;
    return start.isBefore(end) ? Optional.of(new Span(start, end)) : Optional.empty();
  }

  @Test
  void clipping_agrees_with_the_window_and_refuses_what_lies_outside() {
    int clipped = 0;
    for (Timing timing : timings()) {
      if (!timing.isInterval()) {
        continue;
      }
      Optional<Span> expected = referenceClip(timing.start().get(), timing.end().get());
      if (expected.isPresent()) {
        then(CostRules.clip(WINDOW, timing)).as("%s", timing).isEqualTo(expected.get());
        clipped++;
      } else {
        assertThatThrownBy(() -> CostRules.clip(WINDOW, timing))
            .as("%s", timing)
            .isInstanceOf(NoSuchElementException.class);
      }
    }
    then(clipped).isPositive();
  }

  @Test
  void help_minutes_in_a_long_are_the_exact_minutes_or_not_given() {
    List<String> numbers =
        List.of("0", "1", "3", "15", "2.5", "1.0", "999999", "1000000", "999999999999", "1E+2");
    int exact = 0;
    int notExact = 0;
    for (String contextSwitch : List.of("0", "23", "7.5", "999999999999", "1000000000000")) {
      CostRules rules =
          new CostRules(
              Fixtures.settings(
                  Assumptions.DEFAULTS.withContextSwitchMinutes(dec(contextSwitch)),
                  Precedence.LOGS),
              Fixtures.people());
      for (String count : numbers) {
        for (Timing timing : helpTimings(numbers)) {
          Help help = new Help(H1, Optional.empty(), Category.KNOWLEDGE, dec(count), timing, log());
          BigDecimal minutes = rules.helpMinutes(WINDOW, help);
          long micros = rules.helpMicros(help);
          if (micros == CostRules.NOT_EXACT) {
            notExact++;
          } else {
            // what a running sum keeps in micro-minutes: a whole number of at most 12 digits
            then(minutes.scale()).as("%s x %s + %s", count, timing, contextSwitch).isZero();
            then(minutes.precision()).isLessThanOrEqualTo(12);
            then(BigDecimal.valueOf(micros, 6)).isEqualByComparingTo(minutes);
            exact++;
          }
        }
      }
    }
    then(exact).isPositive();
    then(notExact).isPositive();
  }

  /** Help timings: each number as minutes, no time at all (help_minutes), and an interval. */
  private static List<Timing> helpTimings(List<String> numbers) {
    List<Timing> timings = new ArrayList<>();
    numbers.forEach(minutes -> timings.add(Timing.minutesAt(dec(minutes), FROM.plusSeconds(60))));
    timings.add(Timing.NONE);
    timings.add(Timing.at(FROM.plusSeconds(60)));
    timings.add(Timing.between(FROM.plusSeconds(60), FROM.plusSeconds(3660)));
    return timings;
  }
}
