package dev.onboardingcost.report.workspace;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The field cache gives one entry per distinct text, whatever the length and the bytes. */
class FieldCacheTest {
  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "",
        "a",
        "h1",
        "h14792",
        "access_",
        "tooling1",
        "access_wait",
        "documentation",
        "123456789012345",
        "1234567890123456",
        "2026-01-05T09:30:00-05:00"
      })
  void finds_a_field_again_in_another_line(String text) {
    // GIVEN a cache that has seen the field in one line
    FieldCache cache = new FieldCache();
    byte[] first = ("x," + text + ",y").getBytes(StandardCharsets.ISO_8859_1);
    FieldCache.Entry entry = cache.lookup(first, 2, 2 + text.length());
    // WHEN the same text comes at another place of another line
    byte[] second = ("long prefix;" + text).getBytes(StandardCharsets.ISO_8859_1);
    // THEN it is the same entry, with the text
    then(cache.lookup(second, 12, 12 + text.length())).isSameAs(entry);
    then(entry.text).isEqualTo(text);
  }

  @Test
  void packs_a_field_in_one_load_as_byte_by_byte_wherever_it_lies() {
    // GIVEN random bytes (some negative), and fields of every packed length at every place,
    // including the last bytes of the array, where no eight bytes can be loaded at once
    SplittableRandom random = new SplittableRandom(5);
    byte[] line = new byte[40];
    for (int round = 0; round < 20; round++) {
      for (int i = 0; i < line.length; i++) {
        line[i] = (byte) random.nextInt(256);
      }
      for (int from = 0; from <= line.length; from++) {
        for (int to = from; to <= Math.min(line.length, from + FieldCache.PACKED_LENGTH); to++) {
          // THEN the packed numbers are those of the byte-by-byte packing
          long low = FieldCache.packedLoop(line, from, Math.min(to, from + 8));
          long high =
              FieldCache.packedLoop(line, Math.min(to, from + 8), to)
                  | (long) (to - from + 1) << 56;
          then(FieldCache.packedLow(line, from, to)).as("%d..%d", from, to).isEqualTo(low);
          then(FieldCache.packedHigh(line, from, to)).as("%d..%d", from, to).isEqualTo(high);
        }
      }
    }
  }

  @Test
  void tells_apart_every_distinct_text() {
    // GIVEN many short texts that differ in one byte, in their length or by a zero byte
    List<String> texts = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 20_000; i++) {
      int length = random.nextInt(18);
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < length; j++) {
        text.append((char) (random.nextInt(4) == 0 ? 0 : 'a' + random.nextInt(3)));
      }
      texts.add(text.toString());
    }
    FieldCache cache = new FieldCache();
    Set<FieldCache.Entry> entries = new HashSet<>();
    for (String text : texts) {
      byte[] line = text.getBytes(StandardCharsets.ISO_8859_1);
      FieldCache.Entry entry = cache.lookup(line, 0, line.length);
      // THEN each lookup gives the entry of exactly that text
      then(entry.text).isEqualTo(text);
      entries.add(entry);
    }
    // AND there is one entry per distinct text
    then(entries).hasSize(new HashSet<>(texts).size());
  }
}
