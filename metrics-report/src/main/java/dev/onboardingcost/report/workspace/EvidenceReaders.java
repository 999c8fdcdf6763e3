package dev.onboardingcost.report.workspace;

import dev.onboardingcost.report.source.survey.SurveyReader;
import java.util.List;

/** Every evidence reader, in the order they run. */
public final class EvidenceReaders {
  private EvidenceReaders() {}

  /** Canonical events, survey answers, then each log source. */
  public static List<EvidenceReader> all() {
    return List.of(new CanonicalEventsReader(), new SurveyReader());
  }
}
