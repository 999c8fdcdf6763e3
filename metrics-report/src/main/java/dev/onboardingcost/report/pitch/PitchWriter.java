package dev.onboardingcost.report.pitch;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.AccessWaits;
import dev.onboardingcost.report.Hours;
import dev.onboardingcost.report.Money;
import dev.onboardingcost.report.PerHire;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.outlook.FixPayback;
import dev.onboardingcost.report.outlook.Outlook;
import dev.onboardingcost.report.outlook.QuarterForecast;
import dev.onboardingcost.report.outlook.TrendFit;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code pitch.md}: one page in plain words with the figures a manager says out loud. Every
 * amount is rounded by {@link Rounding} exactly as in summary.json (money to the minor unit, hours
 * to 2 decimals), and shown with the currency symbol and thousands separators.
 */
public final class PitchWriter {
  /** The file name in the output folder. */
  public static final String FILE_NAME = "pitch.md";

  private final CostReport costs;
  private final Currency currency;
  private final Outlook outlook;
  private final List<String> charts;
  private final StringBuilder out = new StringBuilder();

  private PitchWriter(ReportResults results, Outlook outlook, List<String> charts) {
    this.costs = results.analysis().costs();
    this.currency = costs.currency();
    this.outlook = outlook;
    this.charts = List.copyOf(charts);
  }

  /**
   * The pitch of {@code results}.
   *
   * @param charts names of the chart files written beside it (e.g. {@code cost-per-hire}), linked
   *     as {@code charts/NAME.png}
   */
  public static String pitchOf(ReportResults results, Outlook outlook, List<String> charts) {
    return new PitchWriter(results, outlook, charts).build();
  }

  /** Writes the pitch to {@code file} as UTF-8. */
  public static void write(ReportResults results, Outlook outlook, List<String> charts, Path file)
      throws IOException {
    Files.writeString(file, pitchOf(results, outlook, charts), StandardCharsets.UTF_8);
  }

  private String build() {
    List<HireCost> hires = costs.hires();
    out.append("# What onboarding a new engineer costs us\n\n");
    if (hires.isEmpty()) {
      out.append(
          "No hires yet: add people with a `start_date` to `people.csv` and their evidence, then"
              + " run the report again.\n");
      return out.toString();
    }
    int n = hires.size();
    List<BigDecimal> totals = hires.stream().map(HireCost::totalCost).toList();
    BigDecimal total = costs.totalCost();
    out.append("*")
        .append(n)
        .append(n == 1 ? " hire" : " hires")
        .append(", starting ")
        .append(hires.get(0).hire().startDate().orElseThrow())
        .append(" to ")
        .append(hires.get(n - 1).hire().startDate().orElseThrow())
        .append(". Money in ")
        .append(currency.getCurrencyCode())
        .append(".*\n\n");

    out.append("## The number\n\n");
    out.append("Bringing one engineer in costs us **")
        .append(money(PerHire.mean(totals)))
        .append("** on average (the median hire: ")
        .append(money(PerHire.median(totals)))
        .append("). For these ")
        .append(n)
        .append(" hires that is **")
        .append(money(total))
        .append("**.\n\n");

    BigDecimal hireCost = BigDecimal.ZERO;
    BigDecimal colleagueCost = BigDecimal.ZERO;
    BigDecimal hireMinutes = BigDecimal.ZERO;
    BigDecimal colleagueMinutes = BigDecimal.ZERO;
    for (HireCost hire : hires) {
      hireCost = hireCost.add(hire.hireCost());
      colleagueCost = colleagueCost.add(hire.colleagueCost());
      hireMinutes = hireMinutes.add(hire.hireMinutes());
      colleagueMinutes = colleagueMinutes.add(hire.colleagueMinutes());
    }
    BigDecimal count = BigDecimal.valueOf(n);
    out.append("## Where it goes\n\n");
    out.append("- **")
        .append(money(PerHire.mean(hires.stream().map(HireCost::hireCost).toList())))
        .append(" per hire** (")
        .append(percent(hireCost, total))
        .append(") is the new hire's own time lost: waiting for access, looking for documentation,")
        .append(" fighting the set-up. ")
        .append(hours(hireMinutes))
        .append(" hours in all, ")
        .append(hours(divide(hireMinutes, count)))
        .append(" per hire.\n");
    out.append("- **")
        .append(money(PerHire.mean(hires.stream().map(HireCost::colleagueCost).toList())))
        .append(" per hire** (")
        .append(percent(colleagueCost, total))
        .append(") is colleagues' time: they stop their own work to help, and need time to")
        .append(" refocus after each interruption. ")
        .append(hours(colleagueMinutes))
        .append(" hours in all, ")
        .append(hours(divide(colleagueMinutes, count)))
        .append(" per hire.\n");
    biggestCategory(hires, total);
    topSystem(hires);
    out.append('\n');

    trend();
    forecast();
    fixes();
    chartList();
    return out.toString();
  }

  private void biggestCategory(List<HireCost> hires, BigDecimal total) {
    Map<Category, BigDecimal> byCategory = new EnumMap<>(Category.class);
    hires.forEach(
        h -> h.costByCategory().forEach((c, v) -> byCategory.merge(c, v, BigDecimal::add)));
    byCategory.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .ifPresent(
            top ->
                out.append("- The biggest cost is **")
                    .append(top.getKey().key())
                    .append("**: ")
                    .append(money(top.getValue()))
                    .append(" over all hires, ")
                    .append(percent(top.getValue(), total))
                    .append(" of the total.\n"));
  }

  private void topSystem(List<HireCost> hires) {
    Optional<AccessWaits> top =
        AccessWaits.of(hires).stream()
            .max(Comparator.comparing(AccessWaits::cost).thenComparing(AccessWaits::median));
    top.ifPresent(
        w -> {
          out.append("- The costliest wait is for **")
              .append(w.system())
              .append("**: ")
              .append(money(w.cost()))
              .append(" over all hires. The median hire lost ")
              .append(Hours.text(w.median()))
              .append(" working hours waiting for it; the longest wait was ")
              .append(Hours.text(w.longest()))
              .append(" hours.");
          long notGranted = hires.stream().filter(h -> h.notGranted().contains(w.system())).count();
          if (notGranted > 0) {
            out.append(" ")
                .append(notGranted)
                .append(notGranted == 1 ? " hire was" : " hires were")
                .append(" still not granted it at the end of onboarding.");
          }
          out.append('\n');
        });
  }

  private void trend() {
    out.append("## Is it getting better?\n\n");
    Optional<TrendFit> fit = outlook.trend();
    if (fit.isEmpty()) {
      out.append("Not computed in this run: the trend over successive hires comes with the")
          .append(" statistics. See `charts/trend.png` for each hire's cost in start order.\n\n");
      return;
    }
    BigDecimal slope = Rounding.money(fit.get().slopePerHire(), currency);
    if (slope.signum() == 0) {
      out.append("Cost per hire is flat from one hire to the next.\n\n");
    } else {
      out.append("Each successive hire costs ")
          .append(Money.text(slope.abs(), currency))
          .append(slope.signum() < 0 ? " less" : " more")
          .append(" than the one before");
      fit.get()
          .pValue()
          .ifPresent(
              p ->
                  out.append(" (p = ")
                      .append(Rounding.twoDecimals(p).toPlainString())
                      .append(
                          p.compareTo(new BigDecimal("0.05")) < 0
                              ? ")"
                              : "; this could be chance)"));
      out.append(".\n\n");
    }
  }

  private void forecast() {
    out.append("## Next quarters\n\n");
    if (outlook.forecast().isEmpty()) {
      out.append("Add `plan.yaml` to the workspace (hires per quarter) to see what the hiring plan")
          .append(" will cost to onboard and how much of the team's capacity goes to helping.\n\n");
      return;
    }
    for (QuarterForecast q : outlook.forecast().get()) {
      out.append("- **")
          .append(q.quarter())
          .append("**: ")
          .append(q.hires())
          .append(" hires, about **")
          .append(money(q.expected()))
          .append("** to onboard (8 in 10 outcomes between ")
          .append(money(q.p10()))
          .append(" and ")
          .append(money(q.p90()))
          .append("); colleagues lose ")
          .append(Rounding.twoDecimals(q.capacityLossPct()).toPlainString())
          .append("% of their capacity")
          .append(q.alert() ? " (above the alert level)" : "")
          .append(".\n");
    }
    out.append('\n');
  }

  private void fixes() {
    out.append("## What to fix first\n\n");
    if (outlook.fixes().isEmpty()) {
      out.append("Add `fixes.yaml` to the workspace (candidate fixes and what they cost) to rank")
          .append(" them by how soon they pay for themselves.\n\n");
      return;
    }
    List<FixPayback> ranked =
        outlook.fixes().get().stream()
            .sorted(
                Comparator.comparing(
                        (FixPayback f) ->
                            f.paybackHires().orElse(BigDecimal.valueOf(Long.MAX_VALUE)))
                    .thenComparing(FixPayback::name))
            .toList();
    int shown = 0;
    for (FixPayback fix : ranked) {
      if (shown++ == 3) {
        break;
      }
      out.append(shown)
          .append(". **")
          .append(plain(fix.name()))
          .append("** saves ")
          .append(money(fix.savingsPerHire()))
          .append(" per hire and costs ")
          .append(money(fix.oneOffCost()))
          .append(" once: ");
      if (fix.paybackHires().isPresent()) {
        out.append("it pays for itself after ")
            .append(Rounding.twoDecimals(fix.paybackHires().get()).toPlainString())
            .append(" hires.\n");
      } else {
        out.append("it never pays for itself.\n");
      }
    }
    out.append('\n');
  }

  private void chartList() {
    if (charts.isEmpty()) {
      return;
    }
    out.append("## Charts\n\n");
    for (String chart : charts) {
      out.append("![").append(chart).append("](charts/").append(chart).append(".png)\n");
    }
    out.append("\nEvery figure, with the evidence behind it, is in `onboarding-cost.xlsx`.\n");
  }

  private String money(BigDecimal amount) {
    return Money.text(amount, currency);
  }

  private static String hours(BigDecimal minutes) {
    return Rounding.hours(minutes).toPlainString();
  }

  private static BigDecimal divide(BigDecimal value, BigDecimal by) {
    return value.divide(by, java.math.MathContext.DECIMAL128);
  }

  private static String percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return "0%";
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_EVEN) + "%";
  }

  /** Input text as plain Markdown text: one line, Markdown's special characters escaped. */
  static String plain(String text) {
    String oneLine = text.replaceAll("[\\r\\n\\t]+", " ").strip();
    return oneLine.replaceAll("([\\\\`*_{}\\[\\]()#+!|<>-])", "\\\\$1");
  }
}
