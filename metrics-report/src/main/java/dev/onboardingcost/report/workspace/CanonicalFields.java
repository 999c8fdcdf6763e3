package dev.onboardingcost.report.workspace;

/** The fields of one canonical event record, by column, as {@link CanonicalEventParser} asks. */
@FunctionalInterface
public interface CanonicalFields {
  /** The field's text with surrounding white space stripped; empty when absent or blank. */
  String text(CanonicalColumn column);
}
