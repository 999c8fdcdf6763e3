package dev.onboardingcost.report.hardening;

import java.net.SocketPermission;
import java.security.Permission;

/**
 * Installed with {@code -Djava.security.manager=<this class>} in a child JVM: the first attempt to
 * resolve a host name, connect, listen or accept (through {@code java.net} or NIO alike) halts the
 * JVM with {@link #NETWORK_ATTEMPT}, so no error handler can swallow it. Everything else is
 * allowed.
 *
 * <p>One exception: resolving this machine's own name. The JDK's font manager calls {@code
 * InetAddress.getLocalHost()} to name its fontconfig cache file the first time a chart measures
 * text ({@code sun.font.FcFontConfiguration.getFcInfoFile}); that looks the local name up and opens
 * no connection. Any other host, and any connect, listen or accept, still halts the JVM.
 */
@SuppressWarnings("removal")
public final class NoNetworkSecurityManager extends SecurityManager {
  /** The exit status of a JVM that tried to use the network. */
  public static final int NETWORK_ATTEMPT = 97;

  @Override
  public void checkPermission(Permission permission) {
    if (permission instanceof SocketPermission && !isOwnNameLookup(permission)) {
      System.err.println("network attempt: " + permission);
      System.err.flush();
      Runtime.getRuntime().halt(NETWORK_ATTEMPT);
    }
  }

  @Override
  public void checkPermission(Permission permission, Object context) {
    checkPermission(permission);
  }

  private static boolean isOwnNameLookup(Permission permission) {
    if (!"resolve".equals(permission.getActions())) {
      return false;
    }
    String host = permission.getName();
    return host.equals("localhost") || host.equals(OWN_NAME);
  }

  private static final String OWN_NAME = ownName();

  private static String ownName() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname"))
          .strip();
    } catch (java.io.IOException | RuntimeException e) {
      return "localhost";
    }
  }
}
