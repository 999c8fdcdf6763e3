package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Someone involved in onboarding: a hire (has a start date) or a colleague.
 *
 * <p>Text fields are empty strings when unknown, never null, and in Unicode NFC. {@code aliases}
 * are the person's other identities in logs (an Okta login that is not the email, a former email, a
 * second GitHub login, a Jira display name), none blank.
 */
public record Person(
    PersonId id,
    String name,
    String email,
    String github,
    String slack,
    String team,
    String role,
    Optional<LocalDate> startDate,
    Optional<BigDecimal> hourlyRate,
    List<String> aliases) {

  /** Checks the person; a given hourly rate must not be negative. */
  public Person {
    requireNonNull(id, "id");
    name = normalise(name);
    email = normalise(email);
    github = normalise(github);
    slack = normalise(slack);
    team = normalise(team);
    role = normalise(role);
    requireNonNull(startDate, "startDate");
    requireNonNull(hourlyRate, "hourlyRate");
    aliases =
        requireNonNull(aliases, "aliases").stream()
            .map(Person::normalise)
            .filter(alias -> !alias.isEmpty())
            .toList();
    hourlyRate.ifPresent(
        rate -> {
          if (rate.signum() < 0) {
            throw new IllegalArgumentException(
                "Hourly rate of " + id + " must not be negative, was " + rate);
          }
        });
  }

  /** A person with no aliases. */
  public Person(
      PersonId id,
      String name,
      String email,
      String github,
      String slack,
      String team,
      String role,
      Optional<LocalDate> startDate,
      Optional<BigDecimal> hourlyRate) {
    this(id, name, email, github, slack, team, role, startDate, hourlyRate, List.of());
  }

  /** A colleague with only an id, for tests and defaults. */
  public static Person colleague(String id) {
    return new Person(PersonId.of(id), "", "", "", "", "", "", Optional.empty(), Optional.empty());
  }

  /** A hire with only an id and a start date, for tests and defaults. */
  public static Person hire(String id, LocalDate startDate) {
    return new Person(
        PersonId.of(id), "", "", "", "", "", "", Optional.of(startDate), Optional.empty());
  }

  /** True when the person has a start date, which makes them a hire. */
  public boolean isHire() {
    return startDate.isPresent();
  }

  private static String normalise(String text) {
    return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }
}
