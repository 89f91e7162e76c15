package io.starhash.core.mmo;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What every {@link TxFollower} of one gateway shares: settings, journal, MMO calls, the worker
 * threads, the clock, and where the ends of transactions are reported.
 */
record TxContext(MmoSettings settings, Journal journal, TxCalls calls,
    ScheduledExecutorService worker, Clock clock, Outcomes outcomes) {

  /** Where followers report. Called without any follower lock held. */
  interface Outcomes {
    /** Tell the listeners: the transaction is final and submit did not return that. */
    void tell(TxRequest request, TxResult result);

    /** The follower is done: final and journaled (or the journal write given up). */
    void done(TxFollower follower, TxResult result);

    /** The follower followed for {@code followFor} without a final state and stopped. */
    void abandoned(TxFollower follower);
  }

  /** Runs {@code task} on a worker thread after {@code delay}; nothing once the gateway is closed. */
  void later(Runnable task, Duration delay) {
    try {
      worker.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      // the gateway is closed: the journal keeps the transaction for resume()
    }
  }
}
