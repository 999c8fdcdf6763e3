package dev.onboardingcost.report.init;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.report.io.OutputStaging;
import dev.onboardingcost.report.workspace.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a new workspace (README, "The workspace"): a commented {@code onboarding.yaml} with
 * every key described in docs/method.md, {@code people.csv} and {@code events.csv} with a header
 * and an example row, example {@code plan.yaml} and {@code fixes.yaml}, and the {@code survey/} and
 * {@code logs/<source>/} folders, each with a README line. The templates are resources beside this
 * class.
 */
public final class WorkspaceTemplate {
  /** Every file of the template, relative to the workspace, in the order they are written. */
  public static final List<String> FILES =
      List.of(
          "onboarding.yaml",
          "people.csv",
          "events.csv",
          "plan.yaml",
          "fixes.yaml",
          "survey/README.md",
          "logs/okta/README.md",
          "logs/github-audit/README.md",
          "logs/gam/README.md",
          "logs/jira/README.md",
          "logs/slack/README.md",
          "logs/github-prs/README.md");

  private static final String RESOURCES = "workspace/";

  private WorkspaceTemplate() {}

  /**
   * Writes a new workspace into {@code dir}, which must not exist or be an empty folder. The files
   * are staged and moved into place, so a failure leaves no half-made workspace.
   *
   * @return the files written
   * @throws ConfigException when {@code dir} is a file or a folder that is not empty (nothing is
   *     ever overwritten)
   */
  public static List<Path> write(Path dir) throws IOException {
    requireNonNull(dir, "dir");
    refuseExisting(dir);
    try (OutputStaging staging = OutputStaging.create(dir)) {
      for (String file : FILES) {
        Files.write(staging.file(file), template(file));
      }
      return staging.commit();
    }
  }

  /** The bytes of the template {@code file} (one of {@link #FILES}). */
  public static byte[] template(String file) {
    if (!FILES.contains(file)) {
      throw new IllegalArgumentException(
          "no template file '" + file + "', expected one of " + FILES);
    }
    try (InputStream in = WorkspaceTemplate.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException("template resource missing from the jar: " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void refuseExisting(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(dir + ": is a file, not a folder; init needs a new folder");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        String what =
            Files.exists(dir.resolve("onboarding.yaml"))
                ? "already holds a workspace (onboarding.yaml)"
                : "is not empty";
        throw new ConfigException(
            dir + ": " + what + "; init never overwrites files, give it a new folder");
      }
    }
  }
}
