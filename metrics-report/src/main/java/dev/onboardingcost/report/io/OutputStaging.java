package dev.onboardingcost.report.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A run's outputs, written first into a staging folder of the output folder and then put in place
 * of the previous run's in one step each (docs/reliability.md; see {@link OutputCommit}), so that
 * the output folder only ever shows one run's outputs, whole.
 *
 * <p>The staging folder is named after the process that owns it ({@link StagingName}) and holds the
 * outputs being written and the temporary files of the libraries that write them ({@link
 * #createFile}). It goes away in every way a run can end: at {@link #commit()}, at {@link #close()}
 * after a failure, at Ctrl-C or a termination signal (a shutdown hook), and, for a run killed
 * outright, at the next run into the same folder, which removes the staging folders whose process
 * is gone (restoring the previous outputs if that run was killed in the middle of its commit).
 *
 * <p>Once a stop has begun, no output or temporary file can be created here any more: a writer
 * still running meanwhile fails instead of leaving a file behind.
 */
public final class OutputStaging implements AutoCloseable, TempFiles {
  private enum State {
    OPEN,
    COMMITTED,
    STOPPED
  }

  private static final String TEMPORARY = "tmp";

  private final Path outDir;
  private final Path shownOut;
  private final Path staging;
  private final boolean createdOutDir;
  private final boolean tracked;
  private final Thread stopHook;
  private State state = State.OPEN;

  private OutputStaging(
      Path outDir, Path shownOut, Path staging, boolean createdOutDir, boolean tracked) {
    this.outDir = outDir;
    this.shownOut = shownOut;
    this.staging = staging;
    this.createdOutDir = createdOutDir;
    this.tracked = tracked;
    this.stopHook = new Thread(this::stop, "onboarding-cost output cleanup");
  }

  /**
   * Starts staging a report's outputs for {@code outDir}, which is created if needed. The outputs a
   * previous report listed there and this one does not write are removed at {@link #commit()};
   * other files are kept.
   *
   * @throws OutputWriteException when {@code outDir} is not a folder this user may write
   */
  public static OutputStaging forReport(Path outDir) throws OutputWriteException {
    return start(outDir, true);
  }

  /**
   * Starts staging files for the folder {@code dir}, which is created if needed; nothing there is
   * removed and no list of outputs is kept.
   *
   * @throws OutputWriteException when {@code dir} is not a folder this user may write
   */
  public static OutputStaging create(Path dir) throws OutputWriteException {
    return start(dir, false);
  }

  private static OutputStaging start(Path shownOut, boolean tracked) throws OutputWriteException {
    Path outDir = shownOut.toAbsolutePath().normalize();
    boolean created = !Files.exists(outDir);
    Path staging;
    try {
      if (!created && !Files.isDirectory(outDir)) {
        throw new OutputWriteException(shownOut, "not a folder", null);
      }
      Files.createDirectories(outDir);
      removeLeftOvers(outDir);
      staging = Files.createTempDirectory(outDir, StagingName.ofThisProcess().prefix());
      Files.createDirectory(staging.resolve(OutputCommit.NEW));
      Files.createDirectory(staging.resolve(TEMPORARY));
    } catch (OutputWriteException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new OutputWriteException(shownOut, e);
    }
    OutputStaging outputs = new OutputStaging(outDir, shownOut, staging, created, tracked);
    try {
      Runtime.getRuntime().addShutdownHook(outputs.stopHook);
    } catch (IllegalStateException e) {
      outputs.close();
      throw new OutputWriteException(shownOut, "the run is being stopped", e);
    }
    return outputs;
  }

  /**
   * Where to write the output {@code relative} (e.g. {@code charts/trend.png}) for now; its folder
   * exists.
   *
   * @throws OutputWriteException when the run is being stopped or the folder cannot be made
   */
  public synchronized Path file(String relative) throws OutputWriteException {
    if (!OutputManifest.isOutputName(relative)) {
      throw new IllegalArgumentException("not an output name: " + relative);
    }
    Path file = staging.resolve(OutputCommit.NEW).resolve(relative);
    ensureOpen(relative);
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new OutputWriteException(shown(relative), e);
    }
    return file;
  }

  /**
   * Writes the output {@code relative} with {@code writer}, into the staging folder. A failure,
   * including an I/O error a library wraps in one of its own exceptions, becomes one {@link
   * OutputWriteException} naming the output where the user will look for it.
   */
  public void write(String relative, Writer writer) throws OutputWriteException {
    Path file = file(relative);
    try {
      writer.write(file);
    } catch (OutputWriteException e) {
      throw e;
    } catch (IOException e) {
      throw new OutputWriteException(shown(relative), e);
    } catch (RuntimeException e) {
      if (IoFailures.ioCause(e).isPresent()) {
        throw new OutputWriteException(shown(relative), e);
      }
      throw e;
    }
  }

  /** Writes one output to a file. */
  @FunctionalInterface
  public interface Writer {
    /** Writes the output to {@code file}. */
    void write(Path file) throws IOException;
  }

  @Override
  public synchronized Path createFile(String prefix, String suffix) throws IOException {
    ensureOpen(prefix);
    return Files.createTempFile(staging.resolve(TEMPORARY), prefix, suffix);
  }

  @Override
  public synchronized Path createDirectory(String prefix) throws IOException {
    ensureOpen(prefix);
    return Files.createTempDirectory(staging.resolve(TEMPORARY), prefix);
  }

  /** The final output folder. */
  public Path outDir() {
    return outDir;
  }

  /** The staging folder (while the run goes on). */
  Path stagingDir() {
    return staging;
  }

  /**
   * Puts every staged output in place of the previous outputs (see {@link OutputCommit}), then
   * removes the staging folder.
   *
   * @return the outputs, as paths in the output folder
   * @throws OutputWriteException when an output cannot be put in place; the previous outputs are
   *     then back in place
   */
  public synchronized List<Path> commit() throws IOException {
    ensureOpen(".");
    List<Path> written;
    try {
      written = OutputCommit.apply(outDir, staging, shownOut, tracked);
    } catch (OutputWriteException e) {
      if (e.getSuppressed().length > 0) {
        // the previous outputs could not all be put back: their copies stay in the staging
        // folder, whose next run puts them back
        state = State.STOPPED;
      }
      throw e;
    }
    state = State.COMMITTED;
    deleteQuietly(staging);
    return written;
  }

  /**
   * Removes the staging folder, and the output folder if this run created it and wrote nothing
   * there. Never fails: a staging folder that cannot be removed now is removed by the next run.
   */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(stopHook);
    } catch (IllegalStateException e) {
      // the JVM is stopping: the hook runs or has run
    }
  }

  /** Ends the run without commit: no more files, and the staging folder removed. */
  private synchronized void stop() {
    if (state == State.OPEN) {
      state = State.STOPPED;
      deleteQuietly(staging);
      if (createdOutDir) {
        try {
          FileTrees.deleteIfEmpty(outDir);
        } catch (IOException e) {
          // left as it is
        }
      }
    }
  }

  private void ensureOpen(String what) throws OutputWriteException {
    if (state != State.OPEN) {
      throw new OutputWriteException(
          shown(what), state == State.STOPPED ? "the run was stopped" : "already committed", null);
    }
  }

  private Path shown(String relative) {
    return shownOut.resolve(relative);
  }

  /**
   * Removes the staging folders in {@code outDir} whose process is gone, restoring the previous
   * outputs first when such a run was killed during its commit. Folders of running processes, and
   * folders this user may not remove (another user's), are left.
   */
  private static void removeLeftOvers(Path outDir) throws IOException {
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(outDir, StagingName.PREFIX + "*")) {
      for (Path entry : entries) {
        Optional<StagingName> owner = StagingName.parse(entry.getFileName().toString());
        if (owner.isEmpty()
            || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
            || owner.get().ownerMayBeAlive()) {
          continue;
        }
        try {
          OutputCommit.rollBack(outDir, entry);
          FileTrees.delete(entry);
        } catch (IOException e) {
          // another user's, or in use: left for its owner
        }
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      FileTrees.delete(dir);
    } catch (IOException | RuntimeException e) {
      // removed by the next run into this folder
    }
  }
}
