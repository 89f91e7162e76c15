package io.starhash.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Loopback ports for things that cannot bind port 0 themselves, and for "nothing listens here".
 * A port found free may be taken again before use; callers that start servers retry.
 */
public final class FreePorts {

  private FreePorts() {}

  /** A loopback port that was free a moment ago (nothing listens on it now). */
  public static int loopback() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }
}
