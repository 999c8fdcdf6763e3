package dev.onboardingcost.report.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a run's outputs into a hidden staging folder inside the output folder, then moves each
 * file into place, so a failed run never leaves a half-written file behind (SPEC section 10).
 * Closing without {@link #commit()} removes the staging folder, and the output folder too if this
 * run created it.
 */
public final class OutputStaging implements AutoCloseable {
  private final Path outDir;
  private final Path staging;
  private final boolean createdOutDir;
  private boolean committed;

  private OutputStaging(Path outDir, Path staging, boolean createdOutDir) {
    this.outDir = outDir;
    this.staging = staging;
    this.createdOutDir = createdOutDir;
  }

  /** Starts staging outputs for {@code outDir}. */
  public static OutputStaging create(Path outDir) throws IOException {
    Path absolute = outDir.toAbsolutePath().normalize();
    boolean created = !Files.exists(absolute);
    Files.createDirectories(absolute);
    Path staging = Files.createTempDirectory(absolute, ".staging-");
    return new OutputStaging(absolute, staging, created);
  }

  /** Where to write the output {@code relative} (e.g. {@code charts/trend.png}) for now. */
  public Path file(String relative) throws IOException {
    Path file = staging.resolve(relative).normalize();
    if (!file.startsWith(staging)) {
      throw new IllegalArgumentException("output path escapes the output folder: " + relative);
    }
    Files.createDirectories(file.getParent());
    return file;
  }

  /** The final output folder. */
  public Path outDir() {
    return outDir;
  }

  /** Moves every staged file into place, replacing older outputs of the same name. */
  public List<Path> commit() throws IOException {
    List<Path> staged;
    try (Stream<Path> files = Files.walk(staging)) {
      staged = files.filter(Files::isRegularFile).sorted().toList();
    }
    List<Path> written = new ArrayList<>();
    for (Path file : staged) {
      Path target = outDir.resolve(staging.relativize(file).toString());
      Files.createDirectories(target.getParent());
      try {
        Files.move(
            file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
      written.add(target);
    }
    committed = true;
    deleteTree(staging);
    return written;
  }

  @Override
  public void close() {
    try {
      deleteTree(staging);
      if (!committed && createdOutDir) {
        deleteTree(outDir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
