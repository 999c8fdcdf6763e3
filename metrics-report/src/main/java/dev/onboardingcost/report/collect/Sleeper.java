package dev.onboardingcost.report.collect;

import java.time.Duration;

/** Waits: the real clock in a run, a recorder in tests (so that no test really waits). */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps the thread for {@code duration}. */
  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for {@code duration} (zero or more).
   *
   * @throws InterruptedException when the run is stopped while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
