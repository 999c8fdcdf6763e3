package dev.onboardingcost.core.cost;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.time.Span;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkMilestonesTest {
  private static final Span WAIT =
      new Span(Instant.parse("2026-01-05T14:00:00Z"), Instant.parse("2026-01-06T14:00:00Z"));

  @Test
  void a_milestone_at_a_waits_start_is_inside_and_one_at_its_end_is_not() {
    // GIVEN a pull request opened as the wait starts, a deploy as it ends, a merge a nanosecond
    // before it ends
    WorkMilestones working = new WorkMilestones();
    working.add(MilestoneKind.FIRST_PR, Instant.parse("2026-01-05T14:00:00Z"));
    working.add(MilestoneKind.FIRST_DEPLOY, Instant.parse("2026-01-06T14:00:00Z"));
    working.add(MilestoneKind.FIRST_MERGED_PR, Instant.parse("2026-01-06T13:59:59.999999999Z"));
    // WHEN / THEN
    then(working.isEmpty()).isFalse();
    then(working.reachedIn(WAIT))
        .containsExactly(MilestoneKind.FIRST_PR, MilestoneKind.FIRST_MERGED_PR);
  }

  @Test
  void nothing_reached_gives_no_kinds() {
    // GIVEN / WHEN / THEN
    WorkMilestones working = new WorkMilestones();
    then(working.isEmpty()).isTrue();
    then(working.reachedIn(WAIT)).isEmpty();
  }

  @Test
  void an_instant_keeps_its_nanoseconds_as_a_number_and_one_past_2262_is_refused() {
    // GIVEN / WHEN / THEN
    Instant at = Instant.parse("2199-12-31T23:59:59.123456789Z");
    then(EpochNanos.instant(EpochNanos.of(at))).isEqualTo(at);
    then(EpochNanos.instant(EpochNanos.of(Instant.parse("1900-01-01T00:00:00Z"))))
        .isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
    thenThrownBy(() -> EpochNanos.of(Instant.parse("2263-01-01T00:00:00Z")))
        .isInstanceOf(ArithmeticException.class);
  }
}
