package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.model.Rates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rates of the {@code Assumptions} sheet: the default, each role's, and each person's own, in
 * that order. Money formulas find a rate by its number in this table, not by its text, so that an
 * id with {@code *}, {@code ?} or another case can never match the wrong rate (spreadsheet lookups
 * treat those as wildcards and ignore case).
 */
final class RateTable {
  /** One rate: the rule, the amount per hour, and who is paid at it. */
  record Entry(RateBasis basis, BigDecimal perHour, String meaning) {}

  private final Map<RateBasis, Integer> numbers = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  RateTable(Rates rates, Collection<Person> people, List<HireCost> hires) {
    add(RateBasis.DEFAULT, rates.defaultRate(), "rates.default: anyone with no own or role rate");
    // By role name: Rates keeps its roles in a map whose order changes from run to run.
    new TreeMap<>(rates.byRole())
        .forEach(
            (role, rate) ->
                add(
                    new RateBasis(RateBasis.Kind.ROLE, role),
                    rate,
                    "rates.by_role: people whose role is " + role));
    people.stream()
        .filter(p -> p.hourlyRate().isPresent())
        .sorted(Comparator.comparing(Person::id))
        .forEach(
            p ->
                add(
                    new RateBasis(RateBasis.Kind.PERSON, p.id().value()),
                    new HourlyRate(p.hourlyRate().orElseThrow()),
                    "hourly_rate of " + p.id() + " in people.csv"));
    for (HireCost hire : hires) {
      for (CostLine line : hire.lines()) {
        // Every basis the engine used is above; this only guards against a future rule.
        add(line.payer().basis(), line.payer().rate(), "rate used by the engine");
      }
    }
  }

  private void add(RateBasis basis, HourlyRate rate, String meaning) {
    if (!numbers.containsKey(basis)) {
      entries.add(new Entry(basis, rate.perHour(), meaning));
      numbers.put(basis, entries.size());
    }
  }

  /** The 1-based number of {@code basis} in the table. */
  int numberOf(RateBasis basis) {
    Integer number = numbers.get(basis);
    if (number == null) {
      throw new IllegalArgumentException("No rate in the table for " + basis);
    }
    return number;
  }

  /** The rates in table order. */
  List<Entry> entries() {
    return List.copyOf(entries);
  }
}
