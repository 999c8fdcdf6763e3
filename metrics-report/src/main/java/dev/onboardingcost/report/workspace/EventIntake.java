package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.Admission;
import dev.onboardingcost.core.cost.CostEngine;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.report.quality.DataQuality;

/**
 * Where readers hand their events: each goes on to the cost engine and is counted as used (and as
 * outside the window where the engine leaves it out), or rejected when the engine refuses it.
 * Readers see only this: what the engine keeps is none of their business.
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
      outsideWindow(source, event);
    }
  }

  /**
   * Takes an event derived from records already counted (an access wait made from grants, a help
   * event from a parent message's reply list): it goes to the engine but is not counted as a record
   * again. One outside the window is listed (and counted in {@code events_outside_window}).
   *
   * @throws IllegalArgumentException when the engine refuses the event (its hire is no hire);
   *     callers derive events for hires only
   */
  public void acceptDerived(String source, OnboardingEvent event) {
    if (engine.admit(event) == Admission.OUTSIDE_WINDOW) {
      outsideWindow(source, event);
    }
  }

  /**
   * Takes an event the settings assume rather than a record shows (a required system charged under
   * {@code not_granted: charge}): it costs like any other, is not counted as a record, and is no
   * evidence of its hire.
   *
   * @throws IllegalArgumentException when the engine refuses the event (its hire is no hire)
   */
  public void acceptAssumed(String source, OnboardingEvent event) {
    if (engine.admitAssumed(event) == Admission.OUTSIDE_WINDOW) {
      outsideWindow(source, event);
    }
  }

  /**
   * Notes that a used record of {@code source} speaks of {@code hire} though it makes no event of
   * its own (an access grant before the window, say).
   *
   * @throws IllegalArgumentException when {@code hire} is not a hire
   */
  public void witness(PersonId hire, Source source) {
    engine.witness(hire, source);
  }

  /**
   * Flags {@code system} as not granted to {@code hire} inside the window, at no cost.
   *
   * @throws IllegalArgumentException when {@code hire} is not a hire
   */
  public void flagNotGranted(PersonId hire, String system) {
    engine.flagNotGranted(hire, system);
  }

  private void outsideWindow(String source, OnboardingEvent event) {
    RecordRef ref = event.provenance().ref();
    quality.outsideWindow(
        source, ref, event.type() + " of " + event.hire() + " is outside the onboarding window");
  }

  /** The data-quality account. */
  public DataQuality quality() {
    return quality;
  }
}
