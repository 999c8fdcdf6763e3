package dev.onboardingcost.report.source.common;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.report.quality.DataQuality;
import java.util.Optional;
import java.util.function.Function;

/**
 * The person an identity from a log (email, GitHub login, Slack user id, or one of a person's
 * aliases) names in {@code people.csv}, or why it names nobody the readers care about. Matching
 * ignores case and surrounding white space after Unicode NFC normalisation ({@link People} folds
 * the keys).
 *
 * @param person the person found, if any
 * @param reason why the identity is not a hire: unknown, blank, or a colleague; empty for a hire
 * @param missed the identity when it names no one (for the data-quality identity misses); else
 *     empty
 */
public record HireMatch(Optional<Person> person, String reason, String missed) {
  /** Checks the match. */
  public HireMatch {
    requireNonNull(person, "person");
    requireNonNull(reason, "reason");
    requireNonNull(missed, "missed");
  }

  /** A match that is no identity miss (a person found, or an identity that names several). */
  public HireMatch(Optional<Person> person, String reason) {
    this(person, reason, "");
  }

  /**
   * Counts this identity among {@code source}'s identity misses when it names no one; returns this
   * match.
   */
  public HireMatch noteMiss(DataQuality quality, String source) {
    if (!missed.isEmpty()) {
      quality.identityMiss(source, missed);
    }
    return this;
  }

  /** True when the identity names a hire (a person with a start date). */
  public boolean isHire() {
    return person.isPresent() && person.get().isHire();
  }

  /** The hire; only when {@link #isHire()}. */
  public Person hire() {
    return person.filter(Person::isHire).orElseThrow();
  }

  /** Looks {@code value} up by email. */
  public static HireMatch byEmail(People people, String value) {
    return find(value, "email", people::byEmail);
  }

  /** Looks {@code value} up by GitHub login. */
  public static HireMatch byGithubLogin(People people, String value) {
    return find(value, "GitHub login", people::byGithubLogin);
  }

  /** Looks {@code value} up by Slack user id (also in upper case, as Slack writes ids). */
  public static HireMatch bySlackId(People people, String value) {
    return find(
        value,
        "Slack id",
        id ->
            people.bySlackId(id).or(() -> people.bySlackId(id.toUpperCase(java.util.Locale.ROOT))));
  }

  /** The match of a person found some other way ({@code what} names the identity in reasons). */
  public static HireMatch of(Optional<Person> person, String what, String value) {
    if (person.isEmpty()) {
      return new HireMatch(
          person, "no one in people.csv has " + what + " '" + value + "'", value.strip());
    }
    if (!person.get().isHire()) {
      return new HireMatch(
          person,
          "'" + value + "' is " + person.get().id() + ", a colleague (no start_date), not a hire");
    }
    return new HireMatch(person, "");
  }

  private static HireMatch find(String value, String what, Function<String, Optional<Person>> by) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      return new HireMatch(Optional.empty(), "no " + what + " in the record");
    }
    return of(by.apply(text), what, text);
  }
}
