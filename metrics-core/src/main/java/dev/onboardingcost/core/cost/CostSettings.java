package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Rates;
import dev.onboardingcost.core.time.OnboardingWindow;
import dev.onboardingcost.core.time.WorkCalendar;
import java.time.LocalDate;
import java.util.Currency;

/** Everything the cost engine needs to know besides people and events. */
public record CostSettings(
    Currency currency,
    Rates rates,
    WorkCalendar calendar,
    int windowWorkingDays,
    Assumptions assumptions,
    Precedence precedence) {

  /** Checks the settings; the window must last at least one working day. */
  public CostSettings {
    requireNonNull(currency, "currency");
    requireNonNull(rates, "rates");
    requireNonNull(calendar, "calendar");
    if (windowWorkingDays < 1) {
      throw new IllegalArgumentException(
          "window_working_days must be at least 1, was " + windowWorkingDays);
    }
    requireNonNull(assumptions, "assumptions");
    requireNonNull(precedence, "precedence");
  }

  /** The onboarding window of a hire who starts on {@code startDate}. */
  public OnboardingWindow windowFor(LocalDate startDate) {
    return OnboardingWindow.of(calendar, startDate, windowWorkingDays);
  }
}
