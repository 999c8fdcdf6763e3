package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.Category;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cap on a hire's own lost time (docs/method.md, "The cap"): the hire's lost minutes never
 * exceed the working minutes of their window; every category's and system's share is scaled down in
 * the same proportion.
 *
 * <p>Shares are scaled per category and system (the same sums whether the engine keeps one line per
 * event or one per category and system), each to 34 significant digits, the last share taking what
 * the others leave of the cap so that they add up to it exactly; a share's lines are scaled the
 * same way within it.
 */
final class LostTimeCap {
  /** A category and system, ordered by category, then no system, then system name. */
  private record Share(Category category, Optional<String> system) {}

  private static final Comparator<Share> ORDER =
      Comparator.comparing(Share::category)
          .thenComparing(share -> share.system().orElse(""))
          .thenComparing(share -> share.system().isPresent());

  private LostTimeCap() {}

  /** The hire's own lost minutes in {@code lines}. */
  static BigDecimal hireMinutes(List<CostLine> lines) {
    return HireCost.minutesOf(lines, line -> line.payer().isHire());
  }

  /**
   * {@code lines} with the hire's own minutes, {@code lost} in all, scaled down to {@code limit};
   * colleagues' lines are kept as they are. Call only when {@code lost} exceeds {@code limit}.
   */
  static List<CostLine> capped(List<CostLine> lines, BigDecimal lost, BigDecimal limit) {
    Map<Share, List<Integer>> shares = new TreeMap<>(ORDER);
    Map<Share, BigDecimal> minutes = new TreeMap<>(ORDER);
    for (int i = 0; i < lines.size(); i++) {
      CostLine line = lines.get(i);
      if (line.payer().isHire() && line.minutes().signum() != 0) {
        Share share = new Share(line.category(), line.system());
        shares.computeIfAbsent(share, s -> new ArrayList<>()).add(i);
        minutes.merge(share, line.minutes(), BigDecimal::add);
      }
    }
    List<BigDecimal> whole = new ArrayList<>(minutes.values());
    List<BigDecimal> scaled = split(whole, lost, limit);
    List<CostLine> result = new ArrayList<>(lines);
    int s = 0;
    for (Map.Entry<Share, List<Integer>> share : shares.entrySet()) {
      List<BigDecimal> parts = new ArrayList<>();
      for (int i : share.getValue()) {
        parts.add(lines.get(i).minutes());
      }
      List<BigDecimal> cut = split(parts, whole.get(s), scaled.get(s));
      for (int j = 0; j < cut.size(); j++) {
        int i = share.getValue().get(j);
        CostLine line = lines.get(i);
        result.set(
            i,
            new CostLine(line.event(), line.payer(), line.category(), line.system(), cut.get(j)));
      }
      s++;
    }
    return result;
  }

  /**
   * {@code parts}, which add up to {@code sum}, scaled so that they add up to {@code target}: each
   * {@code part × target / sum} to 34 significant digits, the last one what the others leave.
   */
  private static List<BigDecimal> split(List<BigDecimal> parts, BigDecimal sum, BigDecimal target) {
    List<BigDecimal> scaled = new ArrayList<>(parts.size());
    BigDecimal left = target;
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal part =
          i == parts.size() - 1
              ? left
              : parts.get(i).multiply(target).divide(sum, MathContext.DECIMAL128);
      scaled.add(part);
      left = left.subtract(part);
    }
    return scaled;
  }
}
