package dev.onboardingcost.core.model;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimingAndEventsTest {
  private static final Instant NINE = Instant.parse("2026-01-05T14:00:00Z");
  private static final Instant TEN = Instant.parse("2026-01-05T15:00:00Z");
  private static final Provenance LOG = Provenance.of(Source.of("okta"), RecordRef.line("a", 1));

  @Test
  void rejects_an_end_before_the_start() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> Timing.between(TEN, NINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before");
  }

  @Test
  void rejects_negative_minutes() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> Timing.minutes(new BigDecimal("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.5");
  }

  @Test
  void minutes_make_the_duration_and_the_start_only_places_the_event() {
    // GIVEN start, end and minutes
    Timing timing = new Timing(Optional.of(NINE), Optional.of(TEN), Optional.of(BigDecimal.TEN));
    // WHEN / THEN
    then(timing.isInterval()).isFalse();
    then(timing.placement()).contains(NINE);
    then(Timing.between(NINE, TEN).isInterval()).isTrue();
    then(new Timing(Optional.empty(), Optional.of(TEN), Optional.empty()).placement())
        .contains(TEN);
    then(Timing.NONE.placement()).isEmpty();
  }

  @ParameterizedTest(name = "system ''{0}'' is ''{1}''")
  @CsvSource({"GitHub, github", "' AWS ', aws", "'', unspecified", "'   ', unspecified"})
  void an_access_wait_normalises_its_system(String system, String expected) {
    // GIVEN / WHEN
    AccessWait wait = new AccessWait(PersonId.of("h1"), system, Timing.NONE, LOG);
    // THEN
    then(wait.system()).isEqualTo(expected);
    then(wait.category()).contains(Category.ACCESS);
    then(wait.type()).isEqualTo("access_wait");
  }

  @Test
  void only_survey_is_survey_evidence() {
    // GIVEN / WHEN / THEN
    then(Source.of(" Survey ").isSurvey()).isTrue();
    then(Source.of("okta").isSurvey()).isFalse();
    then(Source.of(null).isSurvey()).isFalse();
  }

  @Test
  void rejects_a_negative_help_count_and_provisioning_without_minutes() {
    // GIVEN / WHEN / THEN
    thenThrownBy(
            () ->
                new Help(
                    PersonId.of("h1"),
                    Optional.empty(),
                    Category.KNOWLEDGE,
                    BigDecimal.ONE.negate(),
                    Timing.NONE,
                    LOG))
        .isInstanceOf(IllegalArgumentException.class);
    thenThrownBy(
            () ->
                new Provisioning(
                    PersonId.of("h1"), Optional.empty(), Category.ACCESS, Timing.at(NINE), LOG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minutes");
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({"documentation, DOCUMENTATION", "' Access ', ACCESS", "OTHER, OTHER"})
  void parses_categories_ignoring_case(String text, Category expected) {
    // GIVEN / WHEN / THEN
    then(Category.parse(text)).isEqualTo(expected);
  }

  @Test
  void rejects_an_unknown_category_naming_it() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> Category.parse("docs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'docs'");
  }
}
