package dev.onboardingcost.core.cost;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.StableOrder;
import dev.onboardingcost.core.time.OnboardingWindow;
import dev.onboardingcost.core.time.Span;
import dev.onboardingcost.core.time.WorkingTimeIndex;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * The streaming cost engine: the same figures as {@link CostEngine}, from running sums instead of
 * kept events, so that memory grows with the hires and not with the events.
 *
 * <p>Per hire it keeps the lost minutes per category, kind of evidence (survey or logs), payer and
 * system as exact fixed-point numbers (micro-minutes in a {@code long}, with a {@link BigDecimal}
 * for what does not fit), and each system's access-wait intervals merged into disjoint ones. The
 * rules (precedence, help minutes, fractions, overlap union, default provisioning) are those of
 * {@link CostEngine}, shared in one place. The {@link HireCost} lines are one per payer, category
 * and system, with no event, sorted by category, payer and system; colleagues paid at the same rate
 * by the same rule are one payer with no person (what they cost is the same; who they were is what
 * the per-event {@link CostEngine} keeps).
 *
 * <p>{@link #admit} may be called by several threads at once (each hire's sums are updated under
 * the hire's own lock); {@link #finish} comes after the last admission, once (it drops the sums as
 * it prices them). A {@link #partial()} takes events that may yet be dropped, and {@link #absorb}
 * adds them (in any order: sums, unions and earliest milestones do not depend on it).
 */
public final class CostAccumulator implements CostModel {
  private static final int SURVEY = 1;

  private final Shared shared;
  private final Map<PersonId, Tally> tallies;
  private boolean finished;

  /** An accumulator for these settings and people. */
  public CostAccumulator(CostSettings settings, People people) {
    this(new Shared(requireNonNull(settings, "settings"), requireNonNull(people, "people")));
  }

  private CostAccumulator(Shared shared) {
    this.shared = shared;
    // sized for every hire up front: growing it while reading threads admit costs a copy per step
    this.tallies = new ConcurrentHashMap<>(Math.max(16, shared.windows.size() * 2));
  }

  /** An empty accumulator for another thread, to be {@link #absorb absorbed} into this one. */
  public CostAccumulator partial() {
    return new CostAccumulator(shared);
  }

  /** Adds everything {@code partial} (made by {@link #partial()}) has admitted. */
  public void absorb(CostAccumulator partial) {
    if (partial.shared != shared) {
      throw new IllegalArgumentException("not a partial of this accumulator");
    }
    partial.tallies.forEach(
        (id, tally) -> {
          Tally mine = tallies.get(id);
          if (mine == null) {
            tally.owner = this;
            tallies.put(id, tally);
          } else {
            mine.absorb(tally);
          }
        });
    partial.tallies.clear();
  }

  @Override
  public Admission admit(OnboardingEvent event) {
    requireNonNull(event, "event");
    return admit(event, slotOf(event.hire()));
  }

  /**
   * A hire's running sums, found once by {@link #slotOf} so that a reader who meets the hire again
   * (the same hire field in many records) can {@link #admit(EventRow, Slot) admit} their events
   * without looking the hire up each time.
   */
  public interface Slot {
    /**
     * {@link CostAccumulator#admit(EventRow, Slot)} of a row into the accumulator whose sums these
     * are: a reader that holds a slot needs no reference to its accumulator.
     */
    Admission admit(EventRow row);
  }

  /**
   * The running sums of {@code hire}, made on the hire's first event (even one outside the window:
   * they then stay empty).
   *
   * @throws IllegalArgumentException when {@code hire} is not in people.csv or is no hire, as
   *     {@link #admit(OnboardingEvent)} refuses their events
   */
  public Slot slotOf(PersonId hire) {
    Tally tally = tallies.get(hire);
    if (tally == null) {
      Tally made = new Tally(shared, hire); // checks that the hire is one
      made.owner = this;
      tally = tallies.computeIfAbsent(hire, id -> made);
    }
    return tally;
  }

  /**
   * {@link #admit(OnboardingEvent)} of an event whose hire has the sums {@code slot} (from {@link
   * #slotOf} of this accumulator; the hire's own are used if {@code slot} is another hire's).
   */
  public Admission admit(OnboardingEvent event, Slot slot) {
    requireNonNull(event, "event");
    return admit(EventRow.of(event), slot);
  }

  /**
   * {@link #admit(OnboardingEvent, Slot)} of the event {@code row} stands for, which a reader may
   * fill again once this returns.
   *
   * @throws IllegalArgumentException as {@link #admit(OnboardingEvent)} does
   */
  public Admission admit(EventRow row, Slot slot) {
    Tally tally = (Tally) slot;
    if (tally.owner != this || (tally.id != row.hire && !tally.id.equals(row.hire))) {
      tally = (Tally) slotOf(row.hire);
    }
    // The payer of a helper is found before the window is checked: an unknown helper is refused
    // wherever the event lies.
    int colleague =
        row.type == EventRow.Type.HELP || row.type == EventRow.Type.PROVISIONING
            ? shared.colleagueId(row.helper)
            : -1;
    if (row.type != EventRow.Type.MILESTONE
        && !CostRules.inWindow(
            row.start,
            row.end,
            row.minutes,
            tally.windowFromSecond,
            tally.windowFromNano,
            tally.windowToSecond,
            tally.windowToNano)) {
      return Admission.OUTSIDE_WINDOW;
    }
    synchronized (tally) {
      tally.add(row, colleague);
    }
    return Admission.COUNTED;
  }

  @Override
  public OnboardingWindow windowOf(PersonId hire) {
    return shared.windowOf(hire);
  }

  /**
   * Prices every hire. Hires are independent, so they are priced on every core; the report lists
   * them in the order of {@code people.csv} all the same.
   */
  @Override
  public CostReport finish() {
    if (finished) {
      // the running sums are dropped while pricing: a second report would price every hire at 0
      throw new IllegalStateException(
          "a cost accumulator prices its hires once; finish was called");
    }
    finished = true;
    List<Person> people = shared.people.hires();
    Tally[] pending = new Tally[people.size()];
    for (int i = 0; i < pending.length; i++) {
      Tally tally = tallies.get(people.get(i).id());
      pending[i] = tally != null ? tally : new Tally(shared, people.get(i).id());
    }
    tallies.clear(); // each tally is dropped as soon as its hire is priced
    HireCost[] hires = new HireCost[pending.length];
    IntStream.range(0, pending.length)
        .parallel()
        .forEach(
            i -> {
              hires[i] = pending[i].finish();
              pending[i] = null;
            });
    return new CostReport(shared.settings.currency(), Arrays.asList(hires));
  }

  /** What every partial shares: settings, windows, the working-time index, payers and systems. */
  private static final class Shared {
    final CostSettings settings;
    final People people;
    final CostRules rules;
    final AccessWaitUnion union;
    final Map<PersonId, OnboardingWindow> windows = new HashMap<>();
    final Map<Object, Integer> payerIds = new ConcurrentHashMap<>();
    final Map<Object, Integer> colleagueIds = new ConcurrentHashMap<>(); // helper -> pooled payer
    private static final Object UNNAMED = new Object(); // the key of unnamed colleagues
    // not copy-on-write: that copies every payer so far for each hire (20,000 hires: ~0.8 GB)
    final List<Payer> payers = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Integer> systemIds = new ConcurrentHashMap<>();
    // each system's name by id, as the Optional its lines share (20,000 hires hold 200,000 lines
    // naming a system)
    final List<Optional<String>> systemNames = new CopyOnWriteArrayList<>();

    Shared(CostSettings settings, People people) {
      this.settings = settings;
      this.people = people;
      LocalDate first = null;
      LocalDate last = null;
      for (Person hire : people.hires()) {
        OnboardingWindow window = settings.windowFor(hire.startDate().orElseThrow());
        windows.put(hire.id(), window);
        LocalDate from = settings.calendar().dateOf(window.start());
        LocalDate to = settings.calendar().dateOf(window.end());
        first = first == null || from.isBefore(first) ? from : first;
        last = last == null || to.isAfter(last) ? to : last;
      }
      if (first == null) {
        this.rules = new CostRules(settings, people);
      } else {
        WorkingTimeIndex index =
            new WorkingTimeIndex(settings.calendar(), first.minusDays(1), last.plusDays(1));
        this.rules = new CostRules(settings, people, index::workingMinutes);
      }
      this.union = new AccessWaitUnion(rules::workingMinutes, settings.assumptions());
    }

    OnboardingWindow windowOf(PersonId hire) {
      OnboardingWindow window = windows.get(hire);
      if (window == null) {
        requirePerson(hire);
        throw new IllegalArgumentException(
            "'" + hire + "' has no start_date in people.csv, so is not a hire");
      }
      return window;
    }

    Person requirePerson(PersonId id) {
      return people
          .byId(id)
          .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not in people.csv"));
    }

    /**
     * The payer id of a helper (empty: an unnamed colleague), pooled by {@link #pooledPayerId}.
     *
     * @throws IllegalArgumentException when the helper is not in people.csv
     */
    int colleagueId(Optional<PersonId> helper) {
      Object key = helper.isPresent() ? helper.get() : UNNAMED;
      Integer id = colleagueIds.get(key); // only people found in people.csv are keys
      if (id != null) {
        return id;
      }
      helper.ifPresent(this::requirePerson);
      return colleagueIds.computeIfAbsent(key, k -> pooledPayerId(rules.colleague(helper)));
    }

    /** The id of a payer, {@code key} naming it (a helper id, or a marker). */
    int payerId(Object key, java.util.function.Supplier<Payer> payer) {
      Integer id = payerIds.get(key);
      if (id != null) {
        return id;
      }
      synchronized (this) {
        return payerIds.computeIfAbsent(
            key,
            k -> {
              payers.add(payer.get());
              return payers.size() - 1;
            });
      }
    }

    /**
     * The id of the payer pooling every colleague paid as {@code colleague} is (same rate, same
     * rule), whoever they are: the sums need no more, and 500 helpers would otherwise make 500
     * lines per hire and category.
     */
    int pooledPayerId(Payer colleague) {
      Payer pooled =
          new Payer(colleague.kind(), Optional.empty(), colleague.basis(), colleague.rate());
      return payerId(pooled, () -> pooled);
    }

    int systemId(String system) {
      Integer id = systemIds.get(system);
      if (id != null) {
        return id;
      }
      synchronized (this) {
        return systemIds.computeIfAbsent(
            system,
            s -> {
              systemNames.add(Optional.of(s));
              return systemNames.size() - 1;
            });
      }
    }
  }

  /**
   * The order of a hire's lines: by category, payer and system (then minutes), so that it does not
   * depend on the order in which events arrived, nor on how many threads priced them.
   */
  private static final Comparator<CostLine> LINE_ORDER = CostAccumulator::compareLines;

  /**
   * {@link #LINE_ORDER}: category, payer kind, payer person ("" for none), system ("" for none),
   * the payer's rate basis (rule, then its key) and rate (value, then scale: pooled colleagues paid
   * 150 and 150.00 are two payers), minutes; written out, as it runs for every pair of lines
   * compared, without an {@code Optional} or a key extractor per comparison. A hire has one line
   * per payer, category and system, so no two of its lines compare equal and the order never
   * depends on arrival.
   */
  private static int compareLines(CostLine a, CostLine b) {
    int order = a.category().compareTo(b.category());
    if (order == 0) {
      order = a.payer().kind().compareTo(b.payer().kind());
    }
    if (order == 0) {
      order = personOf(a).compareTo(personOf(b));
    }
    if (order == 0) {
      order = systemOf(a).compareTo(systemOf(b));
    }
    if (order == 0) {
      order = a.payer().basis().kind().compareTo(b.payer().basis().kind());
    }
    if (order == 0) {
      order = a.payer().basis().key().compareTo(b.payer().basis().key());
    }
    if (order == 0) {
      order = a.payer().rate().perHour().compareTo(b.payer().rate().perHour());
    }
    if (order == 0) {
      order =
          Integer.compare(a.payer().rate().perHour().scale(), b.payer().rate().perHour().scale());
    }
    return order != 0 ? order : a.minutes().compareTo(b.minutes());
  }

  private static String personOf(CostLine line) {
    Optional<PersonId> person = line.payer().person();
    return person.isPresent() ? person.get().value() : "";
  }

  private static String systemOf(CostLine line) {
    return line.system().isPresent() ? line.system().get() : "";
  }

  /** One hire's running sums. */
  private static final class Tally implements Slot {
    final Shared shared;
    final PersonId id;
    final Person hire;
    final OnboardingWindow window;
    // the window's bounds as numbers: the window check of every event reads no other object
    final long windowFromSecond;
    final int windowFromNano;
    final long windowToSecond;
    final int windowToNano;
    CostAccumulator owner; // whose map holds this tally, for slots (see admit)
    final int hirePayer;

    /**
     * Keys (category, kind, payer, system) in the order first seen, each followed by its minutes in
     * micro-minutes: one array, so that adding to a sum reads one line of memory, not one per array
     * (20,000 hires' sums do not fit a processor's cache, and reading waits on memory).
     */
    long[] sums = new long[16];

    /** Per key, minutes that did not fit the long sum; null until some did not. */
    BigDecimal[] rest;

    int size;
    int present; // bit 2 * category + kind: some evidence of that category and kind counted
    boolean provisioned;
    Map<MilestoneKind, Instant> milestones;
    TreeSet<String> notGranted;

    /**
     * Keys (system << 1 | kind) of the merged intervals in {@link #intervalSets}, first seen first.
     */
    int[] intervalKeys;

    IntervalSet[] intervalSets;
    int intervalCount;

    @Override
    public Admission admit(EventRow row) {
      return owner.admit(row, this);
    }

    Tally(Shared shared, PersonId id) {
      this.id = id;
      this.shared = shared;
      this.hire = shared.requirePerson(id);
      this.window = shared.windowOf(id);
      this.windowFromSecond = window.start().getEpochSecond();
      this.windowFromNano = window.start().getNano();
      this.windowToSecond = window.end().getEpochSecond();
      this.windowToNano = window.end().getNano();
      this.hirePayer = shared.payerId(id, () -> shared.rules.hirePays(hire));
    }

    /**
     * Adds the event of {@code row}, whose helper (if a help or provisioning event) is payer {@code
     * colleague}.
     */
    void add(EventRow row, int colleague) {
      if (row.type == EventRow.Type.MILESTONE) {
        if (milestones == null) {
          milestones = new EnumMap<>(MilestoneKind.class);
        }
        milestones.merge(row.milestone, row.start, (a, b) -> a.isBefore(b) ? a : b);
        return;
      }
      Category category = row.category;
      int kind = row.isSurvey() ? SURVEY : 0;
      present |= 1 << (2 * category.ordinal() + kind);
      CostRules rules = shared.rules;
      switch (row.type) {
        case ACCESS_WAIT:
          int system = shared.systemId(row.system);
          if (row.notGranted) {
            if (notGranted == null) {
              notGranted = new TreeSet<>();
            }
            notGranted.add(row.system);
          }
          if (row.isInterval()) {
            Span span = CostRules.clip(window, row.start, row.end);
            intervalsOf(system << 1 | kind).add(span.start(), span.end());
          } else {
            add(
                Category.ACCESS,
                kind,
                hirePayer,
                system,
                rules.waitMinutes(row.minutes, row.system));
          }
          break;
        case BLOCKED:
          add(
              category,
              kind,
              hirePayer,
              -1,
              rules.blockedMinutes(window, row.start, row.end, row.minutes));
          break;
        case HELP:
          long micros = rules.helpMicros(row.count, row.start, row.end, row.minutes);
          if (micros == CostRules.NOT_EXACT
              || !addMicros(slotOf(keyOf(category, kind, colleague, -1)), micros)) {
            add(
                category,
                kind,
                colleague,
                -1,
                rules.helpMinutes(window, row.count, row.start, row.end, row.minutes));
          }
          break;
        default: // provisioning, whose row always has minutes
          provisioned = true;
          add(category, kind, colleague, -1, row.minutes);
      }
    }

    private void add(Category category, int kind, int payer, int system, BigDecimal minutes) {
      addMinutes(slotOf(keyOf(category, kind, payer, system)), minutes);
    }

    private static long keyOf(Category category, int kind, int payer, int system) {
      return ((long) payer << 32) | ((long) (system + 1) << 8) | (category.ordinal() << 1) | kind;
    }

    private int slotOf(long key) {
      for (int i = 0; i < size; i++) {
        if (sums[2 * i] == key) {
          return i;
        }
      }
      if (2 * size == sums.length) {
        sums = Arrays.copyOf(sums, sums.length * 2);
        if (rest != null) {
          rest = Arrays.copyOf(rest, size * 2);
        }
      }
      sums[2 * size] = key;
      return size++;
    }

    /** The merged intervals of {@code key} (system << 1 | kind), made on first use. */
    private IntervalSet intervalsOf(int key) {
      for (int i = 0; i < intervalCount; i++) {
        if (intervalKeys[i] == key) {
          return intervalSets[i];
        }
      }
      if (intervalKeys == null) {
        intervalKeys = new int[4];
        intervalSets = new IntervalSet[4];
      } else if (intervalCount == intervalKeys.length) {
        intervalKeys = Arrays.copyOf(intervalKeys, intervalCount * 2);
        intervalSets = Arrays.copyOf(intervalSets, intervalCount * 2);
      }
      intervalKeys[intervalCount] = key;
      intervalSets[intervalCount] = new IntervalSet();
      return intervalSets[intervalCount++];
    }

    /** Adds exactly: micro-minutes in a long while they fit, the rest as a BigDecimal. */
    private void addMinutes(int slot, BigDecimal minutes) {
      int scale = minutes.scale();
      if (scale >= 0 && scale <= 6 && minutes.precision() - scale <= 12) {
        long micro =
            scale == 0
                ? minutes.longValue() * 1_000_000L
                : minutes.movePointRight(6).longValueExact();
        if (addMicros(slot, micro)) {
          return;
        }
      }
      if (rest == null) {
        rest = new BigDecimal[sums.length / 2];
      }
      rest[slot] = rest[slot] == null ? minutes : rest[slot].add(minutes);
    }

    /** Adds {@code micro} micro-minutes to the long sum; false (nothing added) if it overflows. */
    private boolean addMicros(int slot, long micro) {
      long before = sums[2 * slot + 1];
      long sum = before + micro;
      if (((before ^ sum) & (micro ^ sum)) < 0) {
        return false;
      }
      sums[2 * slot + 1] = sum;
      return true;
    }

    private BigDecimal minutesAt(int slot) {
      BigDecimal fixed = BigDecimal.valueOf(sums[2 * slot + 1], 6);
      return restAt(slot) == null ? fixed : fixed.add(rest[slot]);
    }

    /** Minutes of key {@code slot} that did not fit the long sum, or null. */
    private BigDecimal restAt(int slot) {
      return rest == null ? null : rest[slot];
    }

    void absorb(Tally other) {
      for (int i = 0; i < other.size; i++) {
        int slot = slotOf(other.sums[2 * i]);
        addMinutes(slot, other.minutesAt(i));
      }
      present |= other.present;
      provisioned |= other.provisioned;
      if (other.milestones != null) {
        other.milestones.forEach(
            (kind, at) -> {
              if (milestones == null) {
                milestones = new EnumMap<>(MilestoneKind.class);
              }
              milestones.merge(kind, at, (a, b) -> a.isBefore(b) ? a : b);
            });
      }
      if (other.notGranted != null) {
        if (notGranted == null) {
          notGranted = new TreeSet<>();
        }
        notGranted.addAll(other.notGranted);
      }
      for (int i = 0; i < other.intervalCount; i++) {
        intervalsOf(other.intervalKeys[i]).addAll(other.intervalSets[i]);
      }
    }

    HireCost finish() {
      CostRules rules = shared.rules;
      Payer hirePays = shared.payers.get(hirePayer);
      List<CostLine> lines = new ArrayList<>();
      List<EvidenceComparison> comparisons = new ArrayList<>();
      for (Category category : Category.values()) {
        boolean hasLogs = (present & (1 << (2 * category.ordinal()))) != 0;
        boolean hasSurvey = (present & (1 << (2 * category.ordinal() + SURVEY))) != 0;
        if (!hasLogs && !hasSurvey) {
          continue;
        }
        boolean logsCount = hasLogs && rules.counts(false, hasSurvey, hasLogs);
        boolean surveyCounts = hasSurvey && rules.counts(true, hasSurvey, hasLogs);
        if (hasSurvey && hasLogs) {
          // each kind's lines are made once: for the comparison, and as the counted lines when
          // that kind alone counts (the access-wait union is the costly part of making them)
          List<CostLine> surveyLines = linesOf(category, false, true, hirePays);
          List<CostLine> logLines = linesOf(category, true, false, hirePays);
          lines.addAll(
              logsCount && surveyCounts
                  ? linesOf(category, true, true, hirePays)
                  : logsCount ? logLines : surveyCounts ? surveyLines : List.of());
          comparisons.add(
              EvidenceComparison.of(
                  hire.id(), category, surveyLines, logLines, shared.settings.precedence()));
        } else {
          lines.addAll(linesOf(category, logsCount, surveyCounts, hirePays));
        }
      }
      if (!provisioned) {
        rules.defaultProvisioning().ifPresent(lines::add);
      }
      lines.sort(LINE_ORDER);
      return new HireCost(
          hire,
          window,
          lines,
          rules.daysTo(window, milestones == null ? Map.of() : milestones),
          notGranted == null ? List.of() : new ArrayList<>(notGranted),
          comparisons);
    }

    private List<CostLine> linesOf(
        Category category, boolean logs, boolean survey, Payer hirePays) {
      List<CostLine> lines = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        long key = sums[2 * i];
        int kind = (int) (key & 1);
        if ((int) ((key >>> 1) & 0x7f) != category.ordinal() || !(kind == SURVEY ? survey : logs)) {
          continue;
        }
        int system = (int) ((key >>> 8) & 0xffffff) - 1;
        Payer payer = shared.payers.get((int) (key >>> 32));
        Optional<String> named = system < 0 ? Optional.empty() : shared.systemNames.get(system);
        // a sum that fits its long is kept as one: minutesAt would make it BigDecimal.valueOf(, 6)
        lines.add(
            restAt(i) == null
                ? CostLine.ofMicros(Optional.empty(), payer, category, named, sums[2 * i + 1])
                : CostLine.of(Optional.empty(), payer, category, named, minutesAt(i)));
      }
      if (category == Category.ACCESS && intervalCount > 0) {
        Map<String, IntervalSet> bySystem = new TreeMap<>();
        for (int k = 0; k < intervalCount; k++) {
          int key = intervalKeys[k];
          boolean isSurvey = (key & 1) == SURVEY;
          if (isSurvey ? survey : logs) {
            String system = shared.systemNames.get(key >> 1).get();
            IntervalSet merged = bySystem.get(system);
            if (merged == null) {
              merged = new IntervalSet();
              bySystem.put(system, merged);
            }
            merged.addAll(intervalSets[k]);
          }
        }
        List<AccessWaitUnion.Wait> waits = new ArrayList<>();
        List<String> systemOfWait = new ArrayList<>();
        bySystem.forEach(
            (system, set) -> {
              set.compact();
              for (int i = 0; i < set.size; i++) {
                waits.add(new AccessWaitUnion.Wait(system, set.span(i)));
                systemOfWait.add(system);
              }
            });
        BigDecimal[] lost = shared.union.lostMinutes(waits);
        // the waits come system by system in name order: one line per run of a system's waits
        for (int i = 0; i < lost.length; ) {
          String system = systemOfWait.get(i);
          BigDecimal minutes = lost[i++];
          while (i < lost.length && systemOfWait.get(i).equals(system)) {
            minutes = minutes.add(lost[i++]);
          }
          lines.add(
              CostLine.of(
                  Optional.empty(),
                  hirePays,
                  Category.ACCESS,
                  shared.systemNames.get(shared.systemIds.get(system)),
                  minutes));
        }
      }
      return lines;
    }
  }

  /**
   * Intervals of one system, merged into disjoint ones now and then so that memory stays flat. The
   * intervals are kept in one array, three numbers each: the start's epoch second, the end's, and
   * both ends' nanoseconds (start above, end below), so that adding one writes one line of memory
   * and no object per instant is made.
   */
  private static final class IntervalSet {
    private static final int WIDTH = 3;

    long[] data = new long[4 * WIDTH];
    int size;
    int limit = 8; // merged when it reaches this many; doubled when merging does not halve it

    void add(Instant from, Instant to) {
      add(from.getEpochSecond(), to.getEpochSecond(), nanosOf(from.getNano(), to.getNano()));
    }

    private static long nanosOf(int startNano, int endNano) {
      return (long) startNano << 32 | endNano;
    }

    private void add(long startSecond, long endSecond, long nanos) {
      if (size * WIDTH == data.length) {
        if (size >= limit) {
          compact();
          if (size >= limit / 2) {
            limit *= 2;
          }
        }
        if (size * WIDTH == data.length) {
          data = Arrays.copyOf(data, data.length * 2);
        }
      }
      int at = size * WIDTH;
      data[at] = startSecond;
      data[at + 1] = endSecond;
      data[at + 2] = nanos;
      size++;
    }

    void addAll(IntervalSet other) {
      for (int i = 0; i < other.size; i++) {
        int at = i * WIDTH;
        add(other.data[at], other.data[at + 1], other.data[at + 2]);
      }
    }

    long startSecond(int i) {
      return data[i * WIDTH];
    }

    int startNano(int i) {
      return (int) (data[i * WIDTH + 2] >>> 32);
    }

    long endSecond(int i) {
      return data[i * WIDTH + 1];
    }

    int endNano(int i) {
      return (int) data[i * WIDTH + 2];
    }

    /** Sorts and merges overlapping and touching intervals (zero-length ones are kept). */
    void compact() {
      if (size < 2) {
        return;
      }
      int[] order = byStart();
      long[] merged = new long[data.length];
      int n = 0;
      for (int i : order) {
        int last = (n - 1) * WIDTH;
        boolean reachesLast =
            n > 0
                && compare(startSecond(i), startNano(i), merged[last + 1], (int) merged[last + 2])
                    <= 0;
        int length = compare(startSecond(i), startNano(i), endSecond(i), endNano(i));
        if (reachesLast && length < 0) {
          if (compare(endSecond(i), endNano(i), merged[last + 1], (int) merged[last + 2]) > 0) {
            merged[last + 1] = endSecond(i);
            merged[last + 2] = (merged[last + 2] & 0xFFFF_FFFF_0000_0000L) | endNano(i);
          }
        } else if (reachesLast && length == 0) {
          continue; // an instant-long wait inside another loses nothing and cuts nothing new
        } else {
          int at = n * WIDTH;
          System.arraycopy(data, i * WIDTH, merged, at, WIDTH);
          n++;
        }
      }
      data = merged;
      size = n;
    }

    /** The indices of the intervals in the order of their starts, ties in the order added. */
    private int[] byStart() {
      return StableOrder.of(
          size, (a, b) -> compare(startSecond(a), startNano(a), startSecond(b), startNano(b)));
    }

    private static int compare(long secondA, int nanoA, long secondB, int nanoB) {
      int bySecond = Long.compare(secondA, secondB);
      return bySecond != 0 ? bySecond : Integer.compare(nanoA, nanoB);
    }

    Span span(int i) {
      return new Span(
          Instant.ofEpochSecond(startSecond(i), startNano(i)),
          Instant.ofEpochSecond(endSecond(i), endNano(i)));
    }
  }
}
