package dev.onboardingcost.report.io;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a run's staging folder, {@code .staging-PID-START-RANDOM}: the process that owns it
 * and when that process started (milliseconds since 1970, 0 when the system does not say), so a
 * later run can tell a folder left by a run that is gone (removed) from one of a run still going
 * (kept), even when the system has given the process id to another process since.
 *
 * @param pid the owning process
 * @param startMillis when the owning process started, 0 when unknown
 */
record StagingName(long pid, long startMillis) {
  /** The start of every staging folder's name. */
  static final String PREFIX = ".staging-";

  private static final Pattern NAME = Pattern.compile("\\.staging-(\\d{1,18})-(\\d{1,18})-\\d+");

  /** Two starts this close are one process's: the system reports a start to the clock tick. */
  private static final long SAME_START_MILLIS = 2_000;

  /** The name of this process's staging folders, before the random part. */
  static StagingName ofThisProcess() {
    ProcessHandle self = ProcessHandle.current();
    return new StagingName(self.pid(), startOf(self));
  }

  /** The owner of a staging folder called {@code fileName}, when it is one. */
  static Optional<StagingName> parse(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new StagingName(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
  }

  /** The start of the folder's name, to which a random part is added. */
  String prefix() {
    return PREFIX + pid + "-" + startMillis + "-";
  }

  /**
   * Whether the owning process may still be running: a process with this id runs and its start is
   * unknown or the same. When in doubt, alive: a running report's folder is never removed.
   */
  boolean ownerMayBeAlive() {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    long start = startOf(process.get());
    return start == 0 || startMillis == 0 || Math.abs(start - startMillis) <= SAME_START_MILLIS;
  }

  private static long startOf(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }
}
