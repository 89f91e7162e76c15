package io.starhash.core.operation;

import io.starhash.core.testing.MutableClock;
import java.util.function.Function;

/**
 * Both operation contracts on one fresh store, its clock and a service on both; a test class per
 * store extends it and names the store.
 */
public abstract class OperationContracts implements OperationStoreContract, OperationServiceContract {

  private final MutableClock clock = MutableClock.start();
  private final OperationStore store;
  private final OperationService service;

  /** @param newStore makes an empty store on the given clock */
  protected OperationContracts(Function<MutableClock, OperationStore> newStore) {
    this.store = newStore.apply(clock);
    this.service = new OperationService(store, clock, TIMEOUT);
  }

  @Override
  public final OperationStore store() {
    return store;
  }

  @Override
  public final MutableClock clock() {
    return clock;
  }

  @Override
  public final OperationService service() {
    return service;
  }
}
