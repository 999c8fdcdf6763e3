package dev.onboardingcost.report.workspace;

import java.io.IOException;

/**
 * Reads one kind of evidence in a workspace (canonical events, survey answers, one log source) and
 * hands every record to the intake or the data-quality account. Readers stream: a file is never
 * loaded whole.
 */
public interface EvidenceReader {
  /** The source name used in the data-quality counts, e.g. {@code okta}. */
  String name();

  /**
   * Reads whatever this reader's files the workspace holds; none is fine.
   *
   * @throws IOException when a file exists but cannot be read at all
   */
  void read(ReadContext context) throws IOException;
}
