package dev.onboardingcost.report.source.access;

import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.ReadContext;

/**
 * The last step of reading: turns the grants and requests every log reader collected in {@link
 * ReadContext#accessGrants()} into access waits. It reads no file of its own.
 */
public final class AccessWaitsStep implements EvidenceReader {
  /** The step's name. */
  public static final String NAME = "access_waits";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void read(ReadContext context) {
    context.accessGrants().flush(context);
  }
}
