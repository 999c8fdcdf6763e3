package dev.onboardingcost.report.workspace;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.core.model.People;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleReaderTest {
  @TempDir Path dir;

  @Test
  void reads_columns_in_any_order_with_a_bom() throws Exception {
    // GIVEN a UTF-8 file with a byte-order mark and shuffled columns
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body =
        "role,start_date,id,email,hourly_rate\nsre,2026-02-02,h9,Nine@Example.com,175.5\nops,,c9,,\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Files.write(dir.resolve("people.csv"), all);

    // WHEN
    People people = PeopleReader.read(dir);

    // THEN
    then(people.all()).hasSize(2);
    var hire = people.byEmail("nine@example.COM ").orElseThrow();
    then(hire.id().value()).isEqualTo("h9");
    then(hire.startDate()).contains(LocalDate.of(2026, 2, 2));
    then(hire.hourlyRate().orElseThrow()).isEqualByComparingTo("175.5");
    then(people.hires()).extracting(p -> p.id().value()).containsExactly("h9");
  }

  @Test
  void refuses_duplicate_ids_with_the_line() {
    TestWorkspaces.write(dir, "people.csv", "id,name\na,A\nb,B\na,Again\n");
    thenThrownBy(() -> PeopleReader.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage("people.csv:4: duplicate id 'a'");
  }

  @Test
  void refuses_a_bad_start_date() {
    TestWorkspaces.write(dir, "people.csv", "id,start_date\na,05/01/2026\n");
    thenThrownBy(() -> PeopleReader.read(dir))
        .hasMessage(
            "people.csv:2: column 'start_date': expected an ISO date like 2026-01-05, got '05/01/2026'");
  }

  @Test
  void refuses_a_start_date_outside_the_years_1900_to_2200() {
    // GIVEN year 0, which no quarter or calendar can hold
    TestWorkspaces.write(dir, "people.csv", "id,start_date\na,2026-01-05\nb,0000-01-01\n");
    // WHEN / THEN the run stops naming file, line and value
    thenThrownBy(() -> PeopleReader.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "people.csv:3: column 'start_date': out of range: expected a year from 1900 to 2200,"
                + " like 2026-01-05, got '0000-01-01'");
  }

  @Test
  void refuses_a_negative_rate() {
    TestWorkspaces.write(dir, "people.csv", "id,hourly_rate\na,-3\n");
    thenThrownBy(() -> PeopleReader.read(dir))
        .hasMessage("people.csv:2: column 'hourly_rate': must not be negative, got '-3'");
  }

  @Test
  void needs_an_id_column() {
    TestWorkspaces.write(dir, "people.csv", "name,email\nA,a@x\n");
    thenThrownBy(() -> PeopleReader.read(dir))
        .hasMessageStartingWith("people.csv: line 1: the header needs an 'id' column");
  }

  @Test
  void reads_semicolon_separated_files() {
    TestWorkspaces.write(dir, "people.csv", "id;email;start_date\nh1;h1@x.com;2026-01-05\n");
    then(PeopleReader.read(dir).byEmail("h1@x.com")).isPresent();
  }

  @Test
  void finds_a_person_by_an_alias_ignoring_case_and_normalisation() {
    // GIVEN an Okta login, a former email and a Jira display name with a decomposed é
    TestWorkspaces.write(
        dir,
        "people.csv",
        "id,email,aliases\nh1,jose@example.com,AD\\jgarcia; jose.old@example.com ;Jose\u0301 G\n");

    // WHEN
    People people = PeopleReader.read(dir);

    // THEN every reader's look-up falls back to the aliases
    then(people.byEmail("ad\\JGARCIA")).map(p -> p.id().value()).contains("h1");
    then(people.byEmail("Jose.Old@example.com")).map(p -> p.id().value()).contains("h1");
    then(people.byGithubLogin("jos\u00e9 g")).map(p -> p.id().value()).contains("h1");
    then(people.bySlackId("JOSE\u0301 G")).map(p -> p.id().value()).contains("h1");
  }

  @Test
  void refuses_two_ids_that_differ_only_in_normalisation() {
    // GIVEN josé composed (U+00E9) and decomposed (e + U+0301)
    TestWorkspaces.write(dir, "people.csv", "id\njos\u00e9\njose\u0301\n");
    thenThrownBy(() -> PeopleReader.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage("people.csv:3: duplicate id 'jos\u00e9'");
  }

  @Test
  void refuses_an_alias_that_is_another_persons_identity_with_the_line() {
    // GIVEN c1's alias is h1's GitHub login
    TestWorkspaces.write(
        dir, "people.csv", "id,github,aliases\nh1,Hana-GH,\nc1,cole-gh,old-cole;hana-gh\n");
    thenThrownBy(() -> PeopleReader.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "people.csv:3: column 'aliases': 'hana-gh' is also the github of h1; an identity must"
                + " name one person");
  }
}
