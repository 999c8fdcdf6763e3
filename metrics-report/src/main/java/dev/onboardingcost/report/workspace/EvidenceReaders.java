package dev.onboardingcost.report.workspace;

import dev.onboardingcost.report.source.gam.GamReader;
import dev.onboardingcost.report.source.github.GithubAuditReader;
import dev.onboardingcost.report.source.githubprs.GithubPrsReader;
import dev.onboardingcost.report.source.jira.JiraReader;
import dev.onboardingcost.report.source.okta.OktaReader;
import dev.onboardingcost.report.source.slack.SlackReader;
import dev.onboardingcost.report.source.survey.SurveyReader;
import java.util.List;

/** Every evidence reader, in the order they run. */
public final class EvidenceReaders {
  private EvidenceReaders() {}

  /** Canonical events, survey answers, then each log source. */
  public static List<EvidenceReader> all() {
    return List.of(
        new CanonicalEventsReader(),
        new SurveyReader(),
        new OktaReader(),
        new GithubAuditReader(),
        new GamReader(),
        new JiraReader(),
        new SlackReader(),
        new GithubPrsReader());
  }
}
