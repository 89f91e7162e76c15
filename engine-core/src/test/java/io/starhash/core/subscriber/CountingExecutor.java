package io.starhash.core.subscriber;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs each task at once on the calling thread and counts them: how many PINs were hashed or verified. */
final class CountingExecutor implements Executor {

  private final AtomicInteger count = new AtomicInteger();

  @Override
  public void execute(Runnable task) {
    count.incrementAndGet();
    task.run();
  }

  int count() {
    return count.get();
  }
}
