package io.starhash.core.subscriber;

class RedisSubscriberStoreTest extends SubscriberStoreContract {

  @Override
  Backend backend() {
    return Backend.redis();
  }
}
