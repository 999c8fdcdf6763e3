package dev.onboardingcost.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Someone involved in onboarding: a hire (has a start date) or a colleague.
 *
 * <p>Text fields are empty strings when unknown, never null.
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
    Optional<BigDecimal> hourlyRate) {

  /** Checks the person; a given hourly rate must not be negative. */
  public Person {
    requireNonNull(id, "id");
    name = strip(name);
    email = strip(email);
    github = strip(github);
    slack = strip(slack);
    team = strip(team);
    role = strip(role);
    requireNonNull(startDate, "startDate");
    requireNonNull(hourlyRate, "hourlyRate");
    hourlyRate.ifPresent(
        rate -> {
          if (rate.signum() < 0) {
            throw new IllegalArgumentException(
                "Hourly rate of " + id + " must not be negative, was " + rate);
          }
        });
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

  /** The same person with another role. */
  public Person withRole(String newRole) {
    return new Person(id, name, email, github, slack, team, newRole, startDate, hourlyRate);
  }

  /** The same person with their own hourly rate. */
  public Person withHourlyRate(BigDecimal rate) {
    return new Person(id, name, email, github, slack, team, role, startDate, Optional.of(rate));
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
