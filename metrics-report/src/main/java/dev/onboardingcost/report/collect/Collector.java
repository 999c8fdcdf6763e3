package dev.onboardingcost.report.collect;

import java.io.IOException;

/** Fetches one source's evidence into the workspace. */
@FunctionalInterface
interface Collector {
  /**
   * Fetches what is new since the source's cursor, writes it as new files and moves the cursor.
   * What was written before a failure stays, and the cursor does not move.
   *
   * @return one line saying what was written
   * @throws CollectFailure when the API fails; the message says what to check
   * @throws IOException when a file cannot be written
   */
  String collect(CollectRun run) throws CollectFailure, IOException;
}
