package io.starhash.server.config;

/** The thread-count convention of the config: 0 means two threads per core. */
final class Threads {

  private Threads() {}

  static int orTwicePerCore(int configured) {
    return configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
  }
}
