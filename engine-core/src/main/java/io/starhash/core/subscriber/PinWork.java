package io.starhash.core.subscriber;

import io.starhash.core.money.PinHash;
import io.starhash.core.money.PinHasher;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Hashing and verifying PINs on a worker executor, never on a Redis I/O thread (each costs a few
 * milliseconds of CPU). Thread-safe.
 */
final class PinWork {

  private final PinHasher hasher;
  private final Executor executor;

  PinWork(PinHasher hasher, Executor executor) {
    this.hasher = hasher;
    this.executor = executor;
  }

  CompletionStage<PinHash> hash(String pin) {
    return CompletableFuture.supplyAsync(() -> hasher.hash(pin), executor);
  }

  CompletionStage<Boolean> verify(String pin, PinHash stored) {
    return CompletableFuture.supplyAsync(() -> hasher.verify(pin, stored), executor);
  }
}
