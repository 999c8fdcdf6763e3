package dev.onboardingcost.report.workspace;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.core.cost.Precedence;
import dev.onboardingcost.report.source.access.NotGrantedRule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsReaderTest {
  @TempDir Path dir;

  private Settings read(String yaml) {
    TestWorkspaces.write(dir, "onboarding.yaml", yaml);
    return SettingsReader.read(dir);
  }

  @Test
  void fills_every_default_of_spec_section_3() {
    // GIVEN only the two required keys
    Settings settings = read("currency: USD\nrates: {default: 200}\n");

    // THEN every other key has SPEC's default
    var cost = settings.cost();
    then(cost.currency().getCurrencyCode()).isEqualTo("USD");
    then(cost.rates().defaultRate().perHour()).isEqualByComparingTo("200");
    then(cost.rates().byRole().get("ops").perHour()).isEqualByComparingTo("150");
    then(cost.calendar().zone().getId()).isEqualTo("America/New_York");
    then(cost.calendar().workdayStart()).isEqualTo(LocalTime.of(9, 0));
    then(cost.calendar().workdayEnd()).isEqualTo(LocalTime.of(17, 0));
    then(cost.calendar().workdays()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
    then(cost.calendar().holidays()).containsExactly(LocalDate.of(2026, 12, 25));
    then(cost.windowWorkingDays()).isEqualTo(20);
    then(cost.assumptions().contextSwitchMinutes()).isEqualByComparingTo("23");
    then(cost.assumptions().blockedFraction()).isEqualByComparingTo("1.0");
    then(cost.assumptions().blockedFractionOf("vpn")).isEqualByComparingTo("0.5");
    then(cost.assumptions().helpMinutes()).isEqualByComparingTo("15");
    then(cost.assumptions().provisioningMinutesPerHire()).isEqualByComparingTo("0");
    then(cost.assumptions().provisioningRole()).isEqualTo("ops");
    then(settings.requiredAccess()).containsExactly("github", "aws");
    then(cost.precedence()).isEqualTo(Precedence.LOGS);
    then(settings.notGranted()).isEqualTo(NotGrantedRule.FLAG);
    then(settings.survey().identityColumn()).isEqualTo("Email Address");
    then(settings.survey().questions()).hasSize(3);
    then(settings.sources().jira().dateFormat()).isEqualTo("dd/MMM/yy h:mm a");
  }

  @Test
  void reads_every_key_given() {
    Settings settings =
        read(
            "currency: EUR\n"
                + "rates: {default: 90.5, by_role: {sre: 120}}\n"
                + "calendar:\n"
                + "  timezone: Europe/Berlin\n"
                + "  workday: {start: \"08:30\", end: \"16:45\"}\n"
                + "  workdays: [SUN, MON, TUE, WED, THU]\n"
                + "  holidays: [2026-10-03]\n"
                + "onboarding: {window_working_days: 10}\n"
                + "assumptions:\n"
                + "  context_switch_minutes: 10\n"
                + "  blocked_fraction: 0.8\n"
                + "  blocked_fraction_by_system: {aws: 0.25}\n"
                + "  help_minutes: 20\n"
                + "  provisioning_minutes_per_hire: 45\n"
                + "  provisioning_role: sre\n"
                + "required_access: [github]\n"
                + "precedence: sum\n"
                + "not_granted: charge\n");
    var cost = settings.cost();
    then(cost.rates().byRole()).containsOnlyKeys("sre");
    then(cost.calendar().workdayStart()).isEqualTo(LocalTime.of(8, 30));
    then(cost.calendar().workdays()).contains(DayOfWeek.SUNDAY).doesNotContain(DayOfWeek.FRIDAY);
    then(cost.windowWorkingDays()).isEqualTo(10);
    then(cost.assumptions().blockedFractionOf("AWS")).isEqualByComparingTo(new BigDecimal("0.25"));
    then(cost.assumptions().blockedFractionOf("vpn")).isEqualByComparingTo("0.8");
    then(cost.precedence()).isEqualTo(Precedence.SUM);
    then(settings.notGranted()).isEqualTo(NotGrantedRule.CHARGE);
    then(settings.requiredAccess()).containsExactly("github");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown key | currency: USD\\nrates: {default: 200}\\ncalender: {}"
            + " | onboarding.yaml: key 'calender': unknown key",
        "unknown nested key | currency: USD\\nrates: {default: 200, per_role: {}}"
            + " | onboarding.yaml: key 'rates.per_role': unknown key",
        "unknown zone | currency: USD\\nrates: {default: 200}\\ncalendar: {timezone: Mars/Base}"
            + " | onboarding.yaml: key 'calendar.timezone': expected an IANA time zone",
        "negative rate | currency: USD\\nrates: {default: -5}"
            + " | onboarding.yaml: key 'rates.default': a rate must not be negative",
        "negative role rate | currency: USD\\nrates: {default: 5, by_role: {ops: -1}}"
            + " | onboarding.yaml: key 'rates.by_role.ops': a rate must not be negative",
        "missing currency | rates: {default: 200}"
            + " | onboarding.yaml: key 'currency': is required",
        "bad currency | currency: dollars\\nrates: {default: 200}"
            + " | onboarding.yaml: key 'currency': expected an ISO 4217 currency code",
        "missing default | currency: USD\\nrates: {by_role: {ops: 1}}"
            + " | onboarding.yaml: key 'rates.default': is required",
        "malformed number | currency: USD\\nrates: {default: 2O0}"
            + " | onboarding.yaml: key 'rates.default': expected a number like 200, got '2O0'",
        "fraction above one | currency: USD\\nrates: {default: 1}\\nassumptions: {blocked_fraction: 2}"
            + " | onboarding.yaml: key 'assumptions.blocked_fraction': expected a fraction",
        "bad precedence | currency: USD\\nrates: {default: 1}\\nprecedence: both"
            + " | onboarding.yaml: key 'precedence': expected logs, survey or sum",
        "bad not_granted | currency: USD\\nrates: {default: 1}\\nnot_granted: always"
            + " | onboarding.yaml: key 'not_granted': expected flag or charge, got 'always'",
        "bad time | currency: USD\\nrates: {default: 1}\\ncalendar: {workday: {start: noon}}"
            + " | onboarding.yaml: key 'calendar.workday.start': expected a time",
        "end before start | currency: USD\\nrates: {default: 1}\\ncalendar: {workday: {start: \"17:00\", end: \"09:00\"}}"
            + " | onboarding.yaml: key 'calendar.workday.end': must be after",
        "bad holiday | currency: USD\\nrates: {default: 1}\\ncalendar: {holidays: [christmas]}"
            + " | onboarding.yaml: key 'calendar.holidays[0]': expected an ISO date",
        "window zero | currency: USD\\nrates: {default: 1}\\nonboarding: {window_working_days: 0}"
            + " | onboarding.yaml: key 'onboarding.window_working_days': expected a whole number",
        "unknown source key | currency: USD\\nrates: {default: 1}\\nsources: {okta: {applications: {}}}"
            + " | onboarding.yaml: key 'sources.okta.applications': unknown key",
        "survey question without type | currency: USD\\nrates: {default: 1}\\nsurvey: {questions: [{column: x}]}"
            + " | onboarding.yaml: key 'survey.questions[0].type': is required",
      })
  void refuses_a_bad_setting_with_file_and_key(String name, String yaml, String message) {
    thenThrownBy(() -> read(yaml.replace("\\n", "\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining("\n");
  }

  @Test
  void refuses_an_alias_bomb_quickly() {
    StringBuilder yaml =
        new StringBuilder("currency: USD\nrates: {default: 1}\nx0: &a0 [1,1,1,1,1,1,1,1,1]\n");
    for (int i = 1; i < 12; i++) {
      yaml.append("x").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    thenThrownBy(() -> read(yaml.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("onboarding.yaml: ");
  }

  @Test
  void refuses_a_duplicate_key() {
    thenThrownBy(() -> read("currency: USD\ncurrency: EUR\nrates: {default: 1}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("onboarding.yaml");
  }

  @Test
  void reads_a_rate_exactly_as_written_not_through_a_double() {
    // GIVEN a rate with more digits than a double holds
    // WHEN
    Settings settings = read("currency: USD\nrates: {default: 200.1234567890123456789}\n");
    // THEN every digit is kept: a double would give 200.12345678901235
    then(settings.cost().rates().defaultRate().perHour())
        .isEqualTo(new BigDecimal("200.1234567890123456789"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "underflow | 1E-400 | key 'rates.default': '1E-400' underflows",
        "overflow | 1E+400 | key 'rates.default': '1E+400' overflows",
        "exponent beyond BigDecimal | 1E+99999999999 | key 'rates.default': '1E+99999999999' is out"
            + " of range",
        "tiny but positive | 0.0000000000000001 | key 'rates.default': '0.0000000000000001'"
            + " underflows",
      })
  void refuses_a_number_that_underflows_or_overflows(String name, String value, String message) {
    thenThrownBy(() -> read("currency: USD\nrates: {default: " + value + "}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("onboarding.yaml: " + message + ": expected " + expectedAfter(message));
  }

  private static String expectedAfter(String message) {
    if (message.endsWith("underflows")) {
      return "0 or a number of at least 1E-15, like 0.5";
    }
    if (message.endsWith("overflows")) {
      return "a number below 1E15, like 200";
    }
    return "a number like 200";
  }

  @Test
  void refuses_a_second_document_naming_its_line() {
    // GIVEN a second YAML document after the settings, which a reader of the file would miss
    thenThrownBy(() -> read("currency: USD\nrates: {default: 200}\n---\nrates: {default: 0}\n"))
        .isInstanceOf(ConfigException.class)
        // THEN the run stops at line 3, where the second document starts
        .hasMessage("onboarding.yaml:3:1: a second YAML document; the file must hold one");
  }

  @Test
  void names_line_and_column_of_a_syntax_error() {
    // GIVEN a backtick, which cannot start a YAML token, in column 4 of line 3
    thenThrownBy(() -> read("currency: USD\nrates: {default: 200}\nx: `y\n"))
        .isInstanceOf(ConfigException.class)
        // THEN the message points at it
        .hasMessageStartingWith("onboarding.yaml:3:4: while scanning for the next token: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void refuses_a_holiday_outside_the_years_1900_to_2200() {
    thenThrownBy(
            () -> read("currency: USD\nrates: {default: 1}\ncalendar: {holidays: [0000-01-01]}"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "onboarding.yaml: key 'calendar.holidays[0]': expected an ISO date like 2026-12-25 in"
                + " the years 1900 to 2200, got '0000-01-01'");
  }

  @Test
  void reads_a_quoted_null_as_text_and_a_plain_null_as_absent() {
    // GIVEN a plain null, which is absent: the default holiday stays
    Settings settings = read("currency: USD\nrates: {default: 1}\ncalendar: {holidays: ~}\n");
    then(settings.cost().calendar().holidays()).containsExactly(LocalDate.of(2026, 12, 25));
    thenThrownBy(() -> read("currency: \"null\"\nrates: {default: 1}\n"))
        .hasMessageContaining("key 'currency': expected an ISO 4217 currency code");
  }

  @Test
  void says_when_the_file_is_missing() {
    thenThrownBy(() -> SettingsReader.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("onboarding.yaml: not found");
  }
}
