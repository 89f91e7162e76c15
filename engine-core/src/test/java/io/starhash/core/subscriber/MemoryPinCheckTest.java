package io.starhash.core.subscriber;

class MemoryPinCheckTest extends PinCheckContract {

  @Override
  Backend backend() {
    return Backend.memory();
  }
}
