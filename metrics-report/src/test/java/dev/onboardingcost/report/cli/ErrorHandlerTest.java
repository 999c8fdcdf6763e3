package dev.onboardingcost.report.cli;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

class ErrorHandlerTest {
  @Test
  void an_io_error_wrapped_by_a_library_is_one_line_with_file_and_reason() {
    // GIVEN a library's exception around a refused write, as POI wraps its temporary files' errors
    RuntimeException wrapped =
        new RuntimeException(
            "Fail to save:\n the package", new AccessDeniedException("/srv/out/x.xlsx"));
    // WHEN
    String message = ErrorHandler.messageOf(wrapped);
    // THEN
    then(message).isEqualTo("cannot read or write /srv/out/x.xlsx: permission denied");
  }
}
