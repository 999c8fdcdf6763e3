package dev.onboardingcost.report.source.slack;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.source.Golden;
import dev.onboardingcost.report.workspace.Analysis;
import org.junit.jupiter.api.Test;

class SlackReaderTest {
  @Test
  void each_colleague_replying_in_a_hires_thread_is_one_help_event() throws Exception {
    // GIVEN a help channel whose threads span days, an old-style replies[] parent whose reply
    // comes first and is partly missing, joins, bots, a tombstone, and a channel not read
    // WHEN the Slack reader reads it
    Analysis analysis = Golden.check("slack", new SlackReader());
    // THEN the 19 messages of the help channel are accounted (random is not a help channel)
    SourceCounts counts = analysis.quality().bySource().get("slack");
    then(counts.read()).isEqualTo(19);
    then(counts.outsideWindow()).isEqualTo(1);
  }
}
