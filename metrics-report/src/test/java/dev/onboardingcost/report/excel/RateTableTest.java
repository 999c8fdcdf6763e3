package dev.onboardingcost.report.excel;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rate table of the Assumptions sheet. */
class RateTableTest {
  @Test
  void role_rates_are_listed_by_role_name_whatever_order_the_settings_map_has() {
    // GIVEN the sample, whose roles sit in a Map.copyOf (its order changes from run to run)
    ReportResults sample = TestWorkspaces.sampleResults();
    var rates = sample.analysis().workspace().settings().cost().rates();

    // WHEN the table is made
    RateTable table =
        new RateTable(rates, sample.analysis().workspace().people().all(), sample.costs().hires());

    // THEN the default comes first, then every role by name
    List<String> roles =
        table.entries().stream()
            .map(RateTable.Entry::basis)
            .filter(b -> b.kind() == RateBasis.Kind.ROLE)
            .map(RateBasis::key)
            .toList();
    then(table.entries().get(0).basis()).isEqualTo(RateBasis.DEFAULT);
    then(roles).hasSameElementsAs(rates.byRole().keySet()).isSorted();
  }
}
