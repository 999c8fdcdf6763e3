package dev.onboardingcost.report.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Counts the bytes every input file gives as it is read, for a progress display. All text inputs
 * pass through {@link TextFiles#open}, which wraps them here, so no reader needs to know.
 *
 * <p>One listener at a time, process-wide (the command line shows one progress bar); with none,
 * counting costs a volatile read per buffer.
 */
public final class ReadProgress {
  private static volatile LongConsumer listener;

  private ReadProgress() {}

  /** Sends the bytes read from now on to {@code bytesRead} until the returned handle is closed. */
  public static AutoCloseable listen(LongConsumer bytesRead) {
    listener = bytesRead;
    return () -> listener = null;
  }

  /** {@code in}, reporting the bytes read through it to the current listener. */
  static InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          report(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          report(n);
        }
        return n;
      }
    };
  }

  static void report(long bytes) {
    LongConsumer current = listener;
    if (current != null) {
      current.accept(bytes);
    }
  }
}
