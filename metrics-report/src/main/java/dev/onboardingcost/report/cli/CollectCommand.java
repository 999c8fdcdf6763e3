package dev.onboardingcost.report.cli;

import dev.onboardingcost.report.collect.ApiClient;
import dev.onboardingcost.report.collect.Collection;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.Settings;
import dev.onboardingcost.report.workspace.SettingsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code collect WORKSPACE}: fetches the logs the readers need from the systems' APIs into the
 * workspace (see the README's collect section). Exit status 0 when every source succeeded, 1 when
 * one failed (the others went on), 2 for a settings error.
 */
@Command(
    name = "collect",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch onboarding evidence from the systems' APIs into the workspace's logs/ folders, in the"
          + " formats 'report' reads. Each run continues where the last one stopped and writes new"
          + " files only. Settings under 'collect:' in onboarding.yaml; tokens come from the"
          + " environment variables named there.",
      "Exit status: 0 all sources collected, 1 a source failed (the others went on), 2 a"
          + " settings error."
    })
final class CollectCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace folder.")
  Path workspace;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "Start at this day (UTC, e.g. 2026-04-01) instead of where the last run stopped;"
              + " events already collected are skipped.")
  LocalDate since;

  @Option(
      names = "--sources",
      paramLabel = "LIST",
      split = ",",
      description =
          "Only these sources, some of okta,people,github_audit,github_prs,jira,slack,gam"
              + " (default: every source configured under collect:).")
  List<String> sources = new ArrayList<>();

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(workspace)) {
      throw new ConfigException(workspace + ": not a folder (a workspace is a folder)");
    }
    Settings settings = SettingsReader.read(workspace);
    List<String> asked = sources.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    Collection collection = Collection.of(workspace, settings, asked);
    return collection.run(
        Optional.ofNullable(since).map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant()),
        ApiClient.Transport.standard(Clock.systemUTC()),
        System::getenv,
        common.quiet ? null : spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        !common.quiet && System.console() != null);
  }
}
