package dev.onboardingcost.report.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small workspaces in a temporary folder for tests. */
public final class TestWorkspaces {
  /** A minimal valid onboarding.yaml: USD, $200 default rate, New York 9-to-5, no refocus. */
  public static final String SETTINGS =
      "currency: USD\n"
          + "rates:\n"
          + "  default: 200\n"
          + "calendar:\n"
          + "  timezone: America/New_York\n"
          + "  holidays: []\n"
          + "assumptions:\n"
          + "  context_switch_minutes: 0\n";

  /** One hire starting Monday 2026-01-05 and two colleagues. */
  public static final String PEOPLE =
      "id,name,email,github,slack,team,role,start_date,hourly_rate\n"
          + "h1,Hana,hana@example.com,hana-gh,UH1,payments,engineer,2026-01-05,\n"
          + "c1,Cole,cole@example.com,cole-gh,UC1,payments,engineer,,\n"
          + "c2,Cleo,cleo@example.com,cleo-gh,UC2,platform,ops,,100\n";

  private TestWorkspaces() {}

  /** Writes {@code text} to {@code dir/relative}, creating folders. */
  public static Path write(Path dir, String relative, String text) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workspace with the default settings and people, plus {@code events.csv}. */
  public static Path withEvents(Path dir, String eventsCsv) {
    write(dir, "onboarding.yaml", SETTINGS);
    write(dir, "people.csv", PEOPLE);
    write(dir, "events.csv", eventsCsv);
    return dir;
  }
}
