package dev.onboardingcost.report.surveytemplate;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.report.workspace.SurveyMapping;
import dev.onboardingcost.report.workspace.SurveyMapping.Question;
import dev.onboardingcost.report.workspace.SurveyMapping.Type;
import dev.onboardingcost.report.workspace.SurveyMapping.Unit;
import java.util.List;
import java.util.Optional;

/**
 * The first-week questions this project recommends: the hours waited for each required system
 * (GitHub, AWS), the hours spent looking for documentation and fixing the environment, and how many
 * times the hire asked a colleague for help, plus one free-text question that is not mapped. {@code
 * init} writes the same mapping into a new workspace's onboarding.yaml.
 */
public final class RecommendedSurvey {
  /** The free-text question: useful in the interview, not priced. */
  public static final String FREE_TEXT_QUESTION = "Who helped you most in your first weeks?";

  /** The recommended mapping. */
  public static final SurveyMapping MAPPING =
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
                  "Hours waiting for access to AWS",
                  Type.ACCESS_WAIT,
                  Optional.of("aws"),
                  Optional.empty(),
                  Unit.HOURS),
              new Question(
                  "Hours looking for documentation",
                  Type.BLOCKED,
                  Optional.empty(),
                  Optional.of(Category.DOCUMENTATION),
                  Unit.HOURS),
              new Question(
                  "Hours fixing your development environment",
                  Type.BLOCKED,
                  Optional.empty(),
                  Optional.of(Category.ENVIRONMENT),
                  Unit.HOURS),
              new Question(
                  "How many times did you ask a colleague for help?",
                  Type.HELP,
                  Optional.empty(),
                  Optional.of(Category.KNOWLEDGE),
                  Unit.COUNT)));

  private RecommendedSurvey() {}
}
