package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.cost.Fixtures.CALENDAR;
import static dev.onboardingcost.core.cost.Fixtures.H1;
import static dev.onboardingcost.core.cost.Fixtures.MONDAY;
import static dev.onboardingcost.core.cost.Fixtures.dec;
import static dev.onboardingcost.core.cost.Fixtures.log;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provisioning;
import dev.onboardingcost.core.model.Rates;
import dev.onboardingcost.core.model.Timing;
import dev.onboardingcost.core.time.OnboardingWindow;
import dev.onboardingcost.core.time.Span;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;

/** Invariants of the cost engine, over random events around h1's window. */
class CostPropertiesTest {
  private static final OnboardingWindow WINDOW = OnboardingWindow.of(CALENDAR, MONDAY, 20);
  private static final Assumptions FRACTION_ONE =
      new Assumptions(dec("23"), BigDecimal.ONE, Map.of(), dec("15"), dec("0"), "ops");

  /**
   * Costs are exact to 34 significant digits (each line divides by 60 once), so doubling a rate may
   * move the 34th digit; anything above this offset would be a real error.
   */
  private static final Offset<BigDecimal> LAST_DIGITS = Offset.offset(new BigDecimal("1e-20"));

  @Provide
  Arbitrary<List<AccessWait>> waits() {
    // starts from 3 days before the window to 2 days after, lengths up to 3 days, any minute
    Arbitrary<Long> from = Arbitraries.longs().between(-3L * 1440, 27L * 1440);
    Arbitrary<Long> length = Arbitraries.longs().between(0, 3L * 1440);
    Arbitrary<String> system = Arbitraries.of("github", "aws", "vpn", "slack");
    return Combinators.combine(system, from, length)
        .as(
            (s, start, minutes) -> {
              Instant a = WINDOW.start().plus(Duration.ofMinutes(start));
              return new AccessWait(
                  H1, s, Timing.between(a, a.plus(Duration.ofMinutes(minutes))), log());
            })
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  private static HireCost costOf(Assumptions assumptions, List<? extends OnboardingEvent> events) {
    return Fixtures.h1(
        Fixtures.settings(assumptions, Precedence.LOGS), events.toArray(new OnboardingEvent[0]));
  }

  @Property(tries = 300)
  void the_union_of_waits_never_exceeds_the_sum_of_the_waits(
      @ForAll("waits") List<AccessWait> waits) {
    // GIVEN waits with blocked fraction 1, each alone worth W(its part inside the window)
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal largest = BigDecimal.ZERO;
    for (AccessWait wait : waits) {
      Optional<Span> inside = WINDOW.clip(span(wait));
      if (inside.isPresent()) {
        BigDecimal alone = CALENDAR.workingMinutes(inside.get().start(), inside.get().end());
        sum = sum.add(alone);
        largest = largest.max(alone);
      }
    }
    // WHEN
    BigDecimal union = costOf(FRACTION_ONE, waits).hireMinutes();
    // THEN
    then(union).isLessThanOrEqualTo(sum).isGreaterThanOrEqualTo(largest);
  }

  @Property(tries = 300)
  void the_minutes_attributed_to_systems_sum_to_the_unions_lost_minutes(
      @ForAll("waits") List<AccessWait> waits) {
    // GIVEN waits and the default fractions (vpn 0.5, others 1)
    // WHEN
    HireCost cost = costOf(Assumptions.DEFAULTS, waits);
    // THEN the per-system minutes add up, exactly, to a union computed here independently
    BigDecimal attributed =
        cost.accessMinutesBySystem().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    then(attributed).isEqualByComparingTo(unionLostMinutes(waits, Assumptions.DEFAULTS));
  }

  /** SPEC 5 read literally: cut at every boundary, each segment loses W x the largest fraction. */
  private static BigDecimal unionLostMinutes(List<AccessWait> waits, Assumptions assumptions) {
    List<Span> spans = new ArrayList<>();
    List<String> systems = new ArrayList<>();
    TreeSet<Instant> cuts = new TreeSet<>();
    for (AccessWait wait : waits) {
      Optional<Span> inside = WINDOW.clip(span(wait));
      if (inside.isPresent()) {
        spans.add(inside.get());
        systems.add(wait.system());
        cuts.add(inside.get().start());
        cuts.add(inside.get().end());
      }
    }
    BigDecimal total = BigDecimal.ZERO;
    Instant previous = null;
    for (Instant cut : cuts) {
      if (previous != null) {
        BigDecimal fraction = null;
        for (int i = 0; i < spans.size(); i++) {
          Span span = spans.get(i);
          if (!span.start().isAfter(previous) && !span.end().isBefore(cut)) {
            BigDecimal f = assumptions.blockedFractionOf(systems.get(i));
            fraction = fraction == null ? f : fraction.max(f);
          }
        }
        if (fraction != null) {
          total = total.add(CALENDAR.workingMinutes(previous, cut).multiply(fraction));
        }
      }
      previous = cut;
    }
    return total;
  }

  private static Span span(AccessWait wait) {
    return new Span(wait.timing().start().orElseThrow(), wait.timing().end().orElseThrow());
  }

  @Provide
  Arbitrary<List<OnboardingEvent>> mixedEvents() {
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 600);
    Arbitrary<Optional<PersonId>> helper =
        Arbitraries.of("c1", "ops1", "c2", "")
            .map(id -> id.isEmpty() ? Optional.<PersonId>empty() : Optional.of(PersonId.of(id)));
    Arbitrary<OnboardingEvent> blocked =
        minutes.map(m -> new Blocked(H1, Category.TOOLING, Timing.minutes(dec("" + m)), log()));
    Arbitrary<OnboardingEvent> help =
        Combinators.combine(helper, minutes, Arbitraries.integers().between(0, 5))
            .as(
                (who, m, count) ->
                    new Help(
                        H1,
                        who,
                        Category.KNOWLEDGE,
                        dec("" + count),
                        Timing.minutes(dec("" + m)),
                        log()));
    Arbitrary<OnboardingEvent> provisioning =
        Combinators.combine(helper, minutes)
            .as(
                (who, m) ->
                    new Provisioning(H1, who, Category.ACCESS, Timing.minutes(dec("" + m)), log()));
    Arbitrary<OnboardingEvent> wait = waits().map(list -> list.get(0));
    return Arbitraries.oneOf(blocked, help, provisioning, wait).list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 200)
  void doubling_every_rate_doubles_every_cost(
      @ForAll("mixedEvents") List<OnboardingEvent> events,
      @ForAll @IntRange(min = 0, max = 500) int defaultRate,
      @ForAll @IntRange(min = 0, max = 500) int opsRate,
      @ForAll @IntRange(min = 0, max = 500) int ownRate,
      @ForAll @IntRange(min = 0, max = 500) int helperRate) {
    // GIVEN the same events priced at some rates and at twice those rates
    HireCost once = priced(events, defaultRate, opsRate, ownRate, helperRate);
    // WHEN
    HireCost twice = priced(events, 2 * defaultRate, 2 * opsRate, 2 * ownRate, 2 * helperRate);
    // THEN line by line, and in total
    then(twice.lines()).hasSameSizeAs(once.lines());
    for (int i = 0; i < once.lines().size(); i++) {
      then(twice.lines().get(i).minutes()).isEqualByComparingTo(once.lines().get(i).minutes());
      then(twice.lines().get(i).cost())
          .isCloseTo(once.lines().get(i).cost().multiply(BigDecimal.valueOf(2)), LAST_DIGITS);
    }
    then(twice.totalCost())
        .isCloseTo(once.totalCost().multiply(BigDecimal.valueOf(2)), LAST_DIGITS);
  }

  private static HireCost priced(
      List<OnboardingEvent> events, int defaultRate, int opsRate, int ownRate, int helperRate) {
    Rates rates =
        new Rates(
            new HourlyRate(BigDecimal.valueOf(defaultRate)),
            Map.of("ops", new HourlyRate(BigDecimal.valueOf(opsRate))));
    People people =
        new People(
            List.of(
                Person.hire("h1", MONDAY).withHourlyRate(BigDecimal.valueOf(ownRate)),
                Person.colleague("c1").withHourlyRate(BigDecimal.valueOf(helperRate)),
                Person.colleague("ops1").withRole("ops"),
                Person.colleague("c2")));
    Assumptions assumptions =
        new Assumptions(
            dec("23"), dec("0.75"), Map.of("vpn", dec("0.5")), dec("15"), dec("40"), "ops");
    CostEngine engine =
        CostEngine.withLedger(Fixtures.settings(rates, assumptions, Precedence.LOGS), people);
    events.forEach(engine::admit);
    return engine.finish().hires().get(0);
  }
}
