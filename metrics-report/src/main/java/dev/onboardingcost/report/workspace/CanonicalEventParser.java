package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.Milestone;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provenance;
import dev.onboardingcost.core.model.Provisioning;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.model.Timing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the fields of one canonical event record (the README's workspace section) into an event, or
 * a {@link RecordException} naming the field, the rule, the bad value and an example of a good one.
 */
public final class CanonicalEventParser {
  private final People people;
  private final Timestamps timestamps;
  private final String fieldWord;

  /**
   * A parser resolving people in {@code people}; {@code fieldWord} is how messages name a field
   * ({@code column} for CSV, {@code key} for JSON).
   */
  public CanonicalEventParser(People people, Timestamps timestamps, String fieldWord) {
    this.people = requireNonNull(people, "people");
    this.timestamps = requireNonNull(timestamps, "timestamps");
    this.fieldWord = requireNonNull(fieldWord, "fieldWord");
  }

  /**
   * The event in {@code fields}, found at {@code ref}.
   *
   * @throws RecordException when the record breaks a rule of the README's workspace section
   */
  public OnboardingEvent parse(CanonicalFields fields, RecordRef ref) throws RecordException {
    String type = required(fields, CanonicalColumn.TYPE, "access_wait");
    PersonId hire = hire(fields);
    Instant start = instant(fields, CanonicalColumn.START);
    Instant end = instant(fields, CanonicalColumn.END);
    BigDecimal minutes = number(fields, CanonicalColumn.MINUTES);
    if (start != null && end != null && end.isBefore(start)) {
      throw endBeforeStart(fields);
    }
    Source source = Source.of(text(fields, CanonicalColumn.SOURCE));
    Provenance provenance = new Provenance(source, text(fields, CanonicalColumn.NOTE), ref);
    Timing timing =
        new Timing(
            Optional.ofNullable(start), Optional.ofNullable(end), Optional.ofNullable(minutes));
    switch (type.strip()) {
      case "access_wait":
        requireDuration(start, end, minutes, "access_wait");
        Category given = category(fields);
        if (given != null && given != Category.ACCESS) {
          throw problem(
              CanonicalColumn.CATEGORY, "access_wait is always 'access', got '" + given + "'");
        }
        return new AccessWait(hire, text(fields, CanonicalColumn.SYSTEM), timing, provenance);
      case "blocked":
        requireDuration(start, end, minutes, "blocked");
        return new Blocked(hire, requiredCategory(fields), timing, provenance);
      case "help":
        BigDecimal count = number(fields, CanonicalColumn.COUNT);
        Optional<PersonId> helper = helper(fields);
        return new Help(
            hire,
            helper,
            requiredCategory(fields),
            count == null ? BigDecimal.ONE : count,
            timing,
            provenance);
      case "provisioning":
        if (minutes == null) {
          throw problem(CanonicalColumn.MINUTES, "provisioning needs minutes, e.g. 30");
        }
        Optional<PersonId> provider = helper(fields);
        Category category = category(fields);
        return new Provisioning(
            hire, provider, category == null ? Category.ACCESS : category, timing, provenance);
      case "milestone":
        MilestoneKind kind =
            parseWith(fields, CanonicalColumn.MILESTONE, MilestoneKind::parse, "first_pr");
        if (start == null) {
          throw problem(
              CanonicalColumn.START,
              "a milestone needs the time it was reached, e.g. 2026-01-07T15:00:00Z");
        }
        return new Milestone(hire, kind, start, provenance);
      default:
        throw unknownType(type);
    }
  }

  private PersonId hire(CanonicalFields fields) throws RecordException {
    return parseWith(fields, CanonicalColumn.HIRE, this::hireNamed, "h1");
  }

  /**
   * The hire whose id is {@code id}.
   *
   * @throws IllegalArgumentException when nobody or no hire has that id
   */
  private PersonId hireNamed(String id) {
    Optional<Person> person = people.byId(id);
    if (person.isEmpty()) {
      throw new IllegalArgumentException("'" + id + "' is not in people.csv");
    }
    if (!person.get().isHire()) {
      throw new IllegalArgumentException(
          "'" + id + "' has no start_date in people.csv, so is not a hire");
    }
    return person.get().id();
  }

  private Optional<PersonId> helper(CanonicalFields fields) throws RecordException {
    String id = text(fields, CanonicalColumn.HELPER);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    try {
      return helperNamed(id);
    } catch (IllegalArgumentException e) {
      throw problem(CanonicalColumn.HELPER, e.getMessage());
    }
  }

  /**
   * The helper whose id is {@code id}, as the optional a help or provisioning event keeps.
   *
   * @throws IllegalArgumentException when nobody has that id
   */
  private Optional<PersonId> helperNamed(String id) {
    Optional<Person> person = people.byId(id);
    if (person.isEmpty()) {
      throw new IllegalArgumentException("'" + id + "' is not in people.csv");
    }
    return Optional.of(person.get().id());
  }

  private Category requiredCategory(CanonicalFields fields) throws RecordException {
    Category category = category(fields);
    if (category == null) {
      throw problem(CanonicalColumn.CATEGORY, "is required for this type, e.g. documentation");
    }
    return category;
  }

  /** The category given, or null. */
  private Category category(CanonicalFields fields) throws RecordException {
    if (text(fields, CanonicalColumn.CATEGORY).isEmpty()) {
      return null;
    }
    return parseWith(fields, CanonicalColumn.CATEGORY, Category::parse, "documentation");
  }

  /** The instant given, or null. */
  private Instant instant(CanonicalFields fields, CanonicalColumn column) throws RecordException {
    String text = text(fields, column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return timestamps.parse(text);
    } catch (IllegalArgumentException e) {
      throw problem(column, e.getMessage());
    }
  }

  /** The number given, or null. */
  private BigDecimal number(CanonicalFields fields, CanonicalColumn column) throws RecordException {
    String text = text(fields, column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Numbers.parseNonNegative(text);
    } catch (IllegalArgumentException e) {
      throw problem(column, e.getMessage());
    }
  }

  private void requireDuration(Instant start, Instant end, BigDecimal minutes, String type)
      throws RecordException {
    if (!Timing.isInterval(start, end, null) && minutes == null) {
      throw problem(
          CanonicalColumn.MINUTES, type + " needs minutes or both start and end, e.g. 90");
    }
  }

  private <T> T parseWith(
      CanonicalFields fields, CanonicalColumn column, Function<String, T> parse, String example)
      throws RecordException {
    String text = text(fields, column);
    if (text.isEmpty()) {
      throw problem(column, "is required, e.g. " + example);
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw problem(column, e.getMessage());
    }
  }

  private String required(CanonicalFields fields, CanonicalColumn column, String example)
      throws RecordException {
    String value = text(fields, column);
    if (value.isEmpty()) {
      throw problem(column, "is required, e.g. " + example);
    }
    return value;
  }

  /**
   * The problem {@code message} with the field {@code column}, e.g. {@code column 'minutes': ...}.
   */
  private RecordException problem(CanonicalColumn column, String message) {
    return new RecordException(fieldWord + " '" + column.key() + "': " + message);
  }

  private RecordException endBeforeStart(CanonicalFields fields) {
    return problem(
        CanonicalColumn.END,
        text(fields, CanonicalColumn.END)
            + " is before start "
            + text(fields, CanonicalColumn.START));
  }

  private RecordException unknownType(String type) {
    return problem(
        CanonicalColumn.TYPE,
        "expected access_wait, blocked, help, provisioning or milestone, got '" + type + "'");
  }

  private static String text(CanonicalFields fields, CanonicalColumn column) {
    String value = fields.text(column);
    return value == null ? "" : value;
  }
}
