package dev.onboardingcost.report.collect;

import java.io.PrintWriter;

/** Shows, on one line of standard error, how far each source has come (only on a terminal). */
final class Progress {
  private final PrintWriter err;
  private final boolean shown;
  private boolean open;

  Progress(PrintWriter err, boolean shown) {
    this.err = err;
    this.shown = shown;
  }

  /** {@code source} has read {@code pages} pages and found {@code fresh} new records. */
  void update(String source, int pages, int fresh) {
    if (shown) {
      err.print("\r" + source + ": " + pages + " pages, " + fresh + " new   ");
      err.flush();
      open = true;
    }
  }

  /** Ends the progress line, before a result line is printed. */
  void clear() {
    if (open) {
      err.print("\r\033[K");
      err.flush();
      open = false;
    }
  }
}
