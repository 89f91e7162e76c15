package io.starhash.core.subscriber;

class MemorySubscriberStoreTest extends SubscriberStoreContract {

  @Override
  Backend backend() {
    return Backend.memory();
  }
}
