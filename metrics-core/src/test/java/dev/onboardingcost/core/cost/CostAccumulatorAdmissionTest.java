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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streaming engine admits, leaves out and refuses exactly the events the per-event engine does
 * (it finds a helper's payer before the window check, so that check must not change).
 */
class CostAccumulatorAdmissionTest {
  /** How far apart the engines' 34-digit shares of a segment may leave a figure. */
  private static final BigDecimal LAST_DIGITS = new BigDecimal("1E-25");

  private static final Timing INSIDE = between("2026-01-06T10:00", "2026-01-06T11:00");
  private static final Timing OUTSIDE = between("2026-03-02T10:00", "2026-03-02T11:00");

  @Test
  void admits_leaves_out_and_refuses_what_the_per_event_engine_does() {
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
    // WHEN both engines take them
    CostEngine engine = new CostEngine(defaults(), people());
    CostAccumulator accumulator = new CostAccumulator(defaults(), people());
    List<String> streamed = outcomes(accumulator, events);
    // THEN each event has the same outcome (the same message when refused)
    then(streamed).isEqualTo(outcomes(engine, events));
    then(streamed)
        .contains(
            "'nobody' is not in people.csv",
            "'ghost' is not in people.csv",
            Admission.OUTSIDE_WINDOW.toString());
    // AND the same costs
    then(accumulator.finish().hires().get(0).totalCost())
        .isEqualByComparingTo(engine.finish().hires().get(0).totalCost());
  }

  private static List<String> outcomes(CostModel model, List<OnboardingEvent> events) {
    return events.stream()
        .flatMap(
            event -> {
              try {
                return Stream.of(model.admit(event).toString());
              } catch (IllegalArgumentException e) {
                return Stream.of(e.getMessage());
              }
            })
        .collect(Collectors.toList());
  }

  @Test
  void lines_of_colleagues_paid_by_different_rules_come_in_one_order_whatever_the_arrival() {
    // GIVEN the same help from c2 (default rate) and ops1 (role ops): two pooled payers with the
    // same category, no system and the same minutes
    OnboardingEvent byDefault = help("c2", "1", INSIDE);
    OnboardingEvent byRole = help("ops1", "1", INSIDE);
    CostAccumulator first = new CostAccumulator(defaults(), people());
    CostAccumulator second = new CostAccumulator(defaults(), people());
    // WHEN they arrive in either order
    first.admit(byDefault);
    first.admit(byRole);
    second.admit(byRole);
    second.admit(byDefault);
    // THEN the hire's lines come in the same order
    List<CostLine> lines = first.finish().hires().get(0).lines();
    then(lines.stream().filter(line -> line.payer().kind() == Payer.Kind.COLLEAGUE).count())
        .isGreaterThanOrEqualTo(2);
    then(second.finish().hires().get(0).lines()).isEqualTo(lines);
  }

  @Test
  void prices_once() {
    // GIVEN an accumulator that has priced its hires (dropping their sums)
    CostAccumulator accumulator = new CostAccumulator(defaults(), people());
    accumulator.admit(help("c2", "1", INSIDE));
    accumulator.finish();
    // WHEN / THEN a second report is refused rather than every hire priced at 0
    thenThrownBy(accumulator::finish)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("once");
  }

  @Test
  void a_slot_admits_as_the_hire_itself_would_and_never_into_another_hire() {
    // GIVEN h1's help, admitted by hire, through h1's slot, and through h2's slot or another
    // accumulator's (a reader's mistake, which must not move the minutes to h2)
    OnboardingEvent event = help("c2", "2", INSIDE);
    CostAccumulator byHire = new CostAccumulator(defaults(), people());
    CostAccumulator bySlot = new CostAccumulator(defaults(), people());
    CostAccumulator other = new CostAccumulator(defaults(), people());
    // WHEN
    byHire.admit(event);
    byHire.admit(event);
    byHire.admit(event);
    bySlot.admit(event, bySlot.slotOf(Fixtures.H1));
    bySlot.admit(event, bySlot.slotOf(Fixtures.H2));
    bySlot.admit(event, other.slotOf(Fixtures.H1));
    // THEN every hire costs the same
    then(bySlot.finish().hires().toString()).isEqualTo(byHire.finish().hires().toString());
  }

  @Test
  void a_slot_admits_into_the_accumulator_that_holds_it() {
    // GIVEN h1's help, admitted by hire, and by the slots of h1 and h2 themselves (no accumulator
    // named: a reader holding a slot needs none)
    OnboardingEvent event = help("c2", "2", INSIDE);
    CostAccumulator byHire = new CostAccumulator(defaults(), people());
    CostAccumulator bySlot = new CostAccumulator(defaults(), people());
    CostAccumulator.Slot h1 = bySlot.slotOf(Fixtures.H1);
    // WHEN
    byHire.admit(event);
    byHire.admit(event);
    Admission admitted = h1.admit(EventRow.of(event));
    bySlot.slotOf(Fixtures.H2).admit(EventRow.of(event));
    // THEN
    then(admitted).isEqualTo(Admission.COUNTED);
    then(bySlot.finish().hires().toString()).isEqualTo(byHire.finish().hires().toString());
  }

  @Test
  void hundreds_of_waits_to_the_nanosecond_cost_what_the_per_event_engine_says() {
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
    HireCost expected =
        Fixtures.run(settings, people(), waits.toArray(OnboardingEvent[]::new)).hires().get(0);
    // WHEN admitted whole, and in two partials absorbed into one accumulator
    CostAccumulator whole = new CostAccumulator(settings, people());
    CostAccumulator split = new CostAccumulator(settings, people());
    CostAccumulator first = split.partial();
    CostAccumulator second = split.partial();
    for (int i = 0; i < waits.size(); i++) {
      whole.admit(waits.get(i));
      (i % 3 == 0 ? first : second).admit(waits.get(i));
    }
    split.absorb(second);
    split.absorb(first);
    // THEN the same to 25 decimals: the per-event engine cuts the timeline at every wait's ends,
    //      the streaming one at the ends of each system's merged intervals, so where three systems
    //      share a segment, thirds are rounded at 34 digits over different segments (about 10^-32
    //      minutes apart; see decisions.md, "The two engines' last digits")
    for (CostAccumulator accumulator : List.of(whole, split)) {
      HireCost actual = accumulator.finish().hires().get(0);
      then(actual.hire().id()).isEqualTo(Fixtures.H1);
      then(actual.totalCost()).isCloseTo(expected.totalCost(), within(LAST_DIGITS));
      then(actual.accessMinutesBySystem()).containsOnlyKeys(systems);
      expected
          .accessMinutesBySystem()
          .forEach(
              (system, minutes) ->
                  then(actual.accessMinutesBySystem().get(system))
                      .isCloseTo(minutes, within(LAST_DIGITS)));
      then(actual.evidence()).hasSameSizeAs(expected.evidence()).isNotEmpty();
      for (int i = 0; i < expected.evidence().size(); i++) {
        EvidenceComparison want = expected.evidence().get(i);
        EvidenceComparison got = actual.evidence().get(i);
        then(got.surveyMinutes()).isCloseTo(want.surveyMinutes(), within(LAST_DIGITS));
        then(got.logMinutes()).isCloseTo(want.logMinutes(), within(LAST_DIGITS));
        then(got.surveyCost()).isCloseTo(want.surveyCost(), within(LAST_DIGITS));
        then(got.logCost()).isCloseTo(want.logCost(), within(LAST_DIGITS));
      }
    }
  }

  @Test
  void a_hire_with_hundreds_of_sums_gets_each_minute_where_the_per_event_engine_puts_it() {
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
                // whole minutes take the long way (helpMicros), an interval and 2.5 minutes not
                i % 3 == 0 ? INSIDE : Timing.minutes(BigDecimal.valueOf(5 * i + 10L, i % 2)),
                Fixtures.log()));
      }
    }
    // WHEN both engines take them
    CostEngine engine = new CostEngine(defaults(), people());
    CostAccumulator accumulator = new CostAccumulator(defaults(), people());
    events.forEach(engine::admit);
    events.forEach(accumulator::admit);
    // THEN the minutes by category, payer and system are the same
    List<CostLine> lines = accumulator.finish().hires().get(0).lines();
    Map<String, BigDecimal> streamed = minutesBySum(lines);
    then(lines).hasSameSizeAs(streamed.keySet()); // one line per sum: no sum was split in two
    then(streamed).hasSizeGreaterThan(200); // survey-only systems do not count (logs first)
    then(streamed).isEqualTo(minutesBySum(engine.finish().hires().get(0).lines()));
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
  void a_slot_of_no_hire_is_refused_as_its_events_are() {
    // GIVEN a colleague and a stranger
    CostAccumulator accumulator = new CostAccumulator(defaults(), people());
    CostEngine engine = new CostEngine(defaults(), people());
    for (String id : List.of("c2", "nobody")) {
      // WHEN their slot is asked for; THEN it is refused as the per-event engine refuses events
      Help ofThem =
          new Help(
              PersonId.of(id),
              Optional.empty(),
              Category.KNOWLEDGE,
              BigDecimal.ONE,
              INSIDE,
              Fixtures.log());
      String expected = outcomes(engine, List.of(ofThem)).get(0);
      thenThrownBy(() -> accumulator.slotOf(PersonId.of(id))).hasMessage(expected);
    }
  }
}
