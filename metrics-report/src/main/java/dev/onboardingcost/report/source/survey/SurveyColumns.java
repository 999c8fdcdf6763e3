package dev.onboardingcost.report.source.survey;

import dev.onboardingcost.core.model.People;
import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.SurveyMapping;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Where the {@code survey:} mapping's columns sit in one survey file's header (the README's
 * workspace section). Headers are compared ignoring case and surrounding white space, after Unicode
 * NFC normalisation. A mapped question whose column the file lacks is never skipped in silence: it
 * is a problem of the file naming the column and the closest header. A file with no identity
 * column, or none of the mapped columns, stops the run.
 *
 * @param identity the index of the identity column
 * @param questions the mapped questions the file has, with their indexes
 */
record SurveyColumns(int identity, List<Mapped> questions) {
  /** A mapped question and the index of its column. */
  record Mapped(SurveyMapping.Question question, int index) {}

  /** Headers longer than this are no question title: not worth an edit distance. */
  private static final int LONGEST_HEADER_COMPARED = 1_000;

  /** Copies the list. */
  SurveyColumns {
    questions = List.copyOf(questions);
  }

  /**
   * The columns of {@code mapping} in {@code header} of the file {@code name}; each mapped column
   * it lacks is a file problem in {@code quality}.
   *
   * @throws ConfigException when the header has no identity column or none of the mapped columns
   */
  static SurveyColumns of(
      String name, List<String> header, SurveyMapping mapping, DataQuality quality) {
    int identity = indexOf(header, mapping.identityColumn());
    if (identity < 0) {
      throw new ConfigException(
          name
              + ": no column \""
              + mapping.identityColumn()
              + "\" (survey.identity_column in onboarding.yaml)"
              + closest(header, mapping.identityColumn())
              + "; the header has "
              + header);
    }
    List<Mapped> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (SurveyMapping.Question question : mapping.questions()) {
      int index = indexOf(header, question.column());
      if (index >= 0) {
        found.add(new Mapped(question, index));
      } else {
        missing.add(
            name
                + ": no column \""
                + question.column()
                + "\""
                + closest(header, question.column()));
      }
    }
    if (found.isEmpty()) {
      throw new ConfigException(
          name
              + ": none of the survey.questions columns of onboarding.yaml is in its header ("
              + String.join(
                  "; ", missing.stream().map(m -> m.substring(name.length() + 2)).toList())
              + ")");
    }
    for (String problem : missing) {
      quality.fileProblem(SurveyReader.NAME, name, problem.substring(name.length() + 2));
    }
    return new SurveyColumns(identity, found);
  }

  private static int indexOf(List<String> header, String column) {
    String wanted = People.fold(column);
    for (int i = 0; i < header.size(); i++) {
      if (People.fold(header.get(i)).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code "; closest: \"...\""} naming the header nearest {@code column}, or "" for none. */
  private static String closest(List<String> header, String column) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : header) {
      if (candidate.isBlank() || candidate.length() > LONGEST_HEADER_COMPARED) {
        continue;
      }
      int d = distance.apply(People.fold(candidate), People.fold(column));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best.isEmpty() ? "" : "; closest: \"" + best.strip() + "\"";
  }
}
