package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.Admission;
import dev.onboardingcost.core.cost.CostEngine;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.report.quality.DataQuality;

/**
 * Where readers hand their events: each goes to the cost engine and is counted as used (and as
 * outside the window where the engine leaves it out), or rejected when the engine refuses it.
 */
public final class EventIntake {
  private final CostEngine engine;
  private final DataQuality quality;

  /** An intake feeding {@code engine} and accounting in {@code quality}. */
  public EventIntake(CostEngine engine, DataQuality quality) {
    this.engine = requireNonNull(engine, "engine");
    this.quality = requireNonNull(quality, "quality");
  }

  /** Takes one event read by {@code source} (the reader's name for the data-quality counts). */
  public void accept(String source, OnboardingEvent event) {
    Admission admission;
    try {
      admission = engine.admit(event);
    } catch (IllegalArgumentException e) {
      quality.rejected(source, event.provenance().ref(), e.getMessage());
      return;
    }
    quality.used(source);
    if (admission == Admission.OUTSIDE_WINDOW) {
      quality.outsideWindow(
          source,
          event.provenance().ref(),
          event.type() + " of " + event.hire() + " is outside the onboarding window");
    }
  }

  /** The engine events go to (for readers that need a hire's window). */
  public CostEngine engine() {
    return engine;
  }

  /** The data-quality account. */
  public DataQuality quality() {
    return quality;
  }
}
