package dev.onboardingcost.core.cost;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.time.OnboardingWindow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class HireCostTest {
  /** Rates a hire's lines may have; 150 and 150.00 are two rates, as map keys tell them apart. */
  private static final List<HourlyRate> RATES =
      List.of(
          HourlyRate.of("150"),
          HourlyRate.of("150.00"),
          HourlyRate.of("172.50"),
          HourlyRate.of("99.99"),
          HourlyRate.of("210"));

  @Test
  void breakdowns_are_the_minutes_of_each_rate_priced_once_per_rate() {
    SplittableRandom random = new SplittableRandom(11);
    for (int hire = 0; hire < 2_000; hire++) {
      // GIVEN lines of the hire and of colleagues, at several rates, in several categories
      List<CostLine> lines = randomLines(random);
      // WHEN
      HireCost cost = hireCostOf(lines);
      // THEN every breakdown is what pricing the kept lines' minutes per rate gives
      then(cost.hireCost()).isEqualTo(pricedPerRate(lines, line -> line.payer().isHire()));
      then(cost.colleagueCost()).isEqualTo(pricedPerRate(lines, line -> !line.payer().isHire()));
      then(cost.hireMinutes()).isEqualTo(summed(lines, line -> line.payer().isHire()));
      then(cost.colleagueMinutes()).isEqualTo(summed(lines, line -> !line.payer().isHire()));
      for (Category category : Category.values()) {
        if (lines.stream().anyMatch(line -> line.category() == category)) {
          then(cost.costByCategory().get(category))
              .isEqualTo(pricedPerRate(lines, line -> line.category() == category));
        } else {
          then(cost.costByCategory()).doesNotContainKey(category);
        }
      }
      then(cost.sumCost(line -> true)).isEqualTo(pricedPerRate(lines, line -> true));
    }
  }

  private static List<CostLine> randomLines(SplittableRandom random) {
    List<CostLine> lines = new ArrayList<>();
    int count = random.nextInt(0, 12);
    for (int i = 0; i < count; i++) {
      boolean hirePays = random.nextBoolean();
      Payer payer =
          new Payer(
              hirePays ? Payer.Kind.HIRE : Payer.Kind.COLLEAGUE,
              Optional.of(PersonId.of(hirePays ? "h1" : "c" + random.nextInt(3))),
              RateBasis.DEFAULT,
              RATES.get(random.nextInt(RATES.size())));
      Category category = Category.values()[random.nextInt(Category.values().length)];
      Optional<String> system =
          hirePays && category == Category.ACCESS ? Optional.of("github") : Optional.empty();
      BigDecimal minutes =
          random.nextInt(4) == 0
              ? new BigDecimal(random.nextLong(1, 100_000))
                  .divide(BigDecimal.valueOf(7), 34, RoundingMode.HALF_EVEN)
              : BigDecimal.valueOf(random.nextLong(0, 100_000_000), random.nextInt(-2, 9));
      lines.add(new CostLine(Optional.empty(), payer, category, system, minutes));
    }
    return lines;
  }

  private static HireCost hireCostOf(List<CostLine> lines) {
    Person person = Person.hire("h1", Fixtures.MONDAY);
    OnboardingWindow window = OnboardingWindow.of(Fixtures.CALENDAR, Fixtures.MONDAY, 20);
    return new HireCost(person, window, lines, Map.of(), List.of(), List.of());
  }

  /** The plain way: a map from rate to minutes, each rate priced once, the costs summed. */
  private static BigDecimal pricedPerRate(List<CostLine> lines, Predicate<CostLine> filter) {
    Map<HourlyRate, BigDecimal> minutesByRate = new HashMap<>();
    for (CostLine line : lines) {
      if (filter.test(line)) {
        minutesByRate.merge(line.payer().rate(), line.minutes(), BigDecimal::add);
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<HourlyRate, BigDecimal> entry : minutesByRate.entrySet()) {
      sum = sum.add(entry.getKey().costOf(entry.getValue()));
    }
    return sum;
  }

  private static BigDecimal summed(List<CostLine> lines, Predicate<CostLine> filter) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CostLine line : lines) {
      if (filter.test(line)) {
        sum = sum.add(line.minutes());
      }
    }
    return sum;
  }
}
