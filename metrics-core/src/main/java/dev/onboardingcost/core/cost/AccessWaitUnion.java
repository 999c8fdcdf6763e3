package dev.onboardingcost.core.cost;

import dev.onboardingcost.core.model.Decimal128;
import dev.onboardingcost.core.time.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Lost minutes of one hire's overlapping access waits, counted once (docs/method.md): the timeline
 * is cut at every interval boundary; a segment covered by waits for the systems {@code A} loses
 * {@code W(segment) × max f(s)} minutes, shared equally by the systems in {@code A} (in system name
 * order, the last taking the rounding remainder), and a system's share is split equally among its
 * waits that cover the segment (in the order given, the last taking the remainder).
 *
 * <p>The segments are swept in time order: a wait joins the waits covering the timeline at its
 * start and leaves at its end, so each segment costs the waits covering it, not every wait (a hire
 * with 50 waits has 100 cuts; testing every wait against every segment was the slowest part of
 * pricing a hire).
 *
 * <p>A system's lost minutes depend only on the time its waits cover, so the streaming path may
 * pass each system's waits already merged into disjoint intervals.
 */
final class AccessWaitUnion {
  private final BiFunction<Instant, Instant, BigDecimal> workingMinutes;
  private final Assumptions assumptions;

  AccessWaitUnion(
      BiFunction<Instant, Instant, BigDecimal> workingMinutes, Assumptions assumptions) {
    this.workingMinutes = workingMinutes;
    this.assumptions = assumptions;
  }

  /** One wait for {@code system}, already clipped to the window. */
  record Wait(String system, Span span) {}

  /** The lost minutes of each wait, by index. Waits of zero length lose nothing. */
  BigDecimal[] lostMinutes(List<Wait> waits) {
    int n = waits.size();
    BigDecimal[] lost = new BigDecimal[n];
    Arrays.fill(lost, BigDecimal.ZERO);
    if (n == 0) {
      return lost;
    }
    String[] systems =
        new TreeSet<>(waits.stream().map(Wait::system).toList()).toArray(String[]::new);
    BigDecimal[] fractions = new BigDecimal[systems.length];
    for (int s = 0; s < systems.length; s++) {
      fractions[s] = assumptions.blockedFractionOf(systems[s]);
    }
    Covering covering = new Covering(systems.length, n);
    Instant[] cuts = cuts(waits);
    int[] system = new int[n];
    int[] startCut = new int[n];
    int[] endCut = new int[n];
    for (int i = 0; i < n; i++) {
      system[i] = Arrays.binarySearch(systems, waits.get(i).system());
      startCut[i] = Arrays.binarySearch(cuts, waits.get(i).span().start());
      endCut[i] = Arrays.binarySearch(cuts, waits.get(i).span().end());
    }
    WaitsByCut starting = new WaitsByCut(startCut, cuts.length);
    WaitsByCut ending = new WaitsByCut(endCut, cuts.length);
    for (int k = 0; k + 1 < cuts.length; k++) {
      // covering [cut k, cut k + 1): started at or before cut k, and ending after it
      for (int i = starting.first(k); i < starting.first(k + 1); i++) {
        covering.add(system[starting.wait(i)], starting.wait(i));
      }
      for (int i = ending.first(k); i < ending.first(k + 1); i++) {
        covering.remove(system[ending.wait(i)], ending.wait(i));
      }
      if (covering.systems() > 0) {
        shareSegment(workingMinutes.apply(cuts[k], cuts[k + 1]), covering, fractions, lost);
      }
    }
    return lost;
  }

  /** {@code working} minutes of a segment lost by the waits covering it. */
  private static void shareSegment(
      BigDecimal working, Covering covering, BigDecimal[] fractions, BigDecimal[] lost) {
    if (working.signum() == 0) {
      return;
    }
    BigDecimal fraction = BigDecimal.ZERO;
    for (int s = 0; s < fractions.length; s++) {
      if (covering.count[s] > 0) {
        fraction = fraction.max(fractions[s]);
      }
    }
    BigDecimal segmentLoss = working.multiply(fraction);
    int systemsLeft = covering.systems();
    BigDecimal systemShare = share(segmentLoss, systemsLeft);
    for (int s = 0; s < fractions.length; s++) {
      int count = covering.count[s];
      if (count == 0) {
        continue;
      }
      BigDecimal ofSystem =
          --systemsLeft == 0 ? rest(segmentLoss, systemShare, covering.systems()) : systemShare;
      BigDecimal waitShare = share(ofSystem, count);
      int[] waitsOfSystem = covering.waits[s];
      for (int i = 0; i < count; i++) {
        BigDecimal ofWait = i == count - 1 ? rest(ofSystem, waitShare, count) : waitShare;
        lost[waitsOfSystem[i]] = lost[waitsOfSystem[i]].add(ofWait);
      }
    }
  }

  /**
   * One of {@code n} equal shares of {@code total} (34 significant digits); the last share is
   * {@link #rest}, so that a third of a minute three times is still the whole minute and the union
   * is never undercounted.
   */
  private static BigDecimal share(BigDecimal total, int n) {
    return n == 1 ? total : Decimal128.divide(total, n);
  }

  /** The last of {@code n} shares of {@code total}: what the other {@code n - 1} left. */
  private static BigDecimal rest(BigDecimal total, BigDecimal share, int n) {
    return n == 1 ? total : total.subtract(share.multiply(BigDecimal.valueOf(n - 1L)));
  }

  /** Every start and end, sorted, each once. */
  private static Instant[] cuts(List<Wait> waits) {
    Instant[] cuts = new Instant[waits.size() * 2];
    for (int i = 0; i < waits.size(); i++) {
      cuts[2 * i] = waits.get(i).span().start();
      cuts[2 * i + 1] = waits.get(i).span().end();
    }
    return sortedDistinct(cuts);
  }

  /** The most seconds between two instants whose nanoseconds between them fit a long. */
  static final long MAX_NUMBERED_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;

  /**
   * {@code instants} sorted, each once. They are sorted as the nanoseconds from the earliest, a
   * {@code long[]}, whenever those fit a long (up to 292 years, so always within a window), and
   * only otherwise as objects.
   *
   * <p>Not {@code Arrays.sort} of the instants themselves: the JVM compiles one sort of comparable
   * objects for all of them, and the 20,000 hires' cuts of a report took turns with the statistics'
   * values and ranks in it. Each change of type threw the compiled sort away: on 5M events the JIT
   * compiled it seven times, about 2 s of a core (docs/benchmarks.md).
   */
  static Instant[] sortedDistinct(Instant[] instants) {
    if (instants.length == 0) {
      return instants;
    }
    long earliest = Long.MAX_VALUE;
    long latest = Long.MIN_VALUE;
    for (Instant instant : instants) {
      earliest = Math.min(earliest, instant.getEpochSecond());
      latest = Math.max(latest, instant.getEpochSecond());
    }
    if (latest - earliest > MAX_NUMBERED_SECONDS) {
      Instant[] sorted = instants.clone();
      Arrays.sort(sorted);
      return Arrays.stream(sorted).distinct().toArray(Instant[]::new);
    }
    long[] nanos = new long[instants.length];
    for (int i = 0; i < instants.length; i++) {
      nanos[i] = (instants[i].getEpochSecond() - earliest) * 1_000_000_000L + instants[i].getNano();
    }
    Arrays.sort(nanos);
    int distinct = 0;
    for (long nano : nanos) {
      if (distinct == 0 || nano != nanos[distinct - 1]) {
        nanos[distinct++] = nano;
      }
    }
    Instant[] sorted = new Instant[distinct];
    for (int i = 0; i < distinct; i++) {
      sorted[i] = Instant.ofEpochSecond(earliest, nanos[i]);
    }
    return sorted;
  }

  /** The waits starting (or ending) at each cut, grouped by cut (a counting sort). */
  private static final class WaitsByCut {
    private final int[] first; // where the waits at cut k begin in waits; cuts + 1 entries
    private final int[] waits;

    WaitsByCut(int[] cutOfWait, int cuts) {
      first = new int[cuts + 1];
      for (int cut : cutOfWait) {
        first[cut + 1]++;
      }
      for (int k = 0; k < cuts; k++) {
        first[k + 1] += first[k];
      }
      waits = new int[cutOfWait.length];
      int[] next = Arrays.copyOf(first, cuts);
      for (int wait = 0; wait < cutOfWait.length; wait++) {
        waits[next[cutOfWait[wait]]++] = wait;
      }
    }

    /** Where the waits at cut {@code k} begin; those at cut {@code k + 1} begin at first(k + 1). */
    int first(int k) {
      return first[k];
    }

    int wait(int i) {
      return waits[i];
    }
  }

  /** The waits covering the current segment, by system, each system's in the order given. */
  private static final class Covering {
    final int[][] waits;
    final int[] count;
    private int systems; // how many systems have a covering wait

    Covering(int systems, int waits) {
      this.waits = new int[systems][];
      this.count = new int[systems];
      for (int s = 0; s < systems; s++) {
        this.waits[s] = new int[Math.min(waits, 4)];
      }
    }

    int systems() {
      return systems;
    }

    void add(int system, int wait) {
      int[] list = waits[system];
      int size = count[system];
      if (size == list.length) {
        list = waits[system] = Arrays.copyOf(list, size * 2);
      }
      int at = size;
      while (at > 0 && list[at - 1] > wait) {
        list[at] = list[at - 1];
        at--;
      }
      list[at] = wait;
      if (count[system]++ == 0) {
        systems++;
      }
    }

    void remove(int system, int wait) {
      int[] list = waits[system];
      int size = count[system];
      int at = 0;
      while (list[at] != wait) {
        at++;
      }
      System.arraycopy(list, at + 1, list, at, size - at - 1);
      if (--count[system] == 0) {
        systems--;
      }
    }
  }
}
