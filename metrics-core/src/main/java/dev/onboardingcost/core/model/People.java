package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everyone in {@code people.csv}, found by id, email, GitHub login, Slack user id or alias.
 *
 * <p>Every key is compared after Unicode NFC normalisation and ignores surrounding white space;
 * email, GitHub login and aliases also ignore case. A log identity that is no one's email, login or
 * Slack id is looked up among the aliases (an Okta login that is not the email, a former email, a
 * second GitHub login, a Jira display name).
 */
public final class People {
  private final Map<PersonId, Person> byId;
  private final Map<String, Person> byEmail = new HashMap<>();
  private final Map<String, Person> byGithub = new HashMap<>();
  private final Map<String, Person> bySlack = new HashMap<>();
  private final Map<String, Person> byAlias = new HashMap<>();

  /**
   * Indexes {@code people}.
   *
   * @throws IllegalArgumentException when two people share an id
   */
  public People(Collection<Person> people) {
    requireNonNull(people, "people");
    Map<PersonId, Person> ids = new LinkedHashMap<>();
    for (Person person : people) {
      if (ids.putIfAbsent(person.id(), person) != null) {
        throw new IllegalArgumentException("Duplicate person id '" + person.id() + "'");
      }
      index(byEmail, fold(person.email()), person);
      index(byGithub, fold(person.github()), person);
      index(bySlack, person.slack().strip(), person);
      for (String alias : person.aliases()) {
        index(byAlias, fold(alias), person);
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
  }

  private static void index(Map<String, Person> map, String key, Person person) {
    if (!key.isEmpty()) {
      map.putIfAbsent(key, person);
    }
  }

  /**
   * How identities are compared: {@code text} stripped, in Unicode NFC and lower case; empty for
   * null.
   */
  public static String fold(String text) {
    return text == null
        ? ""
        : Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** The person with this id, if any. */
  public Optional<Person> byId(PersonId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The person with this id text, if any. */
  public Optional<Person> byId(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return byId(PersonId.of(id));
  }

  /** The person with this email, else this alias, ignoring case and surrounding white space. */
  public Optional<Person> byEmail(String email) {
    return Optional.ofNullable(byEmail.get(fold(email))).or(() -> byAlias(email));
  }

  /**
   * The person with this GitHub login, else this alias, ignoring case and surrounding white space.
   */
  public Optional<Person> byGithubLogin(String login) {
    return Optional.ofNullable(byGithub.get(fold(login))).or(() -> byAlias(login));
  }

  /**
   * The person with this Slack user id (exactly, after NFC), else this alias (ignoring case),
   * ignoring surrounding white space.
   */
  public Optional<Person> bySlackId(String slackId) {
    String key = slackId == null ? "" : Normalizer.normalize(slackId.strip(), Normalizer.Form.NFC);
    return Optional.ofNullable(bySlack.get(key)).or(() -> byAlias(slackId));
  }

  /** The person with this alias, ignoring case and surrounding white space. */
  public Optional<Person> byAlias(String alias) {
    return Optional.ofNullable(byAlias.get(fold(alias)));
  }

  /** Everyone, in file order. */
  public Collection<Person> all() {
    return byId.values();
  }

  /** The hires in start-date order, then id. */
  public List<Person> hires() {
    List<Person> hires = new ArrayList<>();
    for (Person person : byId.values()) {
      if (person.isHire()) {
        hires.add(person);
      }
    }
    hires.sort(START_ORDER);
    return hires;
  }

  /** Hires in start-date order, then id. */
  public static final Comparator<Person> START_ORDER =
      Comparator.comparing((Person p) -> p.startDate().orElseThrow()).thenComparing(Person::id);
}
