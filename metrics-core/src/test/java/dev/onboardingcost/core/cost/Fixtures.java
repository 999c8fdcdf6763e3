package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.fixtures.TestPeople.withHourlyRate;
import static dev.onboardingcost.core.fixtures.TestPeople.withRole;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.Milestone;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provenance;
import dev.onboardingcost.core.model.Provisioning;
import dev.onboardingcost.core.model.Rates;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.model.Timing;
import dev.onboardingcost.core.time.WorkCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world most cost tests share: a 9-to-5 New York calendar with no holidays, a 20-working-day
 * window, {@code rates.default} 200 and {@code rates.by_role.ops} 150. Hire {@code h1} starts on
 * Monday 2026-01-05, so their window is 2026-01-05 09:00 .. 2026-01-30 17:00 (EST).
 */
final class Fixtures {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final WorkCalendar CALENDAR = WorkCalendar.nineToFive(NEW_YORK);
  static final Rates RATES = new Rates(HourlyRate.of("200"), Map.of("ops", HourlyRate.of("150")));
  static final LocalDate MONDAY = LocalDate.parse("2026-01-05");
  static final PersonId H1 = PersonId.of("h1");
  static final PersonId H2 = PersonId.of("h2");

  private Fixtures() {}

  static CostSettings settings(Assumptions assumptions, Precedence precedence) {
    return settings(RATES, assumptions, precedence);
  }

  static CostSettings settings(Rates rates, Assumptions assumptions, Precedence precedence) {
    return new CostSettings(
        Currency.getInstance("USD"), rates, CALENDAR, 20, assumptions, precedence);
  }

  static CostSettings defaults() {
    return settings(Assumptions.DEFAULTS, Precedence.LOGS);
  }

  /** Default assumptions but no refocus time, so help figures are easy to follow. */
  static Assumptions noContextSwitch() {
    return withContextSwitchMinutes(BigDecimal.ZERO);
  }

  /** Default assumptions with another refocus cost. */
  static Assumptions withContextSwitchMinutes(BigDecimal minutes) {
    Assumptions d = Assumptions.DEFAULTS;
    return new Assumptions(
        minutes,
        d.blockedFraction(),
        d.blockedFractionBySystem(),
        d.helpMinutes(),
        d.provisioningMinutesPerHire(),
        d.provisioningRole());
  }

  /** Hire h1 (starts 2026-01-05) and colleagues c1 (hourly_rate 120), ops1 (role ops), c2. */
  static People people() {
    return new People(
        List.of(
            Person.hire("h1", MONDAY),
            Person.hire("h2", MONDAY),
            withHourlyRate(Person.colleague("c1"), new BigDecimal("120")),
            withRole(Person.colleague("ops1"), "ops"),
            Person.colleague("c2"),
            Person.colleague("c3"),
            Person.colleague("c4")));
  }

  /**
   * The cost of each hire after admitting {@code events}, in start order then id, one line per
   * event; checked on the way against the engine's running sums (the same figures to the last
   * digit) and against the per-event oracle (the same lines, their minutes to 25 decimals: the
   * oracle shares a segment's minutes among overlapping waits without merging them first, so its
   * 34-digit shares may round apart).
   */
  static CostReport run(CostSettings settings, People people, OnboardingEvent... events) {
    CostEngine ledger = CostEngine.withLedger(settings, people);
    CostEngine summing = CostEngine.summing(settings, people);
    PerEventOracle oracle = new PerEventOracle(settings, people);
    for (OnboardingEvent event : events) {
      ledger.admit(event);
      summing.admit(event);
      oracle.admit(event);
    }
    CostReport report = ledger.finish();
    List<HireCost> expected = oracle.finish().hires();
    for (int i = 0; i < expected.size(); i++) {
      HireCost got = report.hires().get(i);
      thenSameLines(got.lines(), expected.get(i).lines());
      HireFindings want = expected.get(i).findings();
      then(got.evidenceKind()).isEqualTo(want.evidence());
      then(got.findings().capped()).isEqualTo(want.capped());
      then(got.findings().contradictions()).isEqualTo(want.contradictions());
      then(got.findings().contradictionMinutes()).isEqualByComparingTo(want.contradictionMinutes());
    }
    List<HireCost> sums = summing.finish().hires();
    for (int i = 0; i < sums.size(); i++) {
      thenSameFigures(sums.get(i), report.hires().get(i));
    }
    return report;
  }

  private static void thenSameLines(List<CostLine> actual, List<CostLine> expected) {
    then(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      CostLine want = expected.get(i);
      CostLine got = actual.get(i);
      then(new CostLine(got.event(), got.payer(), got.category(), got.system(), want.minutes()))
          .isEqualTo(want);
      then(got.minutes()).isCloseTo(want.minutes(), within(new BigDecimal("1E-25")));
    }
  }

  /** Checks that two costs of one hire have the same figures, however their lines were split. */
  static void thenSameFigures(HireCost actual, HireCost expected) {
    then(actual.hire()).isEqualTo(expected.hire());
    then(actual.totalCost()).isEqualByComparingTo(expected.totalCost());
    then(actual.hireCost()).isEqualByComparingTo(expected.hireCost());
    then(actual.colleagueCost()).isEqualByComparingTo(expected.colleagueCost());
    then(actual.hireMinutes()).isEqualByComparingTo(expected.hireMinutes());
    then(actual.colleagueMinutes()).isEqualByComparingTo(expected.colleagueMinutes());
    then(actual.costByCategory()).containsOnlyKeys(expected.costByCategory().keySet());
    expected
        .costByCategory()
        .forEach((k, v) -> then(actual.costByCategory().get(k)).isEqualByComparingTo(v));
    then(actual.accessMinutesBySystem())
        .containsOnlyKeys(expected.accessMinutesBySystem().keySet());
    expected
        .accessMinutesBySystem()
        .forEach((k, v) -> then(actual.accessMinutesBySystem().get(k)).isEqualByComparingTo(v));
    then(actual.daysToMilestone()).isEqualTo(expected.daysToMilestone());
    then(actual.notGranted()).isEqualTo(expected.notGranted());
    then(actual.evidenceKind()).isEqualTo(expected.evidenceKind());
    then(actual.findings().uncappedHireMinutes().map(BigDecimal::stripTrailingZeros))
        .isEqualTo(expected.findings().uncappedHireMinutes().map(BigDecimal::stripTrailingZeros));
    then(actual.findings().contradictions()).isEqualTo(expected.findings().contradictions());
    then(actual.findings().contradictionMinutes())
        .isEqualByComparingTo(expected.findings().contradictionMinutes());
    then(actual.comparisons()).hasSameSizeAs(expected.comparisons());
    for (int i = 0; i < expected.comparisons().size(); i++) {
      then(actual.comparisons().get(i).surveyCost())
          .isEqualByComparingTo(expected.comparisons().get(i).surveyCost());
      then(actual.comparisons().get(i).logCost())
          .isEqualByComparingTo(expected.comparisons().get(i).logCost());
    }
  }

  /** The cost of h1 with the default settings. */
  static HireCost h1(CostSettings settings, OnboardingEvent... events) {
    return run(settings, people(), events).hires().stream()
        .filter(cost -> cost.hire().id().equals(H1))
        .findFirst()
        .orElseThrow();
  }

  /** A New York wall-clock time such as {@code 2026-01-05T09:00}. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  static Provenance log() {
    return Provenance.of(Source.of("okta"), RecordRef.line("events.csv", 2));
  }

  static Provenance survey() {
    return Provenance.of(Source.SURVEY, RecordRef.line("survey/week1.csv", 2));
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /** The map with every value stripped of trailing zeros, so that 750.0 and 750 compare equal. */
  static <K> Map<K, BigDecimal> plain(Map<K, BigDecimal> map) {
    Map<K, BigDecimal> plain = new java.util.LinkedHashMap<>();
    map.forEach((key, value) -> plain.put(key, value.stripTrailingZeros()));
    return plain;
  }

  /** A decimal with no trailing zeros, to compare with {@link #plain}. */
  static BigDecimal plain(String value) {
    return new BigDecimal(value).stripTrailingZeros();
  }

  static Timing between(String from, String to) {
    return Timing.between(at(from), at(to));
  }

  static AccessWait waitFor(String system, String from, String to) {
    return new AccessWait(H1, system, between(from, to), log());
  }

  static AccessWait waitMinutes(String system, String minutes) {
    return new AccessWait(H1, system, Timing.minutes(dec(minutes)), log());
  }

  static Blocked blocked(Category category, Timing timing, Provenance provenance) {
    return new Blocked(H1, category, timing, provenance);
  }

  static Help help(String helper, String count, Timing timing) {
    return new Help(
        H1,
        Optional.ofNullable(helper).map(PersonId::of),
        Category.KNOWLEDGE,
        dec(count),
        timing,
        log());
  }

  static Provisioning provisioning(PersonId hire, String helper, String minutes) {
    return new Provisioning(
        hire,
        Optional.ofNullable(helper).map(PersonId::of),
        Category.ACCESS,
        Timing.minutes(dec(minutes)),
        log());
  }

  static Milestone milestone(MilestoneKind kind, String at) {
    return new Milestone(H1, kind, at(at), log());
  }
}
