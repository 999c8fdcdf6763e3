package dev.onboardingcost.report.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Moves a file in one step, replacing what stands at the target. */
final class Moves {
  private Moves() {}

  /**
   * Moves {@code from} to {@code to} in one step (a rename), replacing a file there; only across
   * file systems, where no rename exists, a copy and delete.
   */
  static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
