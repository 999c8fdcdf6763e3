package dev.onboardingcost.report.summary;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.core.stats.Bootstrap;
import dev.onboardingcost.core.stats.Distribution;
import dev.onboardingcost.core.stats.TrendAnalysis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsJsonTest {
  private final StatsJson json = new StatsJson(Currency.getInstance("USD"));

  @Test
  void writes_the_theil_sen_slope_its_interval_and_kendalls_tau_under_the_contracts_keys() {
    // GIVEN y = 100, 300, 200, 500, 400: Theil-Sen 87.5 in [-100, 300], tau 0.6, exact p 28/120
    TrendAnalysis trend = TrendAnalysis.ofTotals(money("100", "300", "200", "500", "400"));
    // WHEN
    ObjectNode node = json.trend(trend);
    // THEN money to the cent, ratios to 4 decimals
    then(node.get("theil_sen_slope_per_hire").decimalValue()).isEqualByComparingTo("87.50");
    then(node.get("theil_sen_ci").get(0).decimalValue()).isEqualByComparingTo("-100.00");
    then(node.get("theil_sen_ci").get(1).decimalValue()).isEqualByComparingTo("300.00");
    then(node.get("kendall_tau").decimalValue()).isEqualByComparingTo("0.6");
    then(node.get("kendall_p_value").decimalValue()).isEqualByComparingTo("0.2333");
    then(node.get("slope_per_hire").decimalValue()).isEqualByComparingTo("80.00");
    then(node.get("reason").isNull()).isTrue();
  }

  @Test
  void writes_nulls_and_the_reason_under_five_hires() {
    // GIVEN four hires
    TrendAnalysis trend = TrendAnalysis.ofTotals(money("100", "300", "200", "500"));
    // WHEN
    ObjectNode node = json.trend(trend);
    // THEN
    for (String key :
        List.of("theil_sen_slope_per_hire", "theil_sen_ci", "kendall_tau", "kendall_p_value")) {
      then(node.get(key).isNull()).as(key).isTrue();
    }
    then(node.get("reason").asText()).isEqualTo("too few hires (4) for a trend: 5 needed");
  }

  @Test
  void writes_no_interval_of_the_mean_under_five_hires_but_the_reason() {
    // GIVEN three hires
    ObjectNode node = SummaryJson.object();
    // WHEN
    json.distribution(node, Distribution.of(money("100", "300", "200"), Bootstrap.DEFAULT));
    // THEN
    JsonNode low = node.get("mean_cost_ci95_low");
    then(low.isNull()).isTrue();
    then(node.get("mean_cost_ci95_high").isNull()).isTrue();
    then(node.get("mean_cost_ci95_reason").asText())
        .isEqualTo("too few hires (3) for an interval: 5 needed");
  }

  private static List<BigDecimal> money(String... values) {
    List<BigDecimal> list = new ArrayList<>();
    for (String value : values) {
      list.add(new BigDecimal(value));
    }
    return list;
  }
}
