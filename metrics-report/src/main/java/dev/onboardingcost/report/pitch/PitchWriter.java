package dev.onboardingcost.report.pitch;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.core.plan.Band;
import dev.onboardingcost.core.plan.FixEffect;
import dev.onboardingcost.core.plan.FixPayback;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.ForecastTotals;
import dev.onboardingcost.core.plan.QuarterForecast;
import dev.onboardingcost.core.stats.Distribution;
import dev.onboardingcost.core.stats.TheilSen;
import dev.onboardingcost.core.stats.TrendAnalysis;
import dev.onboardingcost.report.AccessWaits;
import dev.onboardingcost.report.EffectWords;
import dev.onboardingcost.report.Money;
import dev.onboardingcost.report.Ratios;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.source.access.NotGrantedRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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

  /** How many fixes the pitch names. */
  static final int TOP_FIXES = 3;

  private final ReportResults results;
  private final CostReport costs;
  private final Currency currency;
  private final List<String> charts;
  private final StringBuilder out = new StringBuilder();

  private PitchWriter(ReportResults results, List<String> charts) {
    this.results = results;
    this.costs = results.costs().withEvidence();
    this.currency = costs.currency();
    this.charts = List.copyOf(charts);
  }

  /**
   * The pitch of {@code results}.
   *
   * @param charts names of the chart files written beside it (e.g. {@code cost-per-hire}), linked
   *     as {@code charts/NAME.png}
   */
  public static String pitchOf(ReportResults results, List<String> charts) {
    return new PitchWriter(results, charts).build();
  }

  /** Writes the pitch to {@code file} as UTF-8. */
  public static void write(ReportResults results, List<String> charts, Path file)
      throws IOException {
    Files.writeString(file, pitchOf(results, charts), StandardCharsets.UTF_8);
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
    Distribution totals = results.totals();
    BigDecimal total = costs.totalCost();
    out.append("*")
        .append(n)
        .append(n == 1 ? " hire, starting " : " hires, starting ")
        .append(hires.get(0).hire().startDate().orElseThrow())
        .append(n == 1 ? "" : " to " + hires.get(n - 1).hire().startDate().orElseThrow())
        .append(". Money in ")
        .append(currency.getCurrencyCode())
        .append(".*\n\n");

    out.append("## The number\n\n");
    out.append("Bringing one engineer in costs us **")
        .append(money(totals.mean().orElseThrow()))
        .append("** on average (the median hire: ")
        .append(money(totals.median().orElseThrow()))
        .append(n == 1 ? "). For this hire that is **" : "). For these " + n + " hires that is **")
        .append(money(total))
        .append("**.\n\n");

    BigDecimal hireCost = costs.hireCost();
    BigDecimal colleagueCost = costs.colleagueCost();
    BigDecimal hireMinutes = costs.hireMinutes();
    BigDecimal colleagueMinutes = costs.colleagueMinutes();
    BigDecimal count = BigDecimal.valueOf(n);
    out.append("## Where it goes\n\n");
    out.append("- **")
        .append(money(divide(hireCost, count)))
        .append(" per hire** (")
        .append(percent(hireCost, total))
        .append(") is the new hire's own time lost: waiting for access, looking for documentation,")
        .append(" fighting the set-up. ")
        .append(hours(hireMinutes))
        .append(" hours in all, ")
        .append(hours(divide(hireMinutes, count)))
        .append(" per hire.\n");
    out.append("- **")
        .append(money(divide(colleagueCost, count)))
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

    fixEffects();
    trend();
    forecast();
    fixes();
    assumptions();
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
              .append(PitchText.inert(w.system()))
              .append("**: ")
              .append(money(w.cost()))
              .append(" over all hires. The median hire lost ")
              .append(oneDecimal(w.median()))
              .append(" working hours waiting for it; the longest wait was ")
              .append(oneDecimal(w.longest()))
              .append(" hours.");
          long notGranted = hires.stream().filter(h -> h.notGranted().contains(w.system())).count();
          if (notGranted > 0) {
            long unasked =
                results.analysis().quality().notGrantedWithoutRequest().stream()
                    .filter(m -> m.system().equals(w.system()) && !m.charged())
                    .count();
            out.append(" ")
                .append(notGranted)
                .append(notGranted == 1 ? " hire was" : " hires were")
                .append(" still not granted it at the end of onboarding");
            if (unasked == 0) {
              out.append(
                  notGranted == 1
                      ? "; a request shows the hire needed it, so the wait runs to the window's end."
                      : "; requests show they needed it, so their waits run to the window's end.");
            } else {
              out.append("; ")
                  .append(unasked)
                  .append(" of them had no request in the logs and cost nothing here.");
            }
          }
          out.append('\n');
        });
  }

  /**
   * The trend over successive hires in the words of its evidence: the Theil-Sen slope with its 95%
   * interval, and "no clear trend" when Kendall's test cannot tell it from chance.
   */
  private void trend() {
    out.append("## Is it getting better?\n\n");
    TrendAnalysis trend = results.trend();
    if (trend.theilSen().isEmpty()) {
      out.append("No trend yet: ")
          .append(PitchText.inert(trend.reason().orElse("not computed")))
          .append(". See `charts/trend.png` for each hire's cost in start order.\n\n");
      return;
    }
    TheilSen line = trend.theilSen().get();
    BigDecimal slope = Rounding.money(line.slope(), currency);
    String interval =
        "95% interval "
            + signedMoney(line.interval().lower())
            + " to "
            + signedMoney(line.interval().upper())
            + " per hire";
    boolean clear = Ratios.isSignificant(trend.kendallPValue());
    if (!clear || slope.signum() == 0) {
      out.append("**No clear trend** over the ")
          .append(trend.hires())
          .append(" hires in start order: the typical change from one hire to the next is ")
          .append(signedMoney(slope))
          .append(" (")
          .append(interval);
    } else {
      out.append("Each successive hire costs about **")
          .append(money(slope.abs()))
          .append(slope.signum() < 0 ? " less**" : " more**")
          .append(" than the one before (")
          .append(interval);
    }
    trend
        .kendallPValue()
        .ifPresent(
            p ->
                out.append("; Kendall's test p = ")
                    .append(Ratios.text(p))
                    .append(clear ? "" : ", which could be chance"));
    out.append(").");
    out.append(
        " This is the median of the changes between every pair of hires, so one very costly hire"
            + " does not make the trend.\n\n");
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Money with its sign, in whole units: -$87, +$23. */
  private String signedMoney(BigDecimal amount) {
    String text = money(amount);
    return Rounding.money(amount, currency).setScale(0, RoundingMode.HALF_EVEN).signum() > 0
        ? "+" + text
        : text;
  }

  private void forecast() {
    out.append("## Next quarters\n\n");
    Optional<Forecast> forecast = results.forecast();
    if (forecast.isEmpty()) {
      out.append("Add `plan.yaml` to the workspace (hires per quarter) to see what the hiring plan")
          .append(" will cost to onboard and how much of the team's capacity goes to helping.\n\n");
      return;
    }
    Forecast f = forecast.get();
    if (f.reason().isPresent() || f.quarters().isEmpty()) {
      out.append("The hiring plan cannot be forecast: ")
          .append(PitchText.inert(f.reason().orElse("plan.yaml lists no quarter")))
          .append(".\n\n");
      return;
    }
    out.append("*The forecast draws from ")
        .append(f.baseline().hires())
        .append(f.baseline().hires() == 1 ? " hire (" : " hires (")
        .append(PitchText.inert(f.baseline().why()))
        .append(").")
        .append(f.bandNote().map(n -> " " + capitalised(PitchText.inert(n)) + ".").orElse(""))
        .append("*\n\n");
    QuarterForecast next = f.quarters().get(0);
    out.append("- **Next quarter, ")
        .append(next.quarter())
        .append("**: ")
        .append(next.hires())
        .append(next.hires() == 1 ? " hire" : " hires")
        .append(", about **")
        .append(money(next.expectedCost().orElseThrow()))
        .append("** to onboard");
    next.band().ifPresent(b -> band(b, "outcomes"));
    next.capacityLossPct()
        .ifPresent(
            pct ->
                out.append("; helping them takes ")
                    .append(oneDecimal(pct))
                    .append('%')
                    .append(" of colleagues' capacity"));
    out.append(next.alert() ? ", above the alert level" : "").append(".\n");
    ForecastTotals totals = f.totals();
    if (f.quarters().size() > 1) {
      out.append("- **The whole plan**: ")
          .append(totals.hires())
          .append(totals.hires() == 1 ? " hire" : " hires")
          .append(" over ")
          .append(f.quarters().size())
          .append(" quarters, about **")
          .append(money(totals.expectedCost().orElseThrow()))
          .append("**");
      totals.band().ifPresent(b -> band(b, "simulated plans"));
      int alerted = totals.alertedQuarters();
      out.append("; ")
          .append(alerted == 0 ? "no quarter" : alerted + (alerted == 1 ? " quarter" : " quarters"))
          .append(" above the capacity alert.\n");
    }
    out.append('\n');
  }

  private void band(Band band, String what) {
    out.append(" (8 in 10 ")
        .append(what)
        .append(" between ")
        .append(money(band.p10()))
        .append(" and ")
        .append(money(band.p90()))
        .append(")");
  }

  /**
   * The fixes that went live, those that worked first (by money saved per hire), each with its
   * before and after means, ratio and interval, or why the data cannot tell yet.
   */
  private void fixEffects() {
    List<FixEffect> effects = new ArrayList<>(results.fixEffects());
    if (effects.isEmpty()) {
      return;
    }
    out.append("## Did our fixes work?\n\n");
    effects.sort(
        Comparator.comparing((FixEffect e) -> e.verdict() != FixEffect.Verdict.WORKED)
            .thenComparing(PitchWriter::savedPerHire, Comparator.reverseOrder()));
    EffectWords words = new EffectWords(currency);
    for (FixEffect effect : effects) {
      String name = effect.fix().name();
      String sentence = words.fixEffect(effect);
      out.append("- **")
          .append(PitchText.inert(name))
          .append("**")
          .append(sentence.substring(name.length()));
      if (effect.verdict() == FixEffect.Verdict.WORKED) {
        out.append(": about **")
            .append(money(savedPerHire(effect)))
            .append(" less per hire** since ")
            .append(effect.liveFrom());
      }
      out.append(".\n");
    }
    out.append('\n');
  }

  /** Before mean − after mean of a fix's targeted cost; zero when a side has none. */
  private static BigDecimal savedPerHire(FixEffect effect) {
    var c = effect.comparison();
    return c.earlier().mean().isPresent() && c.later().mean().isPresent()
        ? c.earlier().mean().get().subtract(c.later().mean().get())
        : BigDecimal.ZERO;
  }

  private void fixes() {
    out.append("## Which fix to do next\n\n");
    List<FixPayback> ranked = results.fixes();
    if (ranked.isEmpty()) {
      out.append(
          results.analysis().workspace().fixes().isPresent()
              ? "Every fix in `fixes.yaml` is live; add the next candidates to rank them.\n\n"
              : "Add `fixes.yaml` to the workspace (candidate fixes and what they cost) to rank"
                  + " them by how soon they pay for themselves.\n\n");
      return;
    }
    int shown = 0;
    for (FixPayback fix : ranked) {
      if (shown++ == TOP_FIXES) {
        break;
      }
      out.append(shown)
          .append(". **")
          .append(PitchText.inert(fix.fix().name()))
          .append("** saves ")
          .append(money(fix.savingsPerHire()))
          .append(" per hire and costs ")
          .append(money(fix.oneOffCost()))
          .append(" once");
      if (fix.recurringCostPerQuarter().signum() > 0) {
        out.append(" and ").append(money(fix.recurringCostPerQuarter())).append(" a quarter");
      }
      out.append(": ");
      if (fix.paybackQuarters().isPresent() && fix.paybackHires().isPresent()) {
        out.append("it pays for itself in ")
            .append(oneDecimal(Rounding.twoDecimals(fix.paybackQuarters().get())))
            .append(" quarters (")
            .append(
                Rounding.twoDecimals(fix.paybackHires().get()).setScale(1, RoundingMode.HALF_EVEN))
            .append(" hires at ")
            .append(oneDecimal(fix.hiresPerQuarter()))
            .append(" hires a quarter), then saves ")
            .append(money(fix.netSavingsPerQuarter()))
            .append(" a quarter");
      } else {
        out.append("it ")
            .append(PitchText.inert(fix.reason().orElse(FixPayback.NEVER)))
            .append(" (")
            .append(oneDecimal(fix.hiresPerQuarter()))
            .append(" hires a quarter: it loses ")
            .append(money(fix.netSavingsPerQuarter().negate()))
            .append(" a quarter)");
      }
      out.append(".\n");
    }
    if (ranked.size() > TOP_FIXES) {
      out.append("\n")
          .append(ranked.size() - TOP_FIXES)
          .append(ranked.size() - TOP_FIXES == 1 ? " more fix is" : " more fixes are")
          .append(" ranked in `onboarding-cost.xlsx` (sheet Fixes).\n");
    }
    out.append('\n');
  }

  private void assumptions() {
    out.append("## Assumptions\n\n");
    for (String line : PitchAssumptions.of(results.analysis().workspace().settings())) {
      out.append("- ").append(line).append('\n');
    }
    for (String line : evidenceNotes()) {
      out.append("- ").append(line).append('\n');
    }
    out.append('\n');
  }

  /**
   * What the evidence could not settle, in numbers: hires without evidence, required systems never
   * granted, hires capped at their window, and waits counted as fully lost while the hire shipped.
   */
  private List<String> evidenceNotes() {
    List<String> notes = new ArrayList<>();
    CostReport all = results.analysis().costs();
    long withoutEvidence = all.hires().stream().filter(h -> !h.evidenceKind().isEvidence()).count();
    if (withoutEvidence > 0) {
      notes.add(
          withoutEvidence
              + (withoutEvidence == 1 ? " hire has" : " hires have")
              + " no evidence at all (no survey answer, no log record): listed in the workbook and"
              + " left out of every average, the forecast and the fix savings, never counted as"
              + " costing nothing.");
    }
    boolean charge =
        results.analysis().workspace().settings().notGranted() == NotGrantedRule.CHARGE;
    int unrequested = results.analysis().quality().notGrantedWithoutRequest().size();
    notes.add(
        charge
            ? "A required system no log shows granted is charged as a wait over the whole window"
                + " (`not_granted: charge`)"
                + (unrequested > 0 ? ": " + unrequested + " such waits." : ".")
            : "A required system no log shows granted costs something only where a request shows"
                + " the hire needed it: then the wait runs from the request to the window's end"
                + (unrequested > 0
                    ? "; "
                        + unrequested
                        + " without a request cost nothing and are listed in the"
                        + " workbook."
                    : "."));
    long capped = all.hires().stream().filter(h -> h.findings().capped()).count();
    if (capped > 0) {
      notes.add(
          capped
              + (capped == 1 ? " hire's" : " hires'")
              + " own lost time was capped at the working hours of the window.");
    }
    BigDecimal contradiction = all.contradictionMinutes();
    if (contradiction.signum() > 0) {
      notes.add(
          hours(contradiction)
              + " hours of waits count as fully lost although the hire opened or merged a pull"
              + " request or deployed meanwhile (listed in the workbook's Data quality); a lower"
              + " `blocked_fraction_by_system` for those systems would count them in part.");
    }
    return notes;
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

  /** Money in whole units of the currency, as a manager says it: $6,659 ({@link Money#whole}). */
  private String money(BigDecimal amount) {
    return Money.whole(amount, currency);
  }

  /** Minutes as hours to one decimal, with thousands separators: 1,401.0. */
  private static String hours(BigDecimal minutes) {
    return oneDecimal(minutes.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN));
  }

  private static BigDecimal divide(BigDecimal value, BigDecimal by) {
    return value.divide(by, java.math.MathContext.DECIMAL128);
  }

  /** {@code part} as a percentage of {@code whole}, to one decimal: 81.7%. */
  private static String percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return "0.0%";
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN) + "%";
  }

  /** {@code value} to one decimal, with thousands separators: 159.2. */
  private static String oneDecimal(BigDecimal value) {
    return String.format(Locale.US, "%,.1f", value.setScale(1, RoundingMode.HALF_EVEN));
  }
}
