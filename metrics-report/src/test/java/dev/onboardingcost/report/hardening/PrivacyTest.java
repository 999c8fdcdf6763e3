package dev.onboardingcost.report.hardening;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.report.cli.CliRun;
import dev.onboardingcost.report.workspace.PeopleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --pseudonymize} leaves no identity of data/sample in any output: every file under --out
 * (zip containers such as xlsx are opened entry by entry) and what the commands print.
 */
class PrivacyTest {
  @TempDir Path dir;

  private Path keyFile(String key) throws IOException {
    Path file = dir.resolve("key-" + key.hashCode());
    Files.writeString(file, key + "\n");
    return file;
  }

  @Test
  void leaves_no_name_email_login_slack_id_or_person_id_in_any_output() throws IOException {
    // GIVEN the sample workspace and a key
    Path sample = FuzzWorkspace.sample();
    Path out = dir.resolve("out");
    String key = keyFile("correct horse battery staple").toString();

    // WHEN
    CliRun report =
        CliRun.of(
            "report",
            sample.toString(),
            "--out",
            out.toString(),
            "--pseudonymize",
            "--pseudonym-key-file",
            key);
    CliRun validate =
        CliRun.of("validate", sample.toString(), "--pseudonymize", "--pseudonym-key-file", key);

    // THEN
    then(report.status()).as(report.err()).isZero();
    then(validate.status()).as(validate.err()).isZero();
    List<String> texts = new ArrayList<>();
    texts.add(report.out());
    texts.add(validate.out());
    texts.add(report.err() + validate.err());
    texts.addAll(OutputTexts.under(out));
    String all = String.join("\n", texts).toLowerCase(Locale.ROOT);
    for (Person person : PeopleReader.read(sample).all()) {
      for (String identity :
          List.of(
              person.id().value(),
              person.name(),
              person.email(),
              person.github(),
              person.slack())) {
        String text = identity.toLowerCase(Locale.ROOT);
        if (identity.isBlank() || !all.contains(text)) {
          // a word can only be where its text is; the plain search is far faster on a big workbook
          continue;
        }
        Pattern word =
            Pattern.compile(
                "(?<![\\p{L}\\p{N}_.@-])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}_@-])");
        then(word.matcher(all).find()).as("'%s' appears in an output", identity).isFalse();
      }
    }
  }

  @Test
  void leaves_no_name_in_evidence_file_names_or_in_parts_of_names_in_notes() throws IOException {
    // GIVEN evidence files named after the hire Hana Hostile and a note naming her surname first
    Path workspace = dir.resolve("workspace");
    HostileInputTest.copyTree(Path.of("src/test/resources/hostile/_base"), workspace);
    Files.createDirectories(workspace.resolve("survey"));
    Files.writeString(workspace.resolve("survey/interview Hana Hostile.txt"), "notes\n");
    Files.writeString(
        workspace.resolve("survey/hostile_hana.csv"),
        "Email Address,Notes\nhana@example.com,2\nnobody@example.com,1\n");
    Files.writeString(
        workspace.resolve("events.csv"),
        "type,hire,category,minutes,note\nblocked,h1,documentation,30,\"Hostile, Hana: no docs\"\n"
            + "blocked,h1,nonsense,30,HANA again\n");
    Path out = dir.resolve("out");
    String key = keyFile("a key").toString();

    // WHEN
    CliRun report =
        CliRun.of(
            "report",
            workspace.toString(),
            "--out",
            out.toString(),
            "--pseudonymize",
            "--pseudonym-key-file",
            key);
    CliRun validate =
        CliRun.of("validate", workspace.toString(), "--pseudonymize", "--pseudonym-key-file", key);

    // THEN no part of her name is in any output, file names of evidence included
    then(report.status()).as(report.err()).isZero();
    String all =
        String.join("\n", OutputTexts.under(out)) + report.out() + report.err() + validate.out();
    then(all).containsPattern("survey/file-[0-9a-f]{12}\\.txt");
    then(all.toLowerCase(Locale.ROOT)).doesNotContain("hana").doesNotContain("hostile");
    then(all).doesNotContain("a key");
  }

  @Test
  void gives_the_same_pseudonyms_for_the_same_key_and_others_for_another() throws IOException {
    Path sample = FuzzWorkspace.sample();
    for (String[] run :
        new String[][] {{"a", "key one"}, {"b", "key one"}, {"c", "key two"}, {"d", null}}) {
      List<String> args =
          new ArrayList<>(List.of("report", sample.toString(), "--out", dir.resolve(run[0]) + ""));
      if (run[1] != null) {
        args.addAll(List.of("--pseudonymize", "--pseudonym-key-file", keyFile(run[1]).toString()));
      }
      then(CliRun.of(args.toArray(String[]::new)).status()).isZero();
    }
    byte[] a = Files.readAllBytes(dir.resolve("a/summary.json"));
    then(a).isEqualTo(Files.readAllBytes(dir.resolve("b/summary.json")));
    then(a).isNotEqualTo(Files.readAllBytes(dir.resolve("c/summary.json")));
    String plain = Files.readString(dir.resolve("d/summary.json"));
    then(new String(a, StandardCharsets.UTF_8).replaceAll("person-[0-9a-f]{12}", "ID").length())
        .as("only identities differ: same totals")
        .isPositive();
    then(Files.readString(dir.resolve("a/summary.json"))).contains("\"total_cost\"");
    then(totalOf(Files.readString(dir.resolve("a/summary.json")))).isEqualTo(totalOf(plain));
  }

  @Test
  void refuses_to_pseudonymize_without_a_key() {
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "report", FuzzWorkspace.sample().toString(), "--out", out.toString(), "--pseudonymize");
    // The test JVM may have the variable set; only check when it has not.
    if (System.getenv("ONBOARDING_COST_PSEUDONYM_KEY") == null) {
      then(run.status()).isEqualTo(2);
      then(run.err().strip())
          .isEqualTo(
              "onboarding-cost: --pseudonymize needs a key: set ONBOARDING_COST_PSEUDONYM_KEY or"
                  + " give --pseudonym-key-file FILE");
      then(out).doesNotExist();
    }
  }

  private static String totalOf(String summary) {
    int at = summary.indexOf("\"totals\"");
    return summary.substring(at, summary.indexOf('}', at));
  }
}
