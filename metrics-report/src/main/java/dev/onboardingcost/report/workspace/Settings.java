package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostSettings;
import dev.onboardingcost.report.source.access.NotGrantedRule;
import java.util.List;

/**
 * Everything {@code onboarding.yaml} says: the engine's settings, the systems every hire needs and
 * what one never granted costs, the log mappings, the survey mapping and where {@code collect}
 * fetches from.
 */
public record Settings(
    CostSettings cost,
    List<String> requiredAccess,
    SourceMappings sources,
    SurveyMapping survey,
    CollectSettings collect,
    NotGrantedRule notGranted) {
  /** Checks and copies the settings. */
  public Settings {
    requireNonNull(cost, "cost");
    requiredAccess = List.copyOf(requiredAccess);
    requireNonNull(sources, "sources");
    requireNonNull(survey, "survey");
    requireNonNull(collect, "collect");
    requireNonNull(notGranted, "notGranted");
  }
}
