package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.Admission;
import dev.onboardingcost.core.cost.CostAccumulator;
import dev.onboardingcost.core.cost.CostModel;
import dev.onboardingcost.core.cost.EventRow;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.quality.DataQuality;
import java.util.function.Supplier;

/**
 * Where readers hand their events: each goes to the cost engine and is counted as used (and as
 * outside the window where the engine leaves it out), or rejected when the engine refuses it.
 */
public final class EventIntake {
  private final CostModel engine;
  private final DataQuality quality;

  /** An intake feeding {@code engine} and accounting in {@code quality}. */
  public EventIntake(CostModel engine, DataQuality quality) {
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
    counted(source, admission, event.type(), event.hire(), event.provenance()::ref);
  }

  /**
   * {@link #accept(String, OnboardingEvent)} of the event of {@code row}, found at {@code where},
   * into the {@link CostAccumulator} holding {@code hire}: the sums of the row's hire that the
   * reader found before ({@link CostAccumulator#slotOf}). The place is asked for only when the
   * event is rejected or left out.
   */
  public void accept(
      String source, EventRow row, CostAccumulator.Slot hire, Supplier<RecordRef> where) {
    Admission admission;
    try {
      admission = hire.admit(row);
    } catch (IllegalArgumentException e) {
      quality.rejected(source, where.get(), e.getMessage());
      return;
    }
    counted(source, admission, row.typeName(), row.hire(), where);
  }

  /** Counts a record as used, and lists it when {@code type} of {@code hire} fell outside. */
  private void counted(
      String source, Admission admission, String type, PersonId hire, Supplier<RecordRef> where) {
    quality.used(source);
    if (admission == Admission.OUTSIDE_WINDOW) {
      outsideWindow(source, where.get(), type, hire);
    }
  }

  private void outsideWindow(String source, RecordRef ref, String type, PersonId hire) {
    quality.outsideWindow(source, ref, type + " of " + hire + " is outside the onboarding window");
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
      outsideWindow(source, event.provenance().ref(), event.type(), event.hire());
    }
  }

  /** The engine events go to (for readers that need a hire's window). */
  public CostModel engine() {
    return engine;
  }

  /** The data-quality account. */
  public DataQuality quality() {
    return quality;
  }
}
