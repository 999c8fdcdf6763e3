package dev.onboardingcost.report.quality;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.RecordRef;
import org.junit.jupiter.api.Test;

/** The account's counting of ignored records, one by one and in bulk. */
class DataQualityTest {
  @Test
  void ignored_records_are_counted_in_bulk_only_once_the_listing_is_over() {
    DataQuality quality = new DataQuality();
    for (int i = 1; i < DataQuality.IGNORED_LISTED; i++) {
      quality.ignored("okta", RecordRef.line("log", i), "noise");
    }
    then(quality.listsIgnored()).isTrue();
    then(catchThrowable(() -> quality.ignoredUnlisted("okta", 5)))
        .isInstanceOf(IllegalStateException.class);

    quality.ignored("okta", RecordRef.line("log", DataQuality.IGNORED_LISTED), "noise");
    then(quality.listsIgnored()).isFalse();
    quality.ignoredUnlisted("okta", 5);
    quality.ignored("okta", RecordRef.line("log", 99_999), "noise");

    then(quality.bySource().get("okta").ignored()).isEqualTo(DataQuality.IGNORED_LISTED + 6L);
    then(quality.ignoredNotListed()).isEqualTo(6);
    then(quality.problems()).hasSize(DataQuality.IGNORED_LISTED);
  }

  @Test
  void counts_go_to_their_source_whichever_string_names_it() {
    DataQuality quality = new DataQuality();
    String okta = "okta";
    quality.used(okta);
    quality.used("jira");
    quality.used(new String(okta.toCharArray())); // equal, not the same string
    quality.rejected("jira", RecordRef.line("jira.csv", 2), "broken");
    quality.used(okta);

    then(quality.bySource().get("okta").used()).isEqualTo(3);
    then(quality.bySource().get("jira").used()).isEqualTo(1);
    then(quality.bySource().get("jira").rejected()).isEqualTo(1);
  }
}
