package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.LineBlocks;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a canonical {@code events.csv} in blocks on every core ({@link LineBlocks}): the blocks are
 * parsed in parallel by a {@link CanonicalCsvBlockParser}, and their events and rejections reach
 * the intake on this thread in file order, with their line numbers in the file, so the engine and
 * the data-quality account see exactly what a plain reading would give them.
 */
final class CanonicalCsvBlocks {
  private final String fileName;
  private final CanonicalCsvBlockParser parser;
  private final ReadContext context;
  private long restartLine;

  CanonicalCsvBlocks(String fileName, CanonicalCsvBlockParser parser, ReadContext context) {
    this.fileName = requireNonNull(fileName, "fileName");
    this.parser = requireNonNull(parser, "parser");
    this.context = requireNonNull(context, "context");
  }

  /**
   * Reads {@code file}, whose first line is its header, in {@code blocks}.
   *
   * @return 0 when every line was read, else the line from which the plain reader must read the
   *     rest (a quoted field there runs past its line)
   */
  long read(Path file, LineBlocks blocks) throws IOException {
    blocks.read(file, parser::parse, this::take);
    return restartLine;
  }

  private void take(CanonicalCsvBlockParser.Parsed parsed, long firstLine) {
    if (restartLine > 0) {
      return;
    }
    long shift = firstLine - 1;
    for (Object entry : parsed.entries()) {
      if (entry instanceof CanonicalCsvBlockParser.Rejection) {
        CanonicalCsvBlockParser.Rejection rejection = (CanonicalCsvBlockParser.Rejection) entry;
        context
            .quality()
            .rejected(
                CanonicalEventsReader.NAME,
                RecordRef.line(fileName, rejection.line() + shift),
                rejection.reason());
      } else {
        OnboardingEvent event = (OnboardingEvent) entry;
        if (shift > 0) {
          RecordRef ref = RecordRef.line(fileName, event.provenance().ref().line() + shift);
          event = event.withProvenance(event.provenance().at(ref));
        }
        context.intake().accept(CanonicalEventsReader.NAME, event);
      }
    }
    if (parsed.restartLine() >= 0) {
      restartLine = firstLine + parsed.restartLine();
    }
  }
}
