package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How survey columns map to evidence (the README's workspace section): the column identifying the
 * hire and, per question column, what its answer measures.
 */
public record SurveyMapping(String identityColumn, List<Question> questions) {
  /** Checks and copies the mapping. */
  public SurveyMapping {
    requireNonNull(identityColumn, "identityColumn");
    questions = List.copyOf(questions);
  }

  /** The unit an answer is given in. */
  public enum Unit {
    /** Hours, converted to minutes. */
    HOURS,
    /** Minutes. */
    MINUTES,
    /** A count of help requests, each {@code help_minutes} of an unnamed colleague. */
    COUNT;

    /** The unit named {@code text} (hours, minutes, count). */
    public static Unit parse(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** The event type an answer becomes. */
  public enum Type {
    /** A wait for access to a system. */
    ACCESS_WAIT,
    /** Lost time in a category. */
    BLOCKED,
    /** Help from an unnamed colleague. */
    HELP;

    /** The type named {@code text} (access_wait, blocked, help). */
    public static Type parse(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** One question column and what its answer measures. */
  public record Question(
      String column, Type type, Optional<String> system, Optional<Category> category, Unit unit) {
    /** Checks the question: blocked and help need a category; count is for help only. */
    public Question {
      requireNonNull(column, "column");
      requireNonNull(type, "type");
      requireNonNull(system, "system");
      requireNonNull(category, "category");
      requireNonNull(unit, "unit");
      if (type != Type.ACCESS_WAIT && category.isEmpty()) {
        throw new IllegalArgumentException("a " + type + " question needs a category");
      }
      if (unit == Unit.COUNT && type != Type.HELP) {
        throw new IllegalArgumentException("unit count is only for help questions");
      }
    }
  }

  /**
   * the example mapping of the README's workspace section, used when onboarding.yaml has no {@code
   * survey:}.
   */
  public static final SurveyMapping DEFAULT =
      new SurveyMapping(
          "Email Address",
          List.of(
              new Question(
                  "Hours waiting for access to GitHub",
                  Type.ACCESS_WAIT,
                  Optional.of("github"),
                  Optional.empty(),
                  Unit.HOURS),
              new Question(
                  "Hours looking for documentation",
                  Type.BLOCKED,
                  Optional.empty(),
                  Optional.of(Category.DOCUMENTATION),
                  Unit.HOURS),
              new Question(
                  "How many times did you ask a colleague for help?",
                  Type.HELP,
                  Optional.empty(),
                  Optional.of(Category.KNOWLEDGE),
                  Unit.COUNT)));
}
