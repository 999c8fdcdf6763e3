package dev.onboardingcost.report;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

/**
 * A statistic computed in the background reaches whoever asks for it as if computed in line: its
 * value, or the very exception or error it threw (so that {@link ReportResults#awaitAll} fails a
 * report whose statistic failed, before its outputs are kept).
 */
class ReportResultsTest {
  @Test
  void a_background_figure_is_its_value_when_asked() {
    // GIVEN a computation started on its own thread
    FutureTask<Integer> task = ReportResults.started("test-value", () -> 6 * 7);
    // WHEN its result is asked for / THEN it is the value
    then(ReportResults.resultOf(task)).isEqualTo(42);
  }

  @Test
  void a_failing_figure_throws_what_it_threw_where_it_is_asked_for() {
    // GIVEN computations that throw an unchecked exception, an error and a checked exception
    IllegalArgumentException unchecked = new IllegalArgumentException("no hires");
    AssertionError error = new AssertionError("broken");
    IOException checked = new IOException("disk");
    FutureTask<Object> throwsUnchecked =
        ReportResults.started(
            "test-unchecked",
            () -> {
              throw unchecked;
            });
    FutureTask<Object> throwsError =
        ReportResults.started(
            "test-error",
            () -> {
              throw error;
            });
    FutureTask<Object> throwsChecked =
        ReportResults.started(
            "test-checked",
            () -> {
              throw checked;
            });
    // WHEN their results are asked for
    // THEN the unchecked exception and the error come out as they are, the checked one wrapped
    then(catchThrowable(() -> ReportResults.resultOf(throwsUnchecked))).isSameAs(unchecked);
    then(catchThrowable(() -> ReportResults.resultOf(throwsError))).isSameAs(error);
    then(catchThrowable(() -> ReportResults.resultOf(throwsChecked)))
        .isInstanceOf(IllegalStateException.class)
        .hasCause(checked);
  }
}
