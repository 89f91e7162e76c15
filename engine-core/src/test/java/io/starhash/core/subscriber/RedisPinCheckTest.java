package io.starhash.core.subscriber;

class RedisPinCheckTest extends PinCheckContract {

  @Override
  Backend backend() {
    return Backend.redis();
  }
}
