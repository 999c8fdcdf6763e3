package dev.onboardingcost.report.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One output of {@code report} (docs/method.md), as named in {@code --outputs}. */
enum ReportOutput {
  /** {@code summary.json}. */
  SUMMARY("summary.json"),
  /** {@code onboarding-cost.xlsx}, whose Events sheet needs one cost line per event. */
  WORKBOOK("onboarding-cost.xlsx"),
  /** {@code charts/*.png} and {@code charts/*.svg}. */
  CHARTS("charts/"),
  /** {@code pitch.md}. */
  PITCH("pitch.md");

  private final String fileName;

  ReportOutput(String fileName) {
    this.fileName = fileName;
  }

  /** What the output is called in the output folder. */
  String fileName() {
    return fileName;
  }

  /** The name on the command line. */
  String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The outputs of a comma-separated list such as {@code summary,pitch}.
   *
   * @throws IllegalArgumentException naming an unknown output and the known ones
   */
  static Set<ReportOutput> parseList(String text) {
    Set<ReportOutput> outputs = EnumSet.noneOf(ReportOutput.class);
    for (String part : text.split(",", -1)) {
      String name = part.strip();
      ReportOutput output = null;
      for (ReportOutput candidate : values()) {
        if (candidate.cliName().equals(name.toLowerCase(Locale.ROOT))) {
          output = candidate;
        }
      }
      if (output == null) {
        throw new IllegalArgumentException(
            "unknown output '" + name + "', expected some of " + String.join(",", names()));
      }
      outputs.add(output);
    }
    return outputs;
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (ReportOutput output : values()) {
      names.add(output.cliName());
    }
    return names;
  }
}
