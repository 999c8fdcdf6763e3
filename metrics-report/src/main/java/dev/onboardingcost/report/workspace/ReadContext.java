package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.People;
import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.source.access.AccessGrants;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What every evidence reader gets: the workspace, its settings and people, the intake, and the
 * access grants the log readers collect for one analysis.
 */
public record ReadContext(
    Path workspace,
    Settings settings,
    People people,
    EventIntake intake,
    Timestamps timestamps,
    AccessGrants accessGrants) {
  /** Checks the context. */
  public ReadContext {
    requireNonNull(workspace, "workspace");
    requireNonNull(settings, "settings");
    requireNonNull(people, "people");
    requireNonNull(intake, "intake");
    requireNonNull(timestamps, "timestamps");
    requireNonNull(accessGrants, "accessGrants");
  }

  /** A context with no access grants collected yet. */
  public ReadContext(
      Path workspace, Settings settings, People people, EventIntake intake, Timestamps timestamps) {
    this(workspace, settings, people, intake, timestamps, new AccessGrants());
  }

  /** The data-quality account. */
  public DataQuality quality() {
    return intake.quality();
  }

  /**
   * The files directly in the workspace folder {@code folder} that {@code source} reads, those
   * whose names end with one of {@code extensions}; the other entries are listed in the
   * data-quality account as not read (see {@link WorkspaceFiles#list}).
   *
   * @throws ConfigException when such a file is not a regular file
   */
  public List<Path> files(String source, String folder, String... extensions) throws IOException {
    return WorkspaceFiles.list(workspace, folder, source, quality(), List.of(extensions));
  }

  /**
   * The evidence file {@code relative} that {@code source} reads, if there is one and it lies in
   * the workspace (see {@link WorkspaceFiles#evidenceFile}).
   *
   * @throws ConfigException when it is not a regular file
   */
  public Optional<Path> file(String source, String relative) {
    return WorkspaceFiles.evidenceFile(workspace, relative, source, quality());
  }

  /** How problems name {@code file}: its path relative to the workspace, with forward slashes. */
  public String nameOf(Path file) {
    return workspace.relativize(file).toString().replace('\\', '/');
  }
}
