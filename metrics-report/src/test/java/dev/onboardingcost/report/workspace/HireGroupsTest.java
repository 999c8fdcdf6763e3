package dev.onboardingcost.report.workspace;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HireGroupsTest {
  @Test
  void copies_each_line_once_with_a_hires_lines_together_in_their_order() {
    // GIVEN 2,000 lines of 300 hires in a block, the hire in the second column
    StringBuilder block = new StringBuilder();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String line =
          "help,h" + (i * 7919 % 300) + ",c1,tooling,,2026-01-05T10:00:00Z,,30,1,,jira," + i;
      lines.add(line);
      block.append(line).append('\n');
    }
    byte[] bytes = block.toString().getBytes(StandardCharsets.US_ASCII);
    HireGroups groups = new HireGroups(',', 1);
    int at = 0;
    for (int i = 0; i < lines.size(); i++) {
      groups.add(bytes, at, at + lines.get(i).length(), i);
      at += lines.get(i).length() + 1;
    }
    // WHEN
    byte[] copy = new byte[bytes.length];
    int count = groups.regroup(bytes, copy);
    // THEN every line comes once, with its own number; a hire's lines keep their order
    then(count).isEqualTo(lines.size());
    then(groups.firstQuoted()).isEqualTo(lines.size());
    Map<String, List<Integer>> runs = new LinkedHashMap<>();
    List<Integer> seen = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String line =
          new String(
              copy,
              groups.groupedStart(k),
              groups.groupedEnd(k) - groups.groupedStart(k),
              StandardCharsets.US_ASCII);
      int index = groups.groupedIndex(k);
      then(line).isEqualTo(lines.get(index));
      seen.add(index);
      String hire = line.split(",")[1];
      runs.computeIfAbsent(hire, h -> new ArrayList<>()).add(k);
    }
    then(seen).doesNotHaveDuplicates().hasSize(lines.size());
    then(runs).hasSize(300);
    for (List<Integer> positions : runs.values()) {
      for (int i = 1; i < positions.size(); i++) {
        then(groups.groupedIndex(positions.get(i)))
            .isGreaterThan(groups.groupedIndex(positions.get(i - 1)));
      }
    }
    // and each group's lines come together: the spans from a hire's first line to its last
    //      overlap only within a group, so they form about as many clusters as there are groups
    //      in use (one cluster if the lines had stayed in file order)
    List<int[]> spans = new ArrayList<>();
    runs.values().forEach(p -> spans.add(new int[] {p.get(0), p.get(p.size() - 1)}));
    spans.sort((x, y) -> Integer.compare(x[0], y[0]));
    int clusters = 0;
    int reach = -1;
    for (int[] span : spans) {
      if (span[0] > reach) {
        clusters++;
      }
      reach = Math.max(reach, span[1]);
    }
    then(clusters).isGreaterThan(HireGroups.GROUPS / 2);
  }

  @Test
  void lines_from_the_first_with_a_quote_are_in_no_group() {
    // GIVEN a quote in the third of five lines
    String text = "a,h1,x\nb,h2,x\nc,h1,\"x\"\nd,h2,x\ne,h3,x\n";
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    HireGroups groups = new HireGroups(',', 1);
    int at = 0;
    int index = 0;
    for (String line : text.split("\n")) {
      groups.add(bytes, at, at + line.length(), index++);
      at += line.length() + 1;
    }
    // WHEN
    int count = groups.regroup(bytes, new byte[bytes.length]);
    // THEN the first two are grouped; the rest are left in order, where they lie
    then(count).isEqualTo(2);
    then(groups.firstQuoted()).isEqualTo(2);
    then(groups.size()).isEqualTo(5);
    then(groups.index(2)).isEqualTo(2);
    then(new String(
            bytes, groups.start(4), groups.end(4) - groups.start(4), StandardCharsets.US_ASCII))
        .isEqualTo("e,h3,x");
  }

  @Test
  void cleared_groups_group_the_next_block_as_new_ones_do() {
    // GIVEN groups that grouped a long block with a quote, then are cleared for a shorter block
    byte[] first =
        "a,h1,x\nb,h2,x\nc,h3,x\nd,h1,\"x\"\ne,h4,x\n".getBytes(StandardCharsets.US_ASCII);
    byte[] second = "f,h4,x\ng,h1,x\nh,h4,x\n".getBytes(StandardCharsets.US_ASCII);
    HireGroups reused = new HireGroups(',', 1);
    addLines(reused, first);
    reused.regroup(first, new byte[first.length]);
    reused.clear();
    HireGroups fresh = new HireGroups(',', 1);
    // WHEN both group the second block
    addLines(reused, second);
    addLines(fresh, second);
    byte[] reusedCopy = new byte[second.length];
    byte[] freshCopy = new byte[second.length];
    int count = reused.regroup(second, reusedCopy);
    // THEN they hold the same lines in the same order, with no quoted line left over
    then(count).isEqualTo(fresh.regroup(second, freshCopy)).isEqualTo(3);
    then(reused.size()).isEqualTo(3);
    then(reused.firstQuoted()).isEqualTo(3);
    then(reusedCopy).isEqualTo(freshCopy);
    for (int k = 0; k < count; k++) {
      then(reused.groupedIndex(k)).isEqualTo(fresh.groupedIndex(k));
      then(reused.groupedStart(k)).isEqualTo(fresh.groupedStart(k));
      then(reused.groupedEnd(k)).isEqualTo(fresh.groupedEnd(k));
    }
  }

  /** Adds each line of {@code bytes} (lines ending in a line feed) to {@code groups}. */
  private static void addLines(HireGroups groups, byte[] bytes) {
    int start = 0;
    int index = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        groups.add(bytes, start, i, index++);
        start = i + 1;
      }
    }
  }
}
