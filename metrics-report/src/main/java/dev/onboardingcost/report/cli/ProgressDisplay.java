package dev.onboardingcost.report.cli;

import dev.onboardingcost.report.io.ReadProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error while a workspace's inputs are read, in megabytes: shown only
 * when standard error is a terminal and the inputs are large, so CI logs and pipes stay clean.
 */
final class ProgressDisplay implements AutoCloseable {
  /** Inputs smaller than this read in about a second: no bar. */
  private static final long LARGE = 50L << 20;

  private final ProgressBar bar;
  private final AutoCloseable listening;

  private ProgressDisplay(ProgressBar bar) {
    this.bar = bar;
    this.listening = bar == null ? () -> {} : ReadProgress.listen(bar::stepBy);
  }

  /** A display for reading {@code workspace}; a silent one unless {@code enabled} and useful. */
  static ProgressDisplay forWorkspace(Path workspace, boolean enabled) {
    if (!enabled || !standardErrorIsTerminal()) {
      return new ProgressDisplay(null);
    }
    long bytes = inputBytes(workspace);
    if (bytes < LARGE) {
      return new ProgressDisplay(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Reading")
            .setInitialMax(bytes)
            .setUnit(" MB", 1L << 20)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(250)
            .clearDisplayOnFinish()
            .build();
    return new ProgressDisplay(bar);
  }

  @Override
  public void close() {
    try {
      listening.close();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the progress listener cannot fail", e);
    }
    if (bar != null) {
      bar.close();
    }
  }

  /** The size of every file in the workspace but its outputs. */
  private static long inputBytes(Path workspace) {
    try (Stream<Path> files = Files.walk(workspace)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !workspace.relativize(file).startsWith("out"))
          .mapToLong(ProgressDisplay::size)
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * True when file descriptor 2 is a terminal. {@code System.console()} only tells about standard
   * input and output, so look at what the descriptor points to where the system says (Linux).
   */
  private static boolean standardErrorIsTerminal() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      String name = target.toString();
      return name.startsWith("/dev/pts/") || name.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
