package dev.onboardingcost.report.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output could not be written: the message is one line naming the output where the user will
 * look for it (not the staging copy) and the reason in plain words, e.g. {@code cannot write
 * out/onboarding-cost.xlsx: no space left on device}.
 */
public final class OutputWriteException extends IOException {
  private static final long serialVersionUID = 1L;

  /** {@code output} could not be written because of {@code cause}. */
  public OutputWriteException(Path output, Throwable cause) {
    this(output, IoFailures.reason(cause), cause);
  }

  /** {@code output} could not be written, for {@code reason}. */
  public OutputWriteException(Path output, String reason, Throwable cause) {
    super("cannot write " + output + ": " + reason, cause);
  }
}
