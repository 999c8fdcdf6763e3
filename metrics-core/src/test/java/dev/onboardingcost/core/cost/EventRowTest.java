package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.cost.Fixtures.H1;
import static dev.onboardingcost.core.cost.Fixtures.at;
import static dev.onboardingcost.core.cost.Fixtures.dec;
import static dev.onboardingcost.core.cost.Fixtures.log;
import static dev.onboardingcost.core.cost.Fixtures.survey;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.Milestone;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provisioning;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.model.Timing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An event's row stands for the event: back to an event, it is the same one. */
class EventRowTest {
  private static final Instant FROM = at("2026-01-05T10:00");
  private static final Instant TO = at("2026-01-05T11:30");

  /** Every timing of every kind of event: interval, minutes placed or not, an instant, none. */
  private static List<OnboardingEvent> events() {
    List<Timing> timings =
        List.of(
            Timing.between(FROM, TO),
            Timing.minutes(dec("12.5")),
            Timing.minutesAt(dec("7"), FROM),
            new Timing(Optional.of(FROM), Optional.of(TO), Optional.of(dec("30"))),
            new Timing(Optional.empty(), Optional.of(TO), Optional.empty()),
            Timing.at(FROM),
            Timing.NONE);
    List<OnboardingEvent> events = new ArrayList<>();
    for (Timing timing : timings) {
      events.add(new AccessWait(H1, " GitHub ", timing, log()));
      events.add(new AccessWait(H1, "", timing, survey(), true));
      events.add(new Blocked(H1, Category.ENVIRONMENT, timing, survey()));
      events.add(
          new Help(H1, Optional.of(PersonId.of("c1")), Category.TOOLING, dec("2"), timing, log()));
      events.add(new Help(H1, Optional.empty(), Category.KNOWLEDGE, BigDecimal.ONE, timing, log()));
      if (timing.minutes().isPresent()) {
        events.add(
            new Provisioning(H1, Optional.of(PersonId.of("c2")), Category.ACCESS, timing, log()));
      }
    }
    events.add(new Milestone(H1, MilestoneKind.FIRST_PR, FROM, log()));
    return events;
  }

  @Test
  void the_event_of_an_events_row_is_the_event() {
    for (OnboardingEvent event : events()) {
      // WHEN
      EventRow row = EventRow.of(event);
      // THEN
      then(row.toEvent(event.provenance())).isEqualTo(event);
      then(row.typeName()).isEqualTo(event.type());
      then(row.hire()).isEqualTo(event.hire());
      then(Optional.ofNullable(row.category)).isEqualTo(event.category());
      then(row.isSurvey()).isEqualTo(event.isSurvey());
      then(row.isInterval()).isEqualTo(event.timing().isInterval());
    }
  }

  @Test
  void a_row_is_checked_as_its_event_is() {
    EventRow row = new EventRow();
    Source jira = Source.of("jira");
    thenThrownBy(() -> row.blocked(H1, Category.ENVIRONMENT, TO, FROM, null, jira))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is before start");
    thenThrownBy(() -> row.accessWait(H1, "vpn", null, null, dec("-1"), jira))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
    thenThrownBy(
            () ->
                row.help(H1, Optional.empty(), Category.TOOLING, dec("-2"), null, null, null, jira))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must not be negative");
    thenThrownBy(
            () -> row.provisioning(H1, Optional.empty(), Category.ACCESS, FROM, null, null, jira))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provisioning needs minutes");
  }

  @Test
  void a_row_filled_again_keeps_nothing_of_the_last_event() {
    // GIVEN a row that held a help with a helper and an access wait not granted
    EventRow row = new EventRow();
    Source jira = Source.of("jira");
    row.help(
        H1, Optional.of(PersonId.of("c1")), Category.TOOLING, dec("3"), FROM, null, null, jira);
    row.accessWait(H1, "vpn", FROM, TO, null, jira).notGranted = true;
    // WHEN it is filled with a blocked event
    row.blocked(H1, Category.ENVIRONMENT, null, null, dec("5"), jira);
    // THEN it is that event alone
    then(row.toEvent(log()))
        .isEqualTo(new Blocked(H1, Category.ENVIRONMENT, Timing.minutes(dec("5")), log()));
    then(row.helper).isEmpty();
    then(row.count).isNull();
    then(row.system).isNull();
    then(row.notGranted).isFalse();
  }
}
