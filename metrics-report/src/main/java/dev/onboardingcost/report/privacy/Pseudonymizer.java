package dev.onboardingcost.report.privacy;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.EvidenceComparison;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.cost.Payer;
import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.Milestone;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provenance;
import dev.onboardingcost.core.model.Provisioning;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.workspace.Analysis;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces people's identities with stable keyed pseudonyms before any writer runs, so that every
 * output of a {@code --pseudonymize} run (summary, console, and writers to come) shows none.
 *
 * <p>A person's pseudonym is {@code person-} and the first 12 hex digits of HMAC-SHA256(key,
 * "person:" + id): the same key gives the same pseudonym in every run, another key an unrelated
 * one. Every identity of that person (id, name, email, GitHub login, Slack id) becomes that
 * pseudonym (an email {@code <pseudonym>@pseudonym.invalid}). Person ids are replaced too, because
 * in practice they are made from names ({@code apetrov}). In free text (problem reasons, notes),
 * known identities are replaced wherever they stand as whole words (case ignored), and so are any
 * other email addresses and Slack-style user ids ({@code email-…@pseudonym.invalid}, {@code
 * slack-…}). Team, role, systems and figures are kept.
 */
public final class Pseudonymizer {
  /** The environment variable that holds the key. */
  public static final String KEY_ENV = "ONBOARDING_COST_PSEUDONYM_KEY";

  private static final String BEFORE = "(?<![\\p{L}\\p{N}_.+-])";
  private static final String AFTER = "(?![\\p{L}\\p{N}_@+-])";
  private static final String EMAIL =
      "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+";
  private static final String SLACK_ID = "[UW][A-Z0-9]{8,11}";

  private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final SecretKeySpec key;
  private final Map<String, String> identities = new HashMap<>();
  private final Pattern pattern;

  private Pseudonymizer(byte[] key, People people) {
    if (key.length == 0) {
      throw new IllegalArgumentException("the pseudonym key must not be empty");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    List<String> known = new ArrayList<>();
    for (Person person : people.all()) {
      String pseudonym = pseudonym(person.id());
      for (String identity :
          List.of(
              person.id().value(),
              person.name(),
              person.email(),
              person.github(),
              person.slack())) {
        // aliases below: an Okta login, a former email, a second GitHub login
        String folded = fold(identity);
        if (folded.length() >= 2 && identities.putIfAbsent(folded, pseudonym) == null) {
          known.add(normalized(identity).strip());
        }
      }
      for (String alias : person.aliases()) {
        String folded = fold(alias);
        if (folded.length() >= 2 && identities.putIfAbsent(folded, pseudonym) == null) {
          known.add(normalized(alias).strip());
        }
      }
      // "Petrov, Arjun", "Arjun" alone: every part of a name is an identity too
      for (String part : TOKEN_SEPARATOR.split(normalized(person.name()))) {
        if (letters(part) >= 3 && identities.putIfAbsent(fold(part), pseudonym) == null) {
          known.add(part);
        }
      }
    }
    known.sort(Comparator.comparingInt(String::length).reversed());
    String alternatives =
        known.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    this.pattern =
        Pattern.compile(
            BEFORE
                + "(?:(?<email>"
                + EMAIL
                + ")|(?<known>"
                + (known.isEmpty() ? "(?!)" : alternatives)
                + ")|(?<slack>"
                + SLACK_ID
                + "))"
                + AFTER,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A pseudonymizer keyed by {@code key} (raw bytes, not empty) for {@code people}. */
  public static Pseudonymizer of(byte[] key, People people) {
    return new Pseudonymizer(requireNonNull(key, "key"), requireNonNull(people, "people"));
  }

  /** The pseudonym of the person {@code id}, e.g. {@code person-3f9a0c21b7de}. */
  public String pseudonym(PersonId id) {
    return "person-" + digest("person:" + id.value());
  }

  /**
   * The path {@code file} of a piece of evidence (relative, with forward slashes) with every folder
   * or file name that holds an identity (a known identity, a part of a name, an email address,
   * whatever separates its words) replaced by a stable label, {@code file-} and 12 hex digits keyed
   * like the pseudonyms, its extension kept: {@code survey/interview Arjun Petrov.csv} becomes
   * {@code survey/file-1c0ffee2b4d5.csv}.
   */
  public String file(String file) {
    if (file == null || file.isEmpty()) {
      return file;
    }
    String path = normalized(file);
    StringBuilder shown = new StringBuilder(path.length());
    int start = 0;
    while (start <= path.length()) {
      int slash = path.indexOf('/', start);
      int end = slash < 0 ? path.length() : slash;
      String name = path.substring(start, end);
      shown.append(holdsIdentity(name) ? label(path.substring(0, end), name) : name);
      if (slash < 0) {
        break;
      }
      shown.append('/');
      start = slash + 1;
    }
    return shown.toString();
  }

  private boolean holdsIdentity(String name) {
    for (String token : TOKEN_SEPARATOR.split(name)) {
      if (identities.containsKey(fold(token))) {
        return true;
      }
    }
    Matcher m = pattern.matcher(name);
    while (m.find()) {
      if (!replacementOf(m).equals(m.group())) {
        return true;
      }
    }
    return false;
  }

  private String label(String path, String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
    return "file-" + digest("file:" + path) + extension;
  }

  /** {@code text} with every identity in it replaced; null stays null. */
  public String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher m = pattern.matcher(normalized(text));
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacementOf(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String replacementOf(Matcher m) {
    String found = m.group();
    String person = identities.get(fold(found));
    if (m.group("email") != null) {
      return (person != null ? person : "email-" + digest("email:" + fold(found)))
          + "@pseudonym.invalid";
    }
    if (person != null) {
      return person;
    }
    if (m.group("slack") != null && found.equals(found.toUpperCase(Locale.ROOT))) {
      return "slack-" + digest("slack:" + found);
    }
    return found;
  }

  /** {@code person} with its identities replaced; team, role, dates and rate kept. */
  public Person person(Person person) {
    String pseudonym = pseudonym(person.id());
    return new Person(
        PersonId.of(pseudonym),
        person.name().isEmpty() ? "" : pseudonym,
        person.email().isEmpty() ? "" : pseudonym + "@pseudonym.invalid",
        person.github().isEmpty() ? "" : pseudonym,
        person.slack().isEmpty() ? "" : pseudonym,
        person.team(),
        person.role(),
        person.startDate(),
        person.hourlyRate());
  }

  /**
   * {@code analysis} as writers may see it: people, hires and data-quality texts pseudonymized,
   * every count and figure unchanged.
   */
  public Analysis apply(Analysis analysis) {
    List<Person> people = new ArrayList<>();
    for (Person person : analysis.workspace().people().all()) {
      people.add(person(person));
    }
    List<HireCost> hires = new ArrayList<>();
    for (HireCost hire : analysis.costs().hires()) {
      hires.add(
          new HireCost(
              person(hire.hire()),
              hire.window(),
              hire.lines().stream().map(this::line).toList(),
              hire.daysToMilestone(),
              hire.notGranted(),
              hire.comparisons().stream().map(this::evidence).toList(),
              hire.findings()));
    }
    return new Analysis(
        analysis.workspace().withPeople(new People(people)),
        new CostReport(analysis.costs().currency(), hires),
        analysis.quality().mapTexts(this::file, this::text, this::unmatched));
  }

  private RecordRef ref(RecordRef ref) {
    return new RecordRef(file(ref.file()), ref.line(), text(ref.pointer()));
  }

  private PersonId id(PersonId id) {
    return PersonId.of(pseudonym(id));
  }

  private Optional<PersonId> id(Optional<PersonId> id) {
    return id.map(this::id);
  }

  /** A cost line with the payer's and the event's identities replaced; figures unchanged. */
  private CostLine line(CostLine line) {
    Payer payer = line.payer();
    RateBasis basis = payer.basis();
    if (basis.kind() == RateBasis.Kind.PERSON) {
      basis = new RateBasis(RateBasis.Kind.PERSON, pseudonym(PersonId.of(basis.key())));
    }
    return new CostLine(
        line.event().map(this::event),
        new Payer(payer.kind(), id(payer.person()), basis, payer.rate()),
        line.category(),
        line.system(),
        line.minutes());
  }

  private OnboardingEvent event(OnboardingEvent event) {
    Provenance provenance = event.provenance();
    Provenance hidden =
        new Provenance(provenance.source(), text(provenance.note()), ref(provenance.ref()));
    if (event instanceof AccessWait) {
      AccessWait e = (AccessWait) event;
      return new AccessWait(id(e.hire()), e.system(), e.timing(), hidden, e.notGranted());
    }
    if (event instanceof Blocked) {
      Blocked e = (Blocked) event;
      return new Blocked(id(e.hire()), e.blockedBy(), e.timing(), hidden);
    }
    if (event instanceof Help) {
      Help e = (Help) event;
      return new Help(id(e.hire()), id(e.helper()), e.helpedWith(), e.count(), e.timing(), hidden);
    }
    if (event instanceof Provisioning) {
      Provisioning e = (Provisioning) event;
      return new Provisioning(id(e.hire()), id(e.helper()), e.provisionedFor(), e.timing(), hidden);
    }
    Milestone e = (Milestone) event;
    return new Milestone(id(e.hire()), e.kind(), e.at(), hidden);
  }

  private EvidenceComparison evidence(EvidenceComparison c) {
    return new EvidenceComparison(
        id(c.hire()),
        c.category(),
        c.surveyMinutes(),
        c.logMinutes(),
        c.surveyCost(),
        c.logCost(),
        c.counted());
  }

  /**
   * A log identity that matched no one in people.csv, as a pseudonymized report lists it: a keyed
   * label, the same for the same identity, so the most frequent misses can still be told apart.
   */
  private String unmatched(String identity) {
    return "identity-" + digest("identity:" + fold(identity));
  }

  private String digest(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] hash = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static String fold(String text) {
    return text == null ? "" : normalized(text).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code text} in Unicode NFC, the form identities are compared in (the README's workspace
   * section).
   */
  private static String normalized(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static int letters(String token) {
    return (int) token.codePoints().filter(Character::isLetter).count();
  }
}
