package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.cost.Fixtures.CALENDAR;
import static dev.onboardingcost.core.cost.Fixtures.H1;
import static dev.onboardingcost.core.cost.Fixtures.MONDAY;
import static dev.onboardingcost.core.cost.Fixtures.dec;
import static dev.onboardingcost.core.cost.Fixtures.log;
import static dev.onboardingcost.core.fixtures.TestPeople.withHourlyRate;
import static dev.onboardingcost.core.fixtures.TestPeople.withRole;
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
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the cost engine, over random events around h1's window, each checked on a few
 * hundred seeded draws; a failure names its seed and the values drawn from it.
 */
class CostPropertiesTest {
  private static final OnboardingWindow WINDOW = OnboardingWindow.of(CALENDAR, MONDAY, 20);
  private static final Assumptions FRACTION_ONE =
      new Assumptions(dec("23"), BigDecimal.ONE, Map.of(), dec("15"), dec("0"), "ops");

  /**
   * Costs are exact to 34 significant digits (each line divides by 60 once), so doubling a rate may
   * move the 34th digit; anything above this offset would be a real error.
   */
  private static final Offset<BigDecimal> LAST_DIGITS = Offset.offset(new BigDecimal("1e-20"));

  private static final List<String> SYSTEMS = List.of("github", "aws", "vpn", "slack");
  private static final List<Optional<PersonId>> HELPERS =
      List.of(
          Optional.of(PersonId.of("c1")),
          Optional.of(PersonId.of("ops1")),
          Optional.of(PersonId.of("c2")),
          Optional.empty());

  static LongStream threeHundredSeeds() {
    return LongStream.range(0, 300);
  }

  static LongStream twoHundredSeeds() {
    return LongStream.range(0, 200);
  }

  /** 1 to 6 waits by h1. */
  private static List<AccessWait> waits(UniformRandomProvider random) {
    return IntStream.range(0, random.nextInt(1, 7)).mapToObj(i -> wait(random)).toList();
  }

  /** A wait from 3 days before the window to 2 days after, up to 3 days long, to the minute. */
  private static AccessWait wait(UniformRandomProvider random) {
    String system = SYSTEMS.get(random.nextInt(SYSTEMS.size()));
    Instant start =
        WINDOW.start().plus(Duration.ofMinutes(random.nextLong(-3L * 1440, 27L * 1440 + 1)));
    Duration length = Duration.ofMinutes(random.nextLong(0, 3L * 1440 + 1));
    return new AccessWait(H1, system, Timing.between(start, start.plus(length)), log());
  }

  private static HireCost costOf(Assumptions assumptions, List<? extends OnboardingEvent> events) {
    return Fixtures.h1(
        Fixtures.settings(assumptions, Precedence.LOGS), events.toArray(new OnboardingEvent[0]));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("threeHundredSeeds")
  void the_union_of_waits_never_exceeds_the_sum_of_the_waits(long seed) {
    // GIVEN waits with blocked fraction 1, each alone worth W(its part inside the window)
    List<AccessWait> waits = waits(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal largest = BigDecimal.ZERO;
    for (AccessWait wait : waits) {
      Optional<Span> inside = inside(wait);
      if (inside.isPresent()) {
        BigDecimal alone = CALENDAR.workingMinutes(inside.get().start(), inside.get().end());
        sum = sum.add(alone);
        largest = largest.max(alone);
      }
    }
    // WHEN
    BigDecimal union = costOf(FRACTION_ONE, waits).hireMinutes();
    // THEN
    then(union)
        .as("seed %d: %s", seed, waits)
        .isLessThanOrEqualTo(sum)
        .isGreaterThanOrEqualTo(largest);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("threeHundredSeeds")
  void the_minutes_attributed_to_systems_sum_to_the_unions_lost_minutes(long seed) {
    // GIVEN waits and the default fractions (vpn 0.5, others 1)
    List<AccessWait> waits = waits(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    // WHEN
    HireCost cost = costOf(Assumptions.DEFAULTS, waits);
    // THEN the per-system minutes add up, exactly, to a union computed here independently
    BigDecimal attributed =
        cost.accessMinutesBySystem().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    then(attributed)
        .as("seed %d: %s", seed, waits)
        .isEqualByComparingTo(unionLostMinutes(waits, Assumptions.DEFAULTS));
  }

  /** SPEC 5 read literally: cut at every boundary, each segment loses W x the largest fraction. */
  private static BigDecimal unionLostMinutes(List<AccessWait> waits, Assumptions assumptions) {
    List<Span> spans = new ArrayList<>();
    List<String> systems = new ArrayList<>();
    TreeSet<Instant> cuts = new TreeSet<>();
    for (AccessWait wait : waits) {
      Optional<Span> inside = inside(wait);
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

  /** The part of {@code wait} inside the window. */
  private static Optional<Span> inside(AccessWait wait) {
    return WINDOW.clip(wait.timing().start().orElseThrow(), wait.timing().end().orElseThrow());
  }

  /** 1 to 8 events by h1: blocked time, help, provisioning or a wait, in equal measure. */
  private static List<OnboardingEvent> mixedEvents(UniformRandomProvider random) {
    return IntStream.range(0, random.nextInt(1, 9)).mapToObj(i -> mixedEvent(random)).toList();
  }

  /** Blocked, help and provisioning take 0 to 600 minutes; help is for 0 to 5 people. */
  private static OnboardingEvent mixedEvent(UniformRandomProvider random) {
    return switch (random.nextInt(4)) {
      case 0 -> new Blocked(H1, Category.TOOLING, Timing.minutes(minutes(random)), log());
      case 1 ->
          new Help(
              H1,
              helper(random),
              Category.KNOWLEDGE,
              dec("" + random.nextInt(0, 6)),
              Timing.minutes(minutes(random)),
              log());
      case 2 ->
          new Provisioning(
              H1, helper(random), Category.ACCESS, Timing.minutes(minutes(random)), log());
      default -> wait(random);
    };
  }

  private static BigDecimal minutes(UniformRandomProvider random) {
    return dec("" + random.nextInt(0, 601));
  }

  private static Optional<PersonId> helper(UniformRandomProvider random) {
    return HELPERS.get(random.nextInt(HELPERS.size()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoHundredSeeds")
  void doubling_every_rate_doubles_every_cost(long seed) {
    // GIVEN the same events priced at some rates from 0 to 500 and at twice those rates
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    List<OnboardingEvent> events = mixedEvents(random);
    int[] rates = random.ints(4, 0, 501).toArray();
    int defaultRate = rates[0];
    int opsRate = rates[1];
    int ownRate = rates[2];
    int helperRate = rates[3];
    HireCost once = priced(events, defaultRate, opsRate, ownRate, helperRate);
    // WHEN
    HireCost twice = priced(events, 2 * defaultRate, 2 * opsRate, 2 * ownRate, 2 * helperRate);
    // THEN line by line, and in total
    String drawn =
        String.format(
            "seed %d: default %d, ops %d, own %d, helper %d, %s",
            seed, defaultRate, opsRate, ownRate, helperRate, events);
    then(twice.lines()).as(drawn).hasSameSizeAs(once.lines());
    for (int i = 0; i < once.lines().size(); i++) {
      then(twice.lines().get(i).minutes())
          .as(drawn)
          .isEqualByComparingTo(once.lines().get(i).minutes());
      then(twice.lines().get(i).cost())
          .as(drawn)
          .isCloseTo(once.lines().get(i).cost().multiply(BigDecimal.valueOf(2)), LAST_DIGITS);
    }
    then(twice.totalCost())
        .as(drawn)
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
                withHourlyRate(Person.hire("h1", MONDAY), BigDecimal.valueOf(ownRate)),
                withHourlyRate(Person.colleague("c1"), BigDecimal.valueOf(helperRate)),
                withRole(Person.colleague("ops1"), "ops"),
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
