package io.starhash.core.operation.redis;

import io.starhash.core.operation.OperationContracts;
import io.starhash.core.redis.TestRedis;
import io.starhash.core.testing.RedisHarness;

class RedisOperationStoreTest extends OperationContracts {

  RedisOperationStoreTest() {
    super(clock -> {
      RedisHarness.flushAll();
      return new RedisOperationStore(TestRedis.shared(), clock, RedisOperationStore.DEFAULT_RETENTION);
    });
  }
}
