package dev.onboardingcost.report.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.Timing;
import dev.onboardingcost.report.quality.Problem;
import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Golden-file checks for the log readers: a fixture workspace under {@code
 * src/test/resources/golden/<name>/workspace} is read with one reader (plus the access-wait step),
 * and the events it counted, the milestones and the data-quality account are rendered as text and
 * compared with {@code expected.txt} beside it. Run with {@code -Dgolden.update=true} to rewrite
 * the expected files after a deliberate change (then review the diff).
 */
public final class Golden {
  private Golden() {}

  /** The fixture workspace {@code name}. */
  public static Path workspace(String name) {
    try {
      return Path.of(Golden.class.getResource("/golden/" + name + "/workspace").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads {@code name}'s workspace with {@code reader} and compares with its expected text. */
  public static Analysis check(String name, EvidenceReader reader) throws IOException {
    Analysis analysis =
        Workspace.open(workspace(name)).analyse(List.of(reader), Workspace.Detail.PER_EVENT);
    String actual = render(analysis);
    Path expected = workspace(name).getParent().resolve("expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources/golden", name, "expected.txt");
      Files.writeString(source, actual, StandardCharsets.UTF_8);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("golden file %s", expected)
        .isEqualTo(
            Files.isRegularFile(expected)
                ? Files.readString(expected, StandardCharsets.UTF_8)
                : "(no expected.txt)");
    SourceCounts total = analysis.quality().total();
    assertThat(total.read()).isEqualTo(total.used() + total.ignored() + total.rejected());
    return analysis;
  }

  /** The counted events, milestones and data-quality account of {@code analysis}, as text. */
  public static String render(Analysis analysis) {
    StringBuilder out = new StringBuilder("# events counted\n");
    for (HireCost hire : analysis.costs().hires()) {
      Set<OnboardingEvent> events = new LinkedHashSet<>();
      for (CostLine line : hire.lines()) {
        line.event().ifPresent(events::add);
      }
      List<String> rendered = new ArrayList<>();
      for (OnboardingEvent event : events) {
        rendered.add(event(event));
      }
      rendered.sort(null);
      rendered.forEach(line -> out.append(line).append('\n'));
      hire.daysToMilestone()
          .forEach(
              (kind, days) ->
                  out.append("milestone ")
                      .append(hire.hire().id())
                      .append(' ')
                      .append(kind)
                      .append(" after ")
                      .append(days.setScale(2, RoundingMode.HALF_EVEN).toPlainString())
                      .append(" days\n"));
      if (!hire.notGranted().isEmpty()) {
        out.append("not granted ")
            .append(hire.hire().id())
            .append(' ')
            .append(hire.notGranted())
            .append('\n');
      }
    }
    out.append("# data quality\n");
    for (Map.Entry<String, SourceCounts> entry : analysis.quality().bySource().entrySet()) {
      SourceCounts c = entry.getValue();
      out.append(entry.getKey())
          .append(": used ")
          .append(c.used())
          .append(", ignored ")
          .append(c.ignored())
          .append(", rejected ")
          .append(c.rejected())
          .append(", outside window ")
          .append(c.outsideWindow())
          .append('\n');
    }
    for (Problem problem : analysis.quality().problems()) {
      out.append(problem.kind())
          .append(' ')
          .append(problem.ref())
          .append(": ")
          .append(problem.reason())
          .append('\n');
    }
    analysis
        .quality()
        .notGrantedWithoutRequest()
        .forEach(missing -> out.append(missing).append('\n'));
    return out.toString();
  }

  private static String event(OnboardingEvent event) {
    StringBuilder text = new StringBuilder(event.type()).append(' ').append(event.hire());
    if (event instanceof AccessWait) {
      text.append(' ').append(((AccessWait) event).system());
    }
    if (event instanceof Help) {
      Help help = (Help) event;
      text.append(" helper=").append(help.helper().map(Object::toString).orElse("-"));
      text.append(' ').append(help.helpedWith().key());
    }
    Timing timing = event.timing();
    timing.start().ifPresent(start -> text.append(" from ").append(start));
    timing.end().ifPresent(end -> text.append(" to ").append(end));
    timing.minutes().ifPresent(m -> text.append(" minutes ").append(m.toPlainString()));
    if (event instanceof AccessWait && ((AccessWait) event).notGranted()) {
      text.append(" NOT GRANTED");
    }
    text.append(" [")
        .append(event.source())
        .append(' ')
        .append(event.provenance().ref())
        .append("]");
    return text.toString();
  }
}
