package io.starhash.core.subscriber;

class RedisSignUpAndPinChangeTest extends SignUpAndPinChangeContract {

  @Override
  Backend backend() {
    return Backend.redis();
  }
}
