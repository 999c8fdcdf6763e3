package dev.onboardingcost.report.pitch;

import dev.onboardingcost.core.cost.Assumptions;
import dev.onboardingcost.core.cost.CostSettings;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.report.Money;
import dev.onboardingcost.report.workspace.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pitch's short list of the assumptions behind its figures, in words a finance partner can
 * question: the rates, the refocus cost of an interruption, how much of a wait counts as lost, the
 * onboarding window, and which evidence wins where survey and logs disagree.
 */
final class PitchAssumptions {
  private PitchAssumptions() {}

  /** One line per assumption, each a Markdown list item without its bullet. */
  static List<String> of(Settings settings) {
    CostSettings cost = settings.cost();
    Assumptions a = cost.assumptions();
    List<String> lines = new ArrayList<>();
    lines.add(rates(cost));
    lines.add(
        "Each interruption costs the helper "
            + plainNumber(a.contextSwitchMinutes())
            + " minutes to refocus, on top of the help itself (the figure usually quoted from Gloria"
            + " Mark's studies of interrupted work);"
            + " a help request with no known length counts "
            + plainNumber(a.helpMinutes())
            + " minutes.");
    lines.add(blocked(a));
    lines.add(
        "Onboarding is the first "
            + cost.windowWorkingDays()
            + " working days from the start date; nothing outside it is counted, and a hire's own"
            + " lost time is never more than the window.");
    lines.add(
        switch (cost.precedence()) {
          case LOGS ->
              "Where a hire's survey answer and the logs cover the same system or"
                  + " category, the logs count and the answer is shown beside them.";
          case SURVEY ->
              "Where a hire's survey answer and the logs cover the same system or"
                  + " category, the answer counts and the logs are shown beside it.";
          case SUM -> "Survey answers and logs are added together where both exist.";
        });
    return lines;
  }

  private static String rates(CostSettings cost) {
    String text =
        "People's time is priced at "
            + perHour(cost.rates().defaultRate(), cost)
            + " an hour unless their role or their own rate says otherwise";
    Map<String, HourlyRate> byRole = cost.rates().byRole();
    if (!byRole.isEmpty()) {
      text +=
          " ("
              + byRole.entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .map(e -> PitchText.inert(e.getKey()) + ": " + perHour(e.getValue(), cost))
                  .collect(Collectors.joining(", "))
              + ")";
    }
    return text + "; a rate is a loaded cost, salary and overheads.";
  }

  private static String blocked(Assumptions a) {
    String text =
        a.blockedFraction().compareTo(BigDecimal.ONE) == 0
            ? "Time spent waiting for access counts as fully lost"
            : "Of time spent waiting for access, "
                + percent(a.blockedFraction())
                + " counts as lost";
    Map<String, BigDecimal> bySystem = a.blockedFractionBySystem();
    if (!bySystem.isEmpty()) {
      text +=
          " (except "
              + bySystem.entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .map(e -> PitchText.inert(e.getKey()) + ": " + percent(e.getValue()))
                  .collect(Collectors.joining(", "))
              + ")";
    }
    return text + "; a wait for several systems at once counts once.";
  }

  private static String perHour(HourlyRate rate, CostSettings cost) {
    return Money.whole(rate.perHour(), cost.currency());
  }

  private static String percent(BigDecimal fraction) {
    return plainNumber(fraction.multiply(BigDecimal.valueOf(100))) + "%";
  }

  private static String plainNumber(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
