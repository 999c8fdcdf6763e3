package dev.onboardingcost.report.quality;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.RecordRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The account of every record read, per source (docs/reliability.md): each is used, ignored or
 * rejected, and nothing is dropped silently.
 *
 * <p>Every rejected and outside-window record is listed. Ignored records are counted always, and
 * listed up to {@link #IGNORED_LISTED} (a year of Okta sign-ins would otherwise fill the memory);
 * past that, {@link #ignoredNotListed()} says how many more there were.
 */
public final class DataQuality {
  /** How many ignored records are listed one by one. */
  public static final int IGNORED_LISTED = 10_000;

  private final Map<String, long[]> counts = new TreeMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Map<String, Long>> identityMisses = new TreeMap<>();
  private final List<MissingGrant> missingGrants = new ArrayList<>();
  private long ignoredListed;
  private long ignoredNotListed;

  // the counts of the source counted last: a reader counts millions of records under one name
  private String lastSource;
  private long[] lastCounts;

  private long[] of(String source) {
    if (source != lastSource) {
      lastCounts = counts.computeIfAbsent(source, s -> new long[4]);
      lastSource = source;
    }
    return lastCounts;
  }

  /** A record of {@code source} was used. */
  public void used(String source) {
    of(source)[0]++;
  }

  /** A record was valid but says nothing about onboarding. */
  public void ignored(String source, RecordRef ref, String reason) {
    ignored(source, ref, () -> reason);
  }

  /**
   * A record was valid but says nothing about onboarding; {@code reason} is asked only while
   * ignored records are still listed (a big log's millions of sign-ins build no text).
   */
  public void ignored(String source, RecordRef ref, Supplier<String> reason) {
    of(source)[1]++;
    if (listsNextIgnored()) {
      problems.add(new Problem(Problem.Kind.IGNORED, source, ref, reason.get()));
    }
  }

  /** A record was broken. */
  public void rejected(String source, RecordRef ref, String reason) {
    of(source)[2]++;
    problems.add(new Problem(Problem.Kind.REJECTED, source, ref, reason));
  }

  /** A used record fell outside the hire's onboarding window. */
  public void outsideWindow(String source, RecordRef ref, String reason) {
    of(source)[3]++;
    problems.add(new Problem(Problem.Kind.OUTSIDE_WINDOW, source, ref, reason));
  }

  /**
   * A problem of the whole file {@code file} (a mapped survey column it lacks): listed, counted in
   * no record count, and a failure under {@code --strict}.
   */
  public void fileProblem(String source, String file, String reason) {
    problems.add(new Problem(Problem.Kind.FILE, source, RecordRef.line(file, 0), reason));
  }

  /** The problems of whole files, in the order found. */
  public List<Problem> fileProblems() {
    return problems.stream().filter(p -> p.kind() == Problem.Kind.FILE).toList();
  }

  /** True when a {@code --strict} run fails: a record was rejected, or a file had a problem. */
  public boolean failsStrict() {
    return total().rejected() > 0 || problems.stream().anyMatch(p -> p.kind() == Problem.Kind.FILE);
  }

  /**
   * A log identity that looks like a person's ({@code source}'s user field) matched no one in
   * people.csv; blank identities are not counted.
   */
  public void identityMiss(String source, String identity) {
    String text = identity == null ? "" : identity.strip();
    if (!text.isEmpty()) {
      identityMisses.computeIfAbsent(source, s -> new HashMap<>()).merge(text, 1L, Long::sum);
    }
  }

  /** The identities that matched no one, per source with any, sorted by source name. */
  public Map<String, IdentityMisses> identityMisses() {
    Map<String, IdentityMisses> result = new TreeMap<>();
    identityMisses.forEach((source, seen) -> result.put(source, IdentityMisses.of(seen)));
    return result;
  }

  /**
   * A required system no log granted to {@code hire} inside the window and nobody asked for
   * (docs/method.md, "Not granted"): the hire may not have needed it, may have had it before the
   * window, or the log's identity may not match people.csv.
   *
   * @param hire the hire
   * @param system the required system
   * @param sources the sources whose logs could have granted it, joined with {@code +}
   * @param charged true under {@code not_granted: charge} (a wait over the whole window)
   */
  public record MissingGrant(PersonId hire, String system, String sources, boolean charged) {
    /** Checks the entry. */
    public MissingGrant {
      requireNonNull(hire, "hire");
      requireNonNull(system, "system");
      requireNonNull(sources, "sources");
    }

    @Override
    public String toString() {
      return "no grant seen for a required system: "
          + hire
          + " and "
          + system
          + " (in the "
          + sources
          + " logs)"
          + (charged ? "; charged the whole window (not_granted: charge)" : "; no cost");
    }
  }

  /** Lists a required system with neither grant nor request. */
  public void noGrantSeen(MissingGrant missing) {
    missingGrants.add(requireNonNull(missing, "missing"));
  }

  /** The required systems with neither grant nor request, in the order found. */
  public List<MissingGrant> notGrantedWithoutRequest() {
    return Collections.unmodifiableList(missingGrants);
  }

  /** Counts per source, sorted by source name. */
  public Map<String, SourceCounts> bySource() {
    Map<String, SourceCounts> result = new TreeMap<>();
    counts.forEach((source, c) -> result.put(source, new SourceCounts(c[0], c[1], c[2], c[3])));
    return result;
  }

  /** Counts over every source. */
  public SourceCounts total() {
    SourceCounts total = SourceCounts.ZERO;
    for (SourceCounts c : bySource().values()) {
      total = total.plus(c);
    }
    return total;
  }

  /** Every listed problem, in the order found. */
  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The rejected records, in the order found. */
  public List<Problem> rejected() {
    return problems.stream().filter(p -> p.kind() == Problem.Kind.REJECTED).toList();
  }

  /**
   * A copy with the same counts whose problems' file names went through {@code files}, whose other
   * texts (pointers, reasons) through {@code texts}, and whose identity misses through {@code
   * identities}: how a pseudonymized report hides the identities that file names, reasons and
   * unmatched log identities hold.
   */
  public DataQuality mapTexts(
      java.util.function.UnaryOperator<String> files,
      java.util.function.UnaryOperator<String> texts,
      java.util.function.UnaryOperator<String> identities) {
    DataQuality copy = new DataQuality();
    counts.forEach((source, c) -> copy.counts.put(source, c.clone()));
    for (Problem p : problems) {
      RecordRef ref = p.ref();
      String file = files.apply(ref.file());
      copy.problems.add(
          new Problem(
              p.kind(),
              p.source(),
              new RecordRef(file, ref.line(), texts.apply(ref.pointer())),
              // a reason may name its own file again ("not read: survey/x.txt")
              texts.apply(
                  ref.file().isEmpty() ? p.reason() : p.reason().replace(ref.file(), file))));
    }
    identityMisses.forEach(
        (source, seen) ->
            seen.forEach(
                (identity, n) ->
                    copy.identityMisses
                        .computeIfAbsent(source, k -> new HashMap<>())
                        .merge(identities.apply(identity), n, Long::sum)));
    for (MissingGrant m : missingGrants) {
      copy.missingGrants.add(
          new MissingGrant(
              PersonId.of(texts.apply(m.hire().value())), m.system(), m.sources(), m.charged()));
    }
    copy.ignoredListed = ignoredListed;
    copy.ignoredNotListed = ignoredNotListed;
    return copy;
  }

  /**
   * Whether the next ignored record is listed: while fewer than {@link #IGNORED_LISTED} are; it is
   * counted as listed or as not listed either way. No object is made for a record not listed (a big
   * log's millions of sign-ins).
   */
  private boolean listsNextIgnored() {
    if (ignoredListed < IGNORED_LISTED) {
      ignoredListed++;
      return true;
    }
    ignoredNotListed++;
    return false;
  }

  /** Ignored records counted but not listed. */
  public long ignoredNotListed() {
    return ignoredNotListed;
  }
}
