package dev.onboardingcost.core.time;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuarterTest {
  @ParameterizedTest(name = "{0} is in {1}, {2} .. {3}")
  @CsvSource({
    "2026-01-01, 2026-Q1, 2026-01-01, 2026-03-31",
    "2026-03-31, 2026-Q1, 2026-01-01, 2026-03-31",
    "2026-04-01, 2026-Q2, 2026-04-01, 2026-06-30",
    "2028-08-15, 2028-Q3, 2028-07-01, 2028-09-30",
    "2026-12-31, 2026-Q4, 2026-10-01, 2026-12-31",
  })
  void finds_the_quarter_of_a_date_and_its_bounds(
      LocalDate date, String quarter, LocalDate first, LocalDate last) {
    // GIVEN a date
    // WHEN
    Quarter found = Quarter.of(date);
    // THEN
    then(found).hasToString(quarter);
    then(found.firstDay()).isEqualTo(first);
    then(found.lastDay()).isEqualTo(last);
  }

  @Test
  void parses_what_it_prints_and_orders_by_time() {
    // GIVEN
    Quarter q4 = Quarter.parse(" 2026-q4 ");
    Quarter next = new Quarter(2027, 1);
    // WHEN / THEN
    then(Quarter.parse(next.toString())).isEqualTo(next);
    then(q4).isLessThan(next);
  }

  @Test
  void rejects_text_that_is_not_a_quarter() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> Quarter.parse("2027-Q5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a quarter like 2027-Q1, got '2027-Q5'");
  }
}
