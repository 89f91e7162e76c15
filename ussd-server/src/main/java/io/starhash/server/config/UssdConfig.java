package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.USSD_FLOWS_DIR;
import static io.starhash.server.config.ConfigKeys.USSD_FLOWS_RELOAD_INTERVAL;
import static io.starhash.server.config.ConfigKeys.USSD_HOP_BUDGET;
import static io.starhash.server.config.ConfigKeys.USSD_SCREEN_LIMIT;
import static io.starhash.server.config.ConfigKeys.USSD_SCREEN_LIMIT_UCS2;
import static io.starhash.server.config.ConfigKeys.USSD_SESSION_TTL;
import static io.starhash.server.config.ConfigKeys.USSD_WORKER_THREADS;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * USSD sessions: their lifetime, the hop budget, screen sizes, and where flows come from.
 *
 * @param flowsDir empty: built-in flows only
 * @param workerThreads 0 means 2 x cores: use {@link #workerThreadCount()}
 */
public record UssdConfig(
    Duration sessionTtl,
    Duration hopBudget,
    int screenLimit,
    int screenLimitUcs2,
    Optional<Path> flowsDir,
    Duration flowsReloadInterval,
    int workerThreads) {

  /** @throws ConfigException naming the key of each value that is not allowed */
  public UssdConfig {
    USSD_SESSION_TTL.require(sessionTtl);
    USSD_HOP_BUDGET.require(hopBudget);
    USSD_SCREEN_LIMIT.require(screenLimit);
    USSD_SCREEN_LIMIT_UCS2.require(screenLimitUcs2);
    USSD_FLOWS_DIR.require(flowsDir);
    USSD_FLOWS_RELOAD_INTERVAL.require(flowsReloadInterval);
    USSD_WORKER_THREADS.require(workerThreads);
    List<String> problems = new ArrayList<>();
    if (hopBudget.compareTo(sessionTtl) >= 0) {
      problems.add(USSD_HOP_BUDGET.name() + ": must be shorter than " + USSD_SESSION_TTL.name());
    }
    if (screenLimitUcs2 > screenLimit) {
      problems.add(USSD_SCREEN_LIMIT_UCS2.name() + ": must not be more than "
          + USSD_SCREEN_LIMIT.name() + " (" + screenLimit + ")");
    }
    ConfigException.throwIfAny(problems);
  }

  /** The flow step threads to start: {@link #workerThreads()}, or 2 x cores when it is 0. */
  public int workerThreadCount() {
    return Threads.orTwicePerCore(workerThreads);
  }
}
