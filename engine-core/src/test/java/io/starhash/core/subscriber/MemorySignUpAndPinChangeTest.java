package io.starhash.core.subscriber;

class MemorySignUpAndPinChangeTest extends SignUpAndPinChangeContract {

  @Override
  Backend backend() {
    return Backend.memory();
  }
}
