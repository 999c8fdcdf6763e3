package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostEngine;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.plan.FixPlan;
import dev.onboardingcost.core.plan.HiringPlan;
import dev.onboardingcost.report.quality.DataQuality;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A workspace folder (the README's workspace section) whose settings and people have been read and
 * checked. Opening it reads every configuration file, so a bad setting stops the run before
 * anything is written; {@link #analyse} then streams the evidence through the cost engine.
 */
public final class Workspace {
  private final Path dir;
  private final Settings settings;
  private final People people;
  private final Optional<HiringPlan> plan;
  private final Optional<FixPlan> fixes;

  private Workspace(
      Path dir,
      Settings settings,
      People people,
      Optional<HiringPlan> plan,
      Optional<FixPlan> fixes) {
    this.dir = dir;
    this.settings = settings;
    this.people = people;
    this.plan = plan;
    this.fixes = fixes;
  }

  /**
   * Reads and checks the configuration of the workspace in {@code dir}.
   *
   * @throws ConfigException when the folder, a setting or a person is wrong
   */
  public static Workspace open(Path dir) {
    requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(dir + ": no such workspace folder");
    }
    Settings settings = SettingsReader.read(dir);
    People people = PeopleReader.read(dir);
    return new Workspace(dir, settings, people, PlanReader.read(dir), FixesReader.read(dir));
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  /** The settings of onboarding.yaml. */
  public Settings settings() {
    return settings;
  }

  /** The people of people.csv. */
  public People people() {
    return people;
  }

  /**
   * This workspace with {@code replacement} as its people (a pseudonymized report's); reading
   * evidence still needs the real people, so call this only on an analysed workspace.
   */
  public Workspace withPeople(People replacement) {
    return new Workspace(dir, settings, requireNonNull(replacement, "replacement"), plan, fixes);
  }

  /** The hiring plan of plan.yaml, if any. */
  public Optional<HiringPlan> plan() {
    return plan;
  }

  /** The candidate fixes of fixes.yaml, if any. */
  public Optional<FixPlan> fixes() {
    return fixes;
  }

  /**
   * Reads every piece of evidence with {@code readers} and prices it with running sums per hire.
   *
   * @throws UncheckedIOException when a file exists but cannot be read at all
   */
  public Analysis analyse(List<EvidenceReader> readers) {
    return analyse(readers, Detail.PER_HIRE);
  }

  /** How much detail the cost lines keep. */
  public enum Detail {
    /** One line per hire, payer, category and system: memory does not grow with the events. */
    PER_HIRE,
    /** One line per event, for the workbook's {@code Events} sheet. */
    PER_EVENT
  }

  /**
   * What a reader of this workspace's evidence reads with: its directory, settings and people, and
   * timestamps in its calendar's zone, its events going to {@code intake}.
   */
  public ReadContext contextFor(EventIntake intake) {
    return new ReadContext(
        dir, settings, people, intake, new Timestamps(settings.cost().calendar().zone()));
  }

  /**
   * Reads every piece of evidence with {@code readers}, then turns the access grants they found
   * into access waits, and prices it all, keeping the cost lines at {@code detail}.
   *
   * @throws UncheckedIOException when a file exists but cannot be read at all
   */
  public Analysis analyse(List<EvidenceReader> readers, Detail detail) {
    DataQuality quality = new DataQuality();
    CostEngine engine =
        detail == Detail.PER_EVENT
            ? CostEngine.withLedger(settings.cost(), people)
            : CostEngine.summing(settings.cost(), people);
    EventIntake intake = new EventIntake(engine, quality);
    ReadContext context = contextFor(intake);
    for (EvidenceReader reader : readers) {
      try {
        reader.read(context);
      } catch (IOException e) {
        throw new UncheckedIOException(reader.name() + ": " + e.getMessage(), e);
      }
    }
    context
        .accessGrants()
        .flush(
            settings.requiredAccess(),
            settings.notGranted(),
            people,
            hire -> settings.cost().windowFor(hire.startDate().orElseThrow()),
            intake);
    return new Analysis(this, engine.finish(), quality);
  }
}
