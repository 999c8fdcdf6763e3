package dev.onboardingcost.report.hardening;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;

/** A main that tries to connect, to prove {@link NoNetworkSecurityManager} stops it. */
public final class ConnectProbe {
  private ConnectProbe() {}

  /** Connects to localhost port 9 with NIO (the path java.net.http takes). */
  public static void main(String[] args) throws IOException {
    try (SocketChannel channel = SocketChannel.open()) {
      channel.connect(new InetSocketAddress("127.0.0.1", 9));
    } catch (IOException e) {
      // refused is fine: the point is whether the attempt was stopped before it
    }
    System.exit(0);
  }
}
