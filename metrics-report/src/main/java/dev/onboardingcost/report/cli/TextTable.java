package dev.onboardingcost.report.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A terminal table: a header and rows of text, columns padded to their widest cell; the first
 * column is left-aligned, the others right-aligned (they hold figures).
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... header) {
    rows.add(header);
  }

  TextTable row(String... cells) {
    rows.add(cells);
    return this;
  }

  void print(PrintWriter out) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], cell(row, i).length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = cell(rows.get(r), i);
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? cell + pad : "  " + pad + cell);
      }
      out.println(line.toString().stripTrailing());
      if (r == 0) {
        int total = 0;
        for (int w : widths) {
          total += w;
        }
        out.println("-".repeat(total + 2 * (columns - 1)));
      }
    }
  }

  private static String cell(String[] row, int i) {
    return i < row.length && row[i] != null ? ConsoleText.inert(row[i]) : "";
  }
}
