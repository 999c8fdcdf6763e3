package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a piece of evidence came from: {@code survey}, or a log reader's name such as {@code okta}.
 * Anything but {@code survey} is log evidence (docs/method.md).
 */
public record Source(String name) {
  /** Survey evidence. */
  public static final Source SURVEY = new Source("survey");

  /** Trims the name; an empty name is log evidence without a named reader. */
  public Source {
    requireNonNull(name, "name");
    name = name.strip();
  }

  /** The source named {@code text} (null is the empty name). */
  public static Source of(String text) {
    return new Source(text == null ? "" : text);
  }

  /** True for survey evidence. */
  public boolean isSurvey() {
    return name.equalsIgnoreCase(SURVEY.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
