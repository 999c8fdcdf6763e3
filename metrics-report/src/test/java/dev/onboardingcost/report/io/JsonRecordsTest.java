package dev.onboardingcost.report.io;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.core.model.RecordRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonRecordsTest {
  @TempDir Path dir;

  private List<String> read(String text) throws IOException {
    Path file = dir.resolve("log.json");
    Files.writeString(file, text);
    List<String> seen = new ArrayList<>();
    JsonRecords.read(
        file,
        "log.json",
        List.of("/data/events", "/items"),
        new JsonRecords.Sink() {
          @Override
          public void record(JsonNode record, RecordRef ref) {
            seen.add(ref + " " + record.path("n").asText());
          }

          @Override
          public void broken(RecordRef ref, String message) {
            seen.add(ref + " BROKEN");
          }
        });
    return seen;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "array            | '[{\"n\":1},\n {\"n\":2}]'                      | log.json:1#/0 1;log.json:2#/1 2",
        "lines            | '{\"n\":1}\n\n{\"n\":2}\n'                      | log.json:1 1;log.json:3 2",
        "broken line      | '{\"n\":1}\n{\"n\":\n{\"n\":3}'                 | log.json:1 1;log.json:2 BROKEN;log.json:3 3",
        "one-line hook    | '{\"data\":{\"events\":[{\"n\":1},{\"n\":2}]}}' | log.json:1#/data/events/0 1;log.json:1#/data/events/1 2",
        "pretty hook      | '{\n \"eventType\": \"hook\",\n \"data\": {\n  \"events\": [\n   {\"n\":1}\n  ]\n }\n}' | log.json:5#/data/events/0 1",
        "search results   | '{\n \"total_count\": 1,\n \"items\": [{\"n\":7}]\n}' | log.json:3#/items/0 7",
        "one pretty event | '{\n \"n\": 5,\n \"target\": []\n}'               | log.json:1 5",
        "truncated array  | '[{\"n\":1},\n{\"n\":'                           | log.json:1#/0 1;log.json:2 BROKEN",
        "not json         | 'n=1'                                           | log.json:1 BROKEN",
        "blank lines first | '\n  \n{\"n\":1}\n{\"n\":2}'                | log.json:3 1;log.json:4 2",
        "one line, no end | '{\"n\":1}'                                     | log.json:1 1",
        "slurped pages    | '[[{\"n\":1}],\n[{\"n\":2},\n{\"n\":3}]]'           | log.json:1#/0/0 1;log.json:2#/1/0 2;log.json:3#/1/1 3",
      })
  void streams_every_shape_of_log(String shape, String text, String expected) throws IOException {
    // GIVEN a file of that shape / WHEN read / THEN each record with its place
    then(String.join(";", read(text))).isEqualTo(expected);
  }

  @Test
  void an_empty_file_has_no_records() throws IOException {
    then(read("  \n")).isEmpty();
  }

  @Test
  void more_than_a_mebibyte_of_blanks_before_the_first_record_is_refused() throws IOException {
    // GIVEN a record after 2^20 + 1 blank characters / WHEN read / THEN the file is refused
    then(read(" ".repeat((1 << 20) + 1) + "{\"n\":1}")).containsExactly("log.json:1 BROKEN");
  }

  @Test
  void a_mebibyte_of_blanks_before_the_first_record_is_read() throws IOException {
    then(read(" ".repeat(1 << 20) + "{\"n\":1}")).containsExactly("log.json:1 1");
  }
}
