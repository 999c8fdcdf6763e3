package dev.onboardingcost.report.hardening;

import java.net.SocketPermission;
import java.security.Permission;

/**
 * Installed with {@code -Djava.security.manager=<this class>} in a child JVM: the first attempt to
 * resolve a host name, connect, listen or accept (through {@code java.net} or NIO alike) halts the
 * JVM with {@link #NETWORK_ATTEMPT}, so no error handler can swallow it. Everything else is
 * allowed.
 */
@SuppressWarnings("removal")
public final class NoNetworkSecurityManager extends SecurityManager {
  /** The exit status of a JVM that tried to use the network. */
  public static final int NETWORK_ATTEMPT = 97;

  @Override
  public void checkPermission(Permission permission) {
    if (permission instanceof SocketPermission) {
      System.err.println("network attempt: " + permission);
      System.err.flush();
      Runtime.getRuntime().halt(NETWORK_ATTEMPT);
    }
  }

  @Override
  public void checkPermission(Permission permission, Object context) {
    checkPermission(permission);
  }
}
