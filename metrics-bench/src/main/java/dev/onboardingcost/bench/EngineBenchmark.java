package dev.onboardingcost.bench;

import dev.onboardingcost.core.cost.Assumptions;
import dev.onboardingcost.core.cost.CostEngine;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.CostSettings;
import dev.onboardingcost.core.cost.Precedence;
import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provenance;
import dev.onboardingcost.core.model.Rates;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.model.Timing;
import dev.onboardingcost.core.time.WorkCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine's hot paths: working minutes of an interval, and pricing 100,000 events of 200 hires
 * (access-wait union and grouping) with running sums and with a ledger.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {
  private static final int HIRES = 200;
  private static final int EVENTS = 100_000;

  private WorkCalendar calendar;
  private Instant[] from;
  private Instant[] to;
  private CostSettings settings;
  private People people;
  private List<OnboardingEvent> events;

  /** Builds the calendar, the people and the events, seeded. */
  @Setup
  public void setUp() {
    ZoneId zone = ZoneId.of("America/New_York");
    calendar =
        WorkCalendar.nineToFive(zone).withHolidays(java.util.Set.of(LocalDate.of(2026, 11, 26)));
    SplittableRandom random = new SplittableRandom(7);
    Instant base = LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(zone).toInstant();
    from = new Instant[1024];
    to = new Instant[1024];
    for (int i = 0; i < from.length; i++) {
      from[i] = base.plus(Duration.ofMinutes(random.nextInt(300 * 24 * 60)));
      to[i] = from[i].plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
    }
    List<Person> persons = new ArrayList<>();
    for (int h = 0; h < HIRES; h++) {
      persons.add(Person.hire("h" + h, LocalDate.of(2026, 1, 5).plusDays(h)));
    }
    persons.add(Person.colleague("c1"));
    people = new People(persons);
    settings =
        new CostSettings(
            Currency.getInstance("USD"),
            Rates.flat(dev.onboardingcost.core.model.HourlyRate.of("160")),
            calendar,
            20,
            Assumptions.DEFAULTS,
            Precedence.LOGS);
    String[] systems = {"github", "aws", "vpn"};
    events = new ArrayList<>();
    Provenance provenance = new Provenance(Source.of("okta"), "", RecordRef.line("events.csv", 1));
    for (int i = 0; i < EVENTS; i++) {
      int h = random.nextInt(HIRES);
      Instant start =
          LocalDate.of(2026, 1, 5)
              .plusDays(h + random.nextInt(25))
              .atTime(8, 0)
              .atZone(zone)
              .toInstant()
              .plus(Duration.ofMinutes(random.nextInt(600)));
      PersonId hire = PersonId.of("h" + h);
      if (random.nextBoolean()) {
        events.add(
            new AccessWait(
                hire,
                systems[random.nextInt(3)],
                Timing.between(start, start.plus(Duration.ofMinutes(30 + random.nextInt(2000)))),
                provenance,
                false));
      } else {
        events.add(
            new Help(
                hire,
                Optional.of(PersonId.of("c1")),
                Category.KNOWLEDGE,
                BigDecimal.ONE,
                Timing.minutesAt(BigDecimal.valueOf(5 + random.nextInt(60)), start),
                provenance));
      }
    }
  }

  /** 1,024 intervals of up to three days. */
  @Benchmark
  public long workingMinutes() {
    long sum = 0;
    for (int i = 0; i < from.length; i++) {
      sum += calendar.workingTime(from[i], to[i]).getSeconds();
    }
    return sum;
  }

  /** 100,000 events (half interval access waits) priced with running sums. */
  @Benchmark
  public CostReport priceSumming() {
    return price(CostEngine.summing(settings, people));
  }

  /** The same events priced with one line per event. */
  @Benchmark
  public CostReport priceWithLedger() {
    return price(CostEngine.withLedger(settings, people));
  }

  private CostReport price(CostEngine engine) {
    for (OnboardingEvent event : events) {
      engine.admit(event);
    }
    return engine.finish();
  }
}
