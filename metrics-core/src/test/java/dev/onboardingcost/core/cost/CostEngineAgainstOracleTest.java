package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.cost.Fixtures.between;
import static dev.onboardingcost.core.cost.Fixtures.defaults;
import static dev.onboardingcost.core.cost.Fixtures.help;
import static dev.onboardingcost.core.cost.Fixtures.people;
import static dev.onboardingcost.core.cost.Fixtures.provisioning;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;
import static org.assertj.core.api.BDDAssertions.within;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Timing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine with running sums admits, leaves out, refuses and prices exactly as the per-event
 * oracle does.
 */
class CostEngineAgainstOracleTest {
  /** How far apart 34-digit shares of a segment, cut at other places, may leave a figure. */
  private static final BigDecimal LAST_DIGITS = new BigDecimal("1E-25");

  private static final Timing INSIDE = between("2026-01-06T10:00", "2026-01-06T11:00");
  private static final Timing OUTSIDE = between("2026-03-02T10:00", "2026-03-02T11:00");

  @Test
  void admits_leaves_out_and_refuses_what_the_oracle_does() {
    // GIVEN help and provisioning by known, unknown and unnamed helpers, inside and outside the
    // window, each helper seen first outside it
    List<OnboardingEvent> events =
        List.of(
            help("c2", "1", OUTSIDE),
            help("c2", "2", INSIDE),
            help("nobody", "1", OUTSIDE),
            help("nobody", "1", INSIDE),
            help(null, "1", OUTSIDE),
            help(null, "1", INSIDE),
            provisioning(Fixtures.H1, "ops1", "30"),
            provisioning(Fixtures.H1, "ghost", "30"),
            provisioning(Fixtures.H1, null, "15"));
    // WHEN the engine and the oracle take them
    PerEventOracle oracle = new PerEventOracle(defaults(), people());
    CostEngine engine = CostEngine.summing(defaults(), people());
    List<String> streamed = outcomes(engine::admit, events);
    // THEN each event has the same outcome (the same message when refused)
    then(streamed).isEqualTo(outcomes(oracle::admit, events));
    then(streamed)
        .contains(
            "'nobody' is not in people.csv",
            "'ghost' is not in people.csv",
            Admission.OUTSIDE_WINDOW.toString());
    // AND the same costs
    then(engine.finish().hires().get(0).totalCost())
        .isEqualByComparingTo(oracle.finish().hires().get(0).totalCost());
  }

  private static List<String> outcomes(
      Function<OnboardingEvent, Admission> admit, List<OnboardingEvent> events) {
    return events.stream()
        .flatMap(
            event -> {
              try {
                return Stream.of(admit.apply(event).toString());
              } catch (IllegalArgumentException e) {
                return Stream.of(e.getMessage());
              }
            })
        .collect(Collectors.toList());
  }

  @Test
  void hundreds_of_waits_to_the_nanosecond_cost_what_the_oracle_says() {
    // GIVEN 600 waits of h1 on three systems, from the survey and from logs, at random times of
    //       its first weeks to the nanosecond: overlapping, touching, instant-long, some starting
    //       before the window (so that each system's merged intervals are merged many times)
    SplittableRandom random = new SplittableRandom(7);
    String[] systems = {"github", "aws", "vpn"};
    Instant from = Fixtures.at("2026-01-02T00:00");
    List<OnboardingEvent> waits = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      Instant start =
          from.plusSeconds(random.nextLong(0, 20 * 86_400L))
              .plusNanos(random.nextBoolean() ? random.nextInt(1_000_000_000) : 0);
      Instant end =
          random.nextInt(8) == 0
              ? start
              : start
                  .plusSeconds(random.nextLong(0, 3 * 86_400L))
                  .plusNanos(random.nextInt(1, 1_000_000_000));
      waits.add(
          new AccessWait(
              Fixtures.H1,
              systems[random.nextInt(systems.length)],
              Timing.between(start, end),
              random.nextBoolean() ? Fixtures.survey() : Fixtures.log()));
    }
    CostSettings settings = Fixtures.settings(Assumptions.DEFAULTS, Precedence.SUM);
    PerEventOracle oracle = new PerEventOracle(settings, people());
    waits.forEach(oracle::admit);
    HireCost expected = oracle.finish().hires().get(0);
    // WHEN the engine with running sums takes them
    CostEngine engine = CostEngine.summing(settings, people());
    waits.forEach(engine::admit);
    // THEN the same to 25 decimals: the oracle cuts the timeline at every wait's ends, the sums at
    //      the ends of each system's merged intervals, so where three systems share a segment,
    //      thirds are rounded at 34 digits over different segments (about 10^-32 minutes apart)
    {
      HireCost actual = engine.finish().hires().get(0);
      then(actual.hire().id()).isEqualTo(Fixtures.H1);
      then(actual.totalCost()).isCloseTo(expected.totalCost(), within(LAST_DIGITS));
      then(actual.accessMinutesBySystem()).containsOnlyKeys(systems);
      expected
          .accessMinutesBySystem()
          .forEach(
              (system, minutes) ->
                  then(actual.accessMinutesBySystem().get(system))
                      .isCloseTo(minutes, within(LAST_DIGITS)));
      then(actual.comparisons()).hasSameSizeAs(expected.comparisons()).isNotEmpty();
      for (int i = 0; i < expected.comparisons().size(); i++) {
        EvidenceComparison want = expected.comparisons().get(i);
        EvidenceComparison got = actual.comparisons().get(i);
        then(got.surveyMinutes()).isCloseTo(want.surveyMinutes(), within(LAST_DIGITS));
        then(got.logMinutes()).isCloseTo(want.logMinutes(), within(LAST_DIGITS));
        then(got.surveyCost()).isCloseTo(want.surveyCost(), within(LAST_DIGITS));
        then(got.logCost()).isCloseTo(want.logCost(), within(LAST_DIGITS));
      }
    }
  }

  @Test
  void a_hire_with_hundreds_of_sums_gets_each_minute_where_the_oracle_puts_it() {
    // GIVEN waits given in minutes on 300 systems (each its own sum) and help in every category
    // by every kind of helper, some events twice, in an order that mixes the sums
    List<OnboardingEvent> events = new java.util.ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 300; i++) {
        events.add(
            new dev.onboardingcost.core.model.AccessWait(
                Fixtures.H1,
                "system" + (i * 7 % 300),
                Timing.minutesAt(BigDecimal.valueOf(i + 1), INSIDE.start().orElseThrow()),
                i % 3 == 0 ? Fixtures.survey() : Fixtures.log()));
        Category category = Category.values()[i % Category.values().length];
        String helper = List.of("c1", "c2", "ops1").get(i % 3);
        events.add(
            new Help(
                Fixtures.H1,
                i % 4 == 0 ? Optional.empty() : Optional.of(PersonId.of(helper)),
                category,
                BigDecimal.valueOf(i % 5),
                i % 3 == 0 ? INSIDE : Timing.minutes(BigDecimal.valueOf(5 * i + 10L, i % 2)),
                Fixtures.log()));
      }
    }
    // WHEN the engine and the oracle take them, in a window long enough (260 working days, 124,800
    //      minutes) that the cap on the hire's lost time does not cut them
    CostSettings longWindow =
        new CostSettings(
            defaults().currency(),
            defaults().rates(),
            defaults().calendar(),
            260,
            defaults().assumptions(),
            defaults().precedence());
    PerEventOracle oracle = new PerEventOracle(longWindow, people());
    CostEngine engine = CostEngine.summing(longWindow, people());
    events.forEach(oracle::admit);
    events.forEach(engine::admit);
    // THEN the minutes by category, payer and system are the same
    List<CostLine> lines = engine.finish().hires().get(0).lines();
    Map<String, BigDecimal> streamed = minutesBySum(lines);
    then(lines).hasSameSizeAs(streamed.keySet()); // one line per sum: no sum was split in two
    then(streamed).hasSizeGreaterThan(200); // survey-only systems do not count (logs first)
    then(streamed).isEqualTo(minutesBySum(oracle.finish().hires().get(0).lines()));
  }

  private static Map<String, BigDecimal> minutesBySum(List<CostLine> lines) {
    Map<String, BigDecimal> sums = new java.util.TreeMap<>();
    for (CostLine line : lines) {
      String key =
          line.category()
              + " "
              + line.payer().kind()
              + " "
              + line.payer().rate()
              + " "
              + line.system().orElse("-");
      sums.merge(key, line.minutes().stripTrailingZeros(), BigDecimal::add);
    }
    sums.replaceAll((key, minutes) -> minutes.stripTrailingZeros());
    return sums;
  }

  @Test
  void flagging_no_hire_is_refused_as_their_events_are() {
    // GIVEN a colleague and a stranger
    CostEngine engine = CostEngine.summing(defaults(), people());
    PerEventOracle oracle = new PerEventOracle(defaults(), people());
    for (String id : List.of("c2", "nobody")) {
      // WHEN a system is flagged as not granted to them; THEN it is refused as the oracle refuses
      //     their events
      Help ofThem =
          new Help(
              PersonId.of(id),
              Optional.empty(),
              Category.KNOWLEDGE,
              BigDecimal.ONE,
              INSIDE,
              Fixtures.log());
      String expected = outcomes(oracle::admit, List.of(ofThem)).get(0);
      thenThrownBy(() -> engine.flagNotGranted(PersonId.of(id), "vpn")).hasMessage(expected);
    }
  }
}
