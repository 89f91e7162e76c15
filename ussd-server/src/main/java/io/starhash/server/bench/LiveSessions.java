package io.starhash.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * What live sessions cost: opens {@code n} sessions through a running server (one dial each,
 * left at the menu), and reads Redis {@code used_memory} and this JVM's used heap (after a full
 * GC) before and after. The server must run in this JVM for the heap to mean anything.
 */
final class LiveSessions {

  private static final int IN_FLIGHT = 64;
  private static final double MB = 1024.0 * 1024.0;

  private LiveSessions() {}

  /**
   * @param open how many sessions were opened (and answered CON)
   * @param redisBytesPerSession growth of Redis {@code used_memory} divided by {@code open}
   */
  record Footprint(long open, long failed, String firstFailure, double redisBytesPerSession,
      double heapBeforeMb, double heapAfterMb) {}

  static Footprint measure(AtClient client, RedisAdmin admin, List<String> msisdns, String idPrefix, int n)
      throws InterruptedException {
    double heapBefore = usedHeapMbAfterGc();
    long memoryBefore = admin.usedMemory();
    SessionOpener.Opened opened = new SessionOpener(client, msisdns, IN_FLIGHT).open(idPrefix, n);
    long memoryAfter = admin.usedMemory();
    double heapAfter = usedHeapMbAfterGc();
    double perSession = opened.open() == 0 ? 0 : (double) (memoryAfter - memoryBefore) / opened.open();
    return new Footprint(opened.open(), opened.failed(), opened.firstFailure(), perSession, heapBefore, heapAfter);
  }

  /** Used heap in MB after {@code System.gc()} (twice, so that finalized garbage goes too). */
  static double usedHeapMbAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed() / MB;
  }
}
