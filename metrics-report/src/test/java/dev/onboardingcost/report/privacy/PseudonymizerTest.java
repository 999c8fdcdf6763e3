package dev.onboardingcost.report.privacy;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.report.quality.DataQuality;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {
  private static final People PEOPLE =
      new People(
          List.of(
              new Person(
                  PersonId.of("apetrov"),
                  "Arjun Petrov",
                  "arjun.petrov@acme.example",
                  "arjunpet",
                  "U09JKC0JPBN",
                  "data",
                  "engineer",
                  Optional.of(LocalDate.of(2026, 1, 5)),
                  Optional.empty())));

  private final Pseudonymizer pseudonymizer =
      Pseudonymizer.of("k".getBytes(StandardCharsets.UTF_8), PEOPLE);

  @Test
  void replaces_every_identity_of_a_person_with_one_pseudonym_in_free_text() {
    // GIVEN a reason that quotes each identity of a person, an unknown email and Slack id
    String reason =
        "Arjun Petrov (ARJUN.PETROV@acme.example, login arjunpet, <@U09JKC0JPBN>, id apetrov)"
            + " asked stranger@other.example and U0ABCDEF123; apetrovich stays";

    // WHEN
    String text = pseudonymizer.text(reason);

    // THEN
    String p = pseudonymizer.pseudonym(PersonId.of("apetrov"));
    then(p).matches("person-[0-9a-f]{12}");
    then(text)
        .isEqualTo(
            p
                + " ("
                + p
                + "@pseudonym.invalid, login "
                + p
                + ", <@"
                + p
                + ">, id "
                + p
                + ") asked "
                + text.substring(text.indexOf("asked ") + 6, text.indexOf(" and "))
                + " and "
                + text.substring(text.indexOf(" and ") + 5, text.indexOf(';'))
                + "; apetrovich stays");
    then(text).doesNotContain("stranger").doesNotContain("U0ABCDEF123");
    then(text).containsPattern("email-[0-9a-f]{12}@pseudonym.invalid").contains("slack-");
  }

  @Test
  void replaces_an_alias_and_labels_log_identities_that_matched_no_one() {
    // GIVEN a person whose Okta login is an alias, and a data-quality account with an unmatched
    // login
    Person withAlias =
        new Person(
            PersonId.of("hkato"),
            "Hana Kato",
            "hana.kato@acme.example",
            "",
            "",
            "",
            "",
            Optional.of(LocalDate.of(2026, 1, 5)),
            Optional.empty(),
            List.of("ACME\\hkato01"));
    Pseudonymizer p =
        Pseudonymizer.of("k".getBytes(StandardCharsets.UTF_8), new People(List.of(withAlias)));
    DataQuality quality = new DataQuality();
    quality.identityMiss("okta", "jdoe-contractor");
    // WHEN
    String text = p.text("granted to ACME\\hkato01");
    var misses = quality.mapTexts(p::file, p::text, identity -> "identity-x").identityMisses();
    // THEN the alias is the person's pseudonym, and the miss is no longer the login
    then(text).isEqualTo("granted to " + p.pseudonym(PersonId.of("hkato")));
    then(misses.get("okta").toString()).doesNotContain("jdoe");
  }

  @Test
  void replaces_each_part_of_a_name_in_free_text() {
    // GIVEN a note that writes the name surname first, and one part alone
    String p = pseudonymizer.pseudonym(PersonId.of("apetrov"));
    // WHEN / THEN each part of 3+ letters is that person's pseudonym, case and form ignored
    then(pseudonymizer.text("Petrov, Arjun waited; ARJUN asked again"))
        .isEqualTo(p + ", " + p + " waited; " + p + " asked again");
  }

  @Test
  void labels_evidence_files_whose_names_hold_an_identity() {
    // GIVEN file names with a name, parts of it in another order, a login and an email
    String interview = pseudonymizer.file("survey/interview Arjun Petrov.csv");
    // THEN each such name becomes a stable label, its folder and extension kept
    then(interview).matches("survey/file-[0-9a-f]{12}\\.csv");
    then(pseudonymizer.file("survey/interview Arjun Petrov.csv")).isEqualTo(interview);
    then(pseudonymizer.file("survey/petrov_arjun-notes.txt"))
        .matches("survey/file-[0-9a-f]{12}\\.txt");
    then(pseudonymizer.file("logs/slack/dm-arjunpet/2026-01-05.json"))
        .matches("logs/slack/file-[0-9a-f]{12}/2026-01-05\\.json");
    then(pseudonymizer.file("survey/arjun.petrov@acme.example.csv")).startsWith("survey/file-");
    // AND a file that names no one keeps its name
    then(pseudonymizer.file("survey/first-week-2026-h1.csv"))
        .isEqualTo("survey/first-week-2026-h1.csv");
  }

  @Test
  void gives_the_same_pseudonym_for_the_same_key_only() {
    Pseudonymizer again = Pseudonymizer.of("k".getBytes(StandardCharsets.UTF_8), PEOPLE);
    Pseudonymizer other = Pseudonymizer.of("other".getBytes(StandardCharsets.UTF_8), PEOPLE);
    PersonId id = PersonId.of("apetrov");
    then(again.pseudonym(id)).isEqualTo(pseudonymizer.pseudonym(id));
    then(other.pseudonym(id)).isNotEqualTo(pseudonymizer.pseudonym(id));
  }
}
