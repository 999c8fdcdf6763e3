package dev.onboardingcost.core.model;

import static dev.onboardingcost.core.fixtures.TestPeople.withHourlyRate;
import static dev.onboardingcost.core.fixtures.TestPeople.withRole;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatesTest {
  private final Rates rates = new Rates(HourlyRate.of("200"), Map.of("ops", HourlyRate.of("150")));
  private final Person plain = Person.colleague("c1");

  @Test
  void a_persons_own_rate_comes_first() {
    // GIVEN someone with role ops and their own rate of 90
    Person person = withHourlyRate(withRole(plain, "ops"), new BigDecimal("90"));
    // WHEN / THEN
    then(rates.rateOf(person).perHour()).isEqualByComparingTo("90");
    then(rates.basisOf(person)).isEqualTo(new RateBasis(RateBasis.Kind.PERSON, "c1"));
  }

  @Test
  void then_the_rate_of_their_role() {
    // GIVEN / WHEN / THEN
    Person ops = withRole(plain, "ops");
    then(rates.rateOf(ops).perHour()).isEqualByComparingTo("150");
    then(rates.basisOf(ops)).hasToString("role:ops");
  }

  @Test
  void then_the_default_rate() {
    // GIVEN a role with no rate, and no role at all
    // WHEN / THEN
    then(rates.rateOf(withRole(plain, "designer")).perHour()).isEqualByComparingTo("200");
    then(rates.rateOf(plain).perHour()).isEqualByComparingTo("200");
    then(rates.basisOf(plain)).isEqualTo(RateBasis.DEFAULT).hasToString("default");
  }

  @Test
  void a_role_basis_without_a_rate_is_the_default() {
    // GIVEN / WHEN / THEN
    then(rates.basisOfRole("it")).isEqualTo(RateBasis.DEFAULT);
    then(rates.rateAt(rates.basisOfRole("ops")).perHour()).isEqualByComparingTo("150");
  }

  @Test
  void a_persons_basis_needs_the_person() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> rates.rateAt(new RateBasis(RateBasis.Kind.PERSON, "c1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_negative_personal_rate_is_refused_naming_the_person() {
    // GIVEN / WHEN / THEN
    thenThrownBy(
            () ->
                withHourlyRate(
                    Person.hire("h9", LocalDate.parse("2026-01-05")), BigDecimal.ONE.negate()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("h9");
  }
}
