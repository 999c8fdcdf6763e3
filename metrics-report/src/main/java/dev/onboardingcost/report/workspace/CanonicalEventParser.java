package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.EventRow;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provenance;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.model.Timing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the fields of one canonical event record (SPEC section 4) into an event, or a {@link
 * RecordException} naming the field, the rule, the bad value and an example of a good one.
 */
public final class CanonicalEventParser {
  // one instance each, so that a reader remembering parsed fields knows them again
  private static final Function<String, Category> CATEGORY = Category::parse;
  private static final Function<String, MilestoneKind> MILESTONE = MilestoneKind::parse;
  private static final Function<String, Source> SOURCE = Source::of;

  /**
   * A number field: parsed once per distinct text by a reader that remembers parsed fields, so that
   * a record's minutes and count cost no parse each.
   */
  private static final Function<String, BigDecimal> NUMBER = Numbers::parseNonNegative;

  private final Function<String, PersonId> hireNamed = this::hireNamed; // one per parser
  private final Function<String, Optional<PersonId>> helperNamed = this::helperNamed;

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
   * The event in {@code fields}.
   *
   * @throws RecordException when the record breaks a rule of SPEC section 4
   */
  public OnboardingEvent parse(CanonicalFields fields, RecordRef ref) throws RecordException {
    EventRow row = new EventRow();
    parseInto(fields, row);
    return eventOf(row, fields, ref);
  }

  /**
   * The event of {@code row}, just {@link #parseInto read} from {@code fields}, with its note and
   * its place {@code ref}.
   */
  OnboardingEvent eventOf(EventRow row, CanonicalFields fields, RecordRef ref) {
    return row.toEvent(new Provenance(row.source(), text(fields, CanonicalColumn.NOTE), ref));
  }

  /**
   * Reads the event in {@code fields} into {@code row}, as {@link #parse} reads it but with no
   * event object made (nor its note read): a reader of millions of records fills one row again and
   * again.
   *
   * @throws RecordException when the record breaks a rule of SPEC section 4
   */
  void parseInto(CanonicalFields fields, EventRow row) throws RecordException {
    String type = required(fields, CanonicalColumn.TYPE, "access_wait");
    PersonId hire = hire(fields);
    Instant start = instant(fields, CanonicalColumn.START);
    Instant end = instant(fields, CanonicalColumn.END);
    BigDecimal minutes = number(fields, CanonicalColumn.MINUTES);
    if (start != null && end != null && end.isBefore(start)) {
      throw endBeforeStart(fields);
    }
    Source source = source(fields);
    switch (type.strip()) {
      case "access_wait":
        requireDuration(start, end, minutes, "access_wait");
        Category given = category(fields);
        if (given != null && given != Category.ACCESS) {
          throw problem(
              CanonicalColumn.CATEGORY, "access_wait is always 'access', got '" + given + "'");
        }
        row.accessWait(hire, text(fields, CanonicalColumn.SYSTEM), start, end, minutes, source);
        return;
      case "blocked":
        requireDuration(start, end, minutes, "blocked");
        row.blocked(hire, requiredCategory(fields), start, end, minutes, source);
        return;
      case "help":
        BigDecimal count = number(fields, CanonicalColumn.COUNT);
        row.help(
            hire,
            helper(fields),
            requiredCategory(fields),
            count == null ? BigDecimal.ONE : count,
            start,
            end,
            minutes,
            source);
        return;
      case "provisioning":
        if (minutes == null) {
          throw problem(CanonicalColumn.MINUTES, "provisioning needs minutes, e.g. 30");
        }
        Optional<PersonId> helper = helper(fields);
        Category category = category(fields);
        row.provisioning(
            hire,
            helper,
            category == null ? Category.ACCESS : category,
            start,
            end,
            minutes,
            source);
        return;
      case "milestone":
        MilestoneKind kind = parseWith(fields, CanonicalColumn.MILESTONE, MILESTONE, "first_pr");
        if (start == null) {
          throw problem(
              CanonicalColumn.START,
              "a milestone needs the time it was reached, e.g. 2026-01-07T15:00:00Z");
        }
        row.milestone(hire, kind, start, source);
        return;
      default:
        throw unknownType(type);
    }
  }

  private PersonId hire(CanonicalFields fields) throws RecordException {
    return parseWith(fields, CanonicalColumn.HIRE, hireNamed, "h1");
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
    if (fields.isEmpty(CanonicalColumn.HELPER)) {
      return Optional.empty();
    }
    try {
      return fields.parsed(CanonicalColumn.HELPER, helperNamed);
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
    if (fields.isEmpty(CanonicalColumn.CATEGORY)) {
      return null;
    }
    return parseWith(fields, CanonicalColumn.CATEGORY, CATEGORY, "documentation");
  }

  private static Source source(CanonicalFields fields) {
    return fields.isEmpty(CanonicalColumn.SOURCE)
        ? Source.of("")
        : fields.parsed(CanonicalColumn.SOURCE, SOURCE);
  }

  /** The instant given, or null. */
  private Instant instant(CanonicalFields fields, CanonicalColumn column) throws RecordException {
    if (fields.isEmpty(column)) {
      return null;
    }
    try {
      return fields.instant(column, timestamps);
    } catch (IllegalArgumentException e) {
      throw problem(column, e.getMessage());
    }
  }

  /** The number given, or null. */
  private BigDecimal number(CanonicalFields fields, CanonicalColumn column) throws RecordException {
    if (fields.isEmpty(column)) {
      return null;
    }
    try {
      return fields.parsed(column, NUMBER);
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
    if (fields.isEmpty(column)) {
      throw problem(column, "is required, e.g. " + example);
    }
    try {
      return fields.parsed(column, parse);
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
   * Problems are made out of line so that the compiled parsing stays small.
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
