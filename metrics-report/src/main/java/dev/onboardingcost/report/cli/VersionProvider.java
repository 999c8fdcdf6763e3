package dev.onboardingcost.report.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ({@code Implementation-Version}). */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = OnboardingCostCli.class.getPackage().getImplementationVersion();
    return new String[] {"onboarding-cost " + (version == null ? "(development build)" : version)};
  }
}
