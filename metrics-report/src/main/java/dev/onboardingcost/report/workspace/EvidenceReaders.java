package dev.onboardingcost.report.workspace;

import dev.onboardingcost.report.source.access.AccessWaitsStep;
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

  /**
   * Canonical events, survey answers, each log source, then the step that turns the access grants
   * the log readers collected into access waits (it must run last).
   */
  public static List<EvidenceReader> all() {
    return with(new CanonicalEventsReader());
  }

  /**
   * Every reader, events.csv read record by record on one thread: the reference path that the fast
   * one must equal.
   */
  public static List<EvidenceReader> plain() {
    return with(CanonicalEventsReader.plain());
  }

  private static List<EvidenceReader> with(CanonicalEventsReader canonical) {
    return List.of(
        canonical,
        new SurveyReader(),
        new OktaReader(),
        new GithubAuditReader(),
        new GamReader(),
        new JiraReader(),
        new SlackReader(),
        new GithubPrsReader(),
        new AccessWaitsStep());
  }
}
