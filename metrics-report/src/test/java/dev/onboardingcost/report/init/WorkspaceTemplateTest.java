package dev.onboardingcost.report.init;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.cost.Assumptions;
import dev.onboardingcost.report.surveytemplate.RecommendedSurvey;
import dev.onboardingcost.report.workspace.Settings;
import dev.onboardingcost.report.workspace.SettingsReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTemplateTest {
  @TempDir Path temp;

  private static String yaml() {
    return new String(WorkspaceTemplate.template("onboarding.yaml"), StandardCharsets.UTF_8);
  }

  @Test
  void every_setting_but_currency_and_default_rate_equals_its_default() throws IOException {
    // GIVEN the template's settings and a file with only the required keys
    Path minimal = Files.createDirectories(temp.resolve("minimal"));
    Files.writeString(minimal.resolve("onboarding.yaml"), "currency: USD\nrates: {default: 200}\n");
    Path template = Files.createDirectories(temp.resolve("template"));
    Files.write(template.resolve("onboarding.yaml"), WorkspaceTemplate.template("onboarding.yaml"));
    // WHEN
    Settings defaults = SettingsReader.read(minimal);
    Settings written = SettingsReader.read(template);
    // THEN
    then(written.cost().rates()).isEqualTo(defaults.cost().rates());
    then(written.cost().calendar()).isEqualTo(defaults.cost().calendar());
    then(written.cost().windowWorkingDays()).isEqualTo(defaults.cost().windowWorkingDays());
    then(written.cost().precedence()).isEqualTo(defaults.cost().precedence());
    then(written.requiredAccess()).isEqualTo(defaults.requiredAccess());
    then(written.sources()).isEqualTo(defaults.sources());
    Assumptions a = written.cost().assumptions();
    Assumptions d = Assumptions.DEFAULTS;
    then(a.contextSwitchMinutes()).isEqualByComparingTo(d.contextSwitchMinutes());
    then(a.blockedFraction()).isEqualByComparingTo(d.blockedFraction());
    then(a.blockedFractionBySystem()).isEqualTo(d.blockedFractionBySystem());
    then(a.helpMinutes()).isEqualByComparingTo(d.helpMinutes());
    then(a.provisioningMinutesPerHire()).isEqualByComparingTo(d.provisioningMinutesPerHire());
    then(a.provisioningRole()).isEqualTo(d.provisioningRole());
  }

  @Test
  void maps_the_recommended_survey_questions() throws IOException {
    // GIVEN
    Path dir = Files.createDirectories(temp.resolve("ws"));
    Files.write(dir.resolve("onboarding.yaml"), WorkspaceTemplate.template("onboarding.yaml"));
    // WHEN / THEN
    then(SettingsReader.read(dir).survey()).isEqualTo(RecommendedSurvey.MAPPING);
  }

  @Test
  void comments_every_key() {
    // GIVEN the lines of the template that set a key (not list items, not comments)
    List<String> lines = yaml().lines().toList();
    List<String> uncommented = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean setsKey = line.matches("[a-z_]+:.*");
      boolean isSection = line.matches("[a-z_]+:\\s*");
      if (setsKey && !isSection && !lines.get(i - 1).strip().startsWith("#")) {
        uncommented.add(line);
      }
    }
    // THEN every key has a comment right above it
    then(uncommented).isEmpty();
  }

  @Test
  void names_the_sources_of_the_defaults_leadership_questions() {
    then(yaml())
        .contains("Gloria Mark, Daniela Gudith, Ulrich Klocke")
        .contains("The Cost of Interrupted Work: More Speed and Stress")
        .contains("CHI 2008")
        .contains("can do nothing useful")
        .contains("half of the time can go to reading");
  }

  @Test
  void covers_every_key_of_spec_section_3() {
    then(yaml())
        .contains(
            "currency:",
            "default:",
            "by_role:",
            "timezone:",
            "workday:",
            "workdays:",
            "holidays:",
            "window_working_days:",
            "context_switch_minutes:",
            "blocked_fraction:",
            "blocked_fraction_by_system:",
            "help_minutes:",
            "provisioning_minutes_per_hire:",
            "provisioning_role:",
            "required_access:",
            "precedence:",
            "sources:",
            "survey:");
  }
}
