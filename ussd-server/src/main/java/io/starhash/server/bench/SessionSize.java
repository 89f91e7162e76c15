package io.starhash.server.bench;

import io.starhash.core.redis.RedisConnections;
import io.starhash.core.redis.RedisSettings;
import io.starhash.core.redis.SharedRedis;
import io.starhash.core.session.Session;
import io.starhash.core.session.SessionCodec;
import io.starhash.core.session.redis.RedisSessionStore;
import io.starhash.core.ussd.SessionId;
import java.time.Duration;

/** The serialized size of a live session, read back from the Redis session store. */
final class SessionSize {

  private SessionSize() {}

  /**
   * @return the {@link SessionCodec} size of the stored session
   * @throws IllegalStateException if there is no such session
   */
  static int inRedis(String redisUrl, String sessionId) throws InterruptedException {
    try (SharedRedis redis = RedisConnections.open(RedisSettings.of(redisUrl));
        RedisSessionStore store = new RedisSessionStore(redis, Duration.ofMinutes(1))) {
      Session session = FlowProbe.get(store.load(new SessionId(sessionId)).toCompletableFuture())
          .orElseThrow(() -> new IllegalStateException("session " + sessionId + " is not in redis"));
      return SessionCodec.encode(session).length;
    }
  }
}
