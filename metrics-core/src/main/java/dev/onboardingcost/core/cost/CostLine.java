package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.OnboardingEvent;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One counted cost: the lost minutes of one event (or of a default, when {@code event} is empty)
 * and what they cost at the payer's rate. Minutes and cost are exact.
 *
 * <p>A value class with the accessors of a record, made lean for reports of many hires (20,000
 * hires hold about 780,000 lines):
 *
 * <ul>
 *   <li>The cost is worked out when asked for, not kept: a kept 34-digit cost each was a third of
 *       the heap (and a division each, though the breakdowns of {@link HireCost} price minutes
 *       summed per rate, not lines).
 *   <li>Minutes that the streaming engine summed as whole micro-minutes ({@link #ofMicros}) are
 *       kept as that {@code long}, and {@link #minutes()} makes their {@code BigDecimal} (scale 6,
 *       the one the sum would have) when asked: a {@code BigDecimal} each was another 40 bytes per
 *       line, and {@link MinutesByRate} adds such minutes as {@code long}s without one.
 * </ul>
 *
 * Two lines are equal when their parts are, minutes by {@link BigDecimal#equals} (so {@code 1.5}
 * and {@code 1.500000} differ), however the minutes are kept.
 */
public final class CostLine {
  private final Optional<OnboardingEvent> event;
  private final Payer payer;
  private final Category category;
  private final Optional<String> system;

  /** The minutes when not kept as {@link #micros}; null when they are. */
  private final BigDecimal exact;

  /** The minutes in millionths, when {@link #exact} is null. */
  private final long micros;

  /**
   * A line of {@code minutes} (its cost follows from them and the payer's rate).
   *
   * @param event the event, or empty for the default provisioning minutes
   * @param payer whose time it is
   * @param category the cost category
   * @param system the system waited on, for access waits
   * @param minutes the lost minutes after fractions, overlap sharing and refocus time
   */
  public CostLine(
      Optional<OnboardingEvent> event,
      Payer payer,
      Category category,
      Optional<String> system,
      BigDecimal minutes) {
    this(event, payer, category, system, requireNonNull(minutes, "minutes"), 0);
  }

  private CostLine(
      Optional<OnboardingEvent> event,
      Payer payer,
      Category category,
      Optional<String> system,
      BigDecimal exact,
      long micros) {
    this.event = requireNonNull(event, "event");
    this.payer = requireNonNull(payer, "payer");
    this.category = requireNonNull(category, "category");
    this.system = requireNonNull(system, "system");
    this.exact = exact;
    this.micros = micros;
  }

  /** A line of {@code minutes} (its cost follows from them and the payer's rate). */
  public static CostLine of(
      Optional<OnboardingEvent> event,
      Payer payer,
      Category category,
      Optional<String> system,
      BigDecimal minutes) {
    return new CostLine(event, payer, category, system, minutes);
  }

  /**
   * A line of {@code micros} millionths of a minute: its {@link #minutes()} are {@code
   * BigDecimal.valueOf(micros, 6)}.
   */
  public static CostLine ofMicros(
      Optional<OnboardingEvent> event,
      Payer payer,
      Category category,
      Optional<String> system,
      long micros) {
    return new CostLine(event, payer, category, system, null, micros);
  }

  /** The event, or empty for the default provisioning minutes. */
  public Optional<OnboardingEvent> event() {
    return event;
  }

  /** Whose time it is. */
  public Payer payer() {
    return payer;
  }

  /** The cost category. */
  public Category category() {
    return category;
  }

  /** The system waited on, for access waits. */
  public Optional<String> system() {
    return system;
  }

  /** The lost minutes after fractions, overlap sharing and refocus time (exact). */
  public BigDecimal minutes() {
    return exact != null ? exact : BigDecimal.valueOf(micros, 6);
  }

  /**
   * True when the minutes are kept as millionths ({@link #micros()}), as {@link #ofMicros} made.
   */
  boolean hasMicros() {
    return exact == null;
  }

  /** The minutes in millionths; only when {@link #hasMicros()}. */
  long micros() {
    return micros;
  }

  /** What the minutes cost at the payer's rate: {@code minutes / 60 × rate}, unrounded. */
  public BigDecimal cost() {
    return payer.rate().costOf(minutes());
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CostLine)) {
      return false;
    }
    CostLine that = (CostLine) other;
    return event.equals(that.event)
        && payer.equals(that.payer)
        && category == that.category
        && system.equals(that.system)
        && (exact == null && that.exact == null
            ? micros == that.micros
            : minutes().equals(that.minutes()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, payer, category, system, minutes());
  }

  @Override
  public String toString() {
    return "CostLine[event="
        + event
        + ", payer="
        + payer
        + ", category="
        + category
        + ", system="
        + system
        + ", minutes="
        + minutes()
        + "]";
  }
}
