package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.People;
import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.source.access.AccessGrants;
import java.nio.file.Path;

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

  /** How problems name {@code file}: its path relative to the workspace, with forward slashes. */
  public String nameOf(Path file) {
    return workspace.relativize(file).toString().replace('\\', '/');
  }
}
