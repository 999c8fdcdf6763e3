package dev.onboardingcost.report.workspace;

import dev.onboardingcost.core.cost.CostAccumulator;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.io.LineBlocks;
import dev.onboardingcost.report.quality.DataQuality;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a canonical {@code events.csv} in blocks on every core ({@link LineBlocks}), each block
 * parsed by a {@link CanonicalCsvBlockParser}, so that the engine and the data-quality account end
 * up exactly as a plain reading leaves them.
 *
 * <ul>
 *   <li>Into a {@link CostAccumulator} (whose sums do not depend on the order of events): every
 *       thread prices its blocks into one {@link CostAccumulator#partial() partial}, and each
 *       block's account is added in file order with its line numbers in the file. The partial joins
 *       the engine when the whole file was read, or is dropped if the plain reader must read it.
 *   <li>Into an engine that keeps every event in order: the blocks' events and rejections reach the
 *       intake on this thread in file order, with their line numbers in the file.
 * </ul>
 */
final class CanonicalCsvBlocks {
  private CanonicalCsvBlocks() {}

  /**
   * Reads {@code file}, whose first line is its header, in {@code blocks}.
   *
   * @return 0 when every line was read, else the line from which the plain reader must read (a
   *     quoted field runs past its line there; 1 when nothing of the file was taken)
   */
  static long read(
      Path file, LineBlocks blocks, CanonicalCsvBlockParser parser, ReadContext context)
      throws IOException {
    if (context.intake().engine() instanceof CostAccumulator) {
      return readIntoPartials(file, blocks, parser, context);
    }
    return readInOrder(file, blocks, parser, context);
  }

  /** What one block left: its account, and where the plain reader must take over (or -1). */
  private record Part(DataQuality quality, int restartLine) {}

  private static long readIntoPartials(
      Path file, LineBlocks blocks, CanonicalCsvBlockParser parser, ReadContext context)
      throws IOException {
    CostAccumulator engine = (CostAccumulator) context.intake().engine();
    CostAccumulator partial = engine.partial(); // admitted into by every thread at once
    DataQuality pending = new DataQuality();
    boolean[] restarted = {false};
    blocks.read(
        file,
        block -> {
          DataQuality quality = new DataQuality();
          EventIntake intake = new EventIntake(partial, quality);
          int restart = parser.parseGroupedByHire(block, new IntoPartial(partial, intake, quality));
          quality.sortProblemsByLine(); // read group by group, listed in file order
          return new Part(quality, restart);
        },
        (part, firstLine) -> {
          if (!restarted[0]) {
            pending.addAll(part.quality(), firstLine - 1);
            restarted[0] = part.restartLine() >= 0;
          }
        });
    if (restarted[0]) {
      return 1; // the partial is dropped: the plain reader reads it all
    }
    engine.absorb(partial);
    context.quality().addAll(pending, 0);
    return 0;
  }

  /**
   * Where a block's records go when read into a partial: each event, as its row, with the partial's
   * sums of its hire, found once per distinct hire field on each thread ({@link
   * FieldCache.Entry#attached}). A record whose hire field is not remembered goes as an event.
   */
  private static final class IntoPartial implements CanonicalCsvBlockParser.RecordSink {
    private final CostAccumulator partial;
    private final EventIntake intake;
    private final DataQuality quality;

    IntoPartial(CostAccumulator partial, EventIntake intake, DataQuality quality) {
      this.partial = partial;
      this.intake = intake;
      this.quality = quality;
    }

    @Override
    public void record(CanonicalCsvBlockParser.ReadRecord record) {
      FieldCache.Entry hireField = record.hireField();
      if (hireField == null) {
        intake.accept(CanonicalEventsReader.NAME, record.event());
        return;
      }
      if (!(hireField.attached instanceof CostAccumulator.Slot)) {
        try {
          hireField.attached = partial.slotOf(record.row().hire());
        } catch (IllegalArgumentException e) {
          intake.accept(CanonicalEventsReader.NAME, record.event()); // refused, with the reason
          return;
        }
      }
      intake.accept(
          CanonicalEventsReader.NAME,
          record.row(),
          (CostAccumulator.Slot) hireField.attached,
          record);
    }

    @Override
    public void rejected(RecordRef ref, String reason) {
      quality.rejected(CanonicalEventsReader.NAME, ref, reason);
    }
  }

  /** A block's events and rejections in file order, for the intake on the calling thread. */
  private record Entries(List<Object> entries, int restartLine) {}

  private static long readInOrder(
      Path file, LineBlocks blocks, CanonicalCsvBlockParser parser, ReadContext context)
      throws IOException {
    long[] restartLine = {0};
    blocks.read(
        file,
        block -> {
          List<Object> entries = new ArrayList<>();
          int restart =
              parser.parse(
                  block,
                  CanonicalCsvBlockParser.RecordSink.of(
                      entries::add, (ref, reason) -> entries.add(new Rejected(ref, reason))));
          return new Entries(entries, restart);
        },
        (entries, firstLine) -> {
          if (restartLine[0] > 0) {
            return;
          }
          long shift = firstLine - 1;
          for (Object entry : entries.entries()) {
            if (entry instanceof Rejected) {
              Rejected rejected = (Rejected) entry;
              context
                  .quality()
                  .rejected(
                      CanonicalEventsReader.NAME, moved(rejected.ref(), shift), rejected.reason());
            } else {
              OnboardingEvent event = (OnboardingEvent) entry;
              if (shift > 0) {
                RecordRef ref = moved(event.provenance().ref(), shift);
                event = event.withProvenance(event.provenance().at(ref));
              }
              context.intake().accept(CanonicalEventsReader.NAME, event);
            }
          }
          if (entries.restartLine() >= 0) {
            restartLine[0] = firstLine + entries.restartLine();
          }
        });
    return restartLine[0];
  }

  /** A record that broke a rule, where and why. */
  private record Rejected(RecordRef ref, String reason) {}

  private static RecordRef moved(RecordRef ref, long shift) {
    return RecordRef.line(ref.file(), ref.line() + shift);
  }
}
