package dev.onboardingcost.report.workspace;

/**
 * The columns (CSV) or keys (JSON lines) of a canonical event record, the README's workspace
 * section.
 */
public enum CanonicalColumn {
  TYPE("type"),
  HIRE("hire"),
  HELPER("helper"),
  CATEGORY("category"),
  SYSTEM("system"),
  START("start"),
  END("end"),
  MINUTES("minutes"),
  COUNT("count"),
  MILESTONE("milestone"),
  SOURCE("source"),
  NOTE("note");

  private final String key;

  CanonicalColumn(String key) {
    this.key = key;
  }

  /** The column's name in a CSV header or a JSON object, e.g. {@code minutes}. */
  public String key() {
    return key;
  }
}
