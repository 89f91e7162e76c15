package io.starhash.core.session.redis;

import io.starhash.core.redis.RedisBytes;
import io.starhash.core.session.Session;
import io.starhash.core.session.SessionCodec;
import io.starhash.core.ussd.SessionId;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * How a session lies in Redis: key {@code sh:{<sessionId>}:s} (hash-tagged so that every key of
 * one session lands on one Cluster slot), value = 4-byte big-endian hop counter followed by
 * {@link SessionCodec} bytes, so that the CAS script compares the counter without decoding.
 */
final class SessionLayout {

  /** SCAN pattern of every session key. */
  static final String KEY_PATTERN = "sh:{*}:s";

  static final int HOP_BYTES = 4;

  private SessionLayout() {}

  static byte[] key(SessionId id) {
    return RedisBytes.ascii("sh:{" + id.value() + "}:s");
  }

  static byte[] hop(int hop) {
    return ByteBuffer.allocate(HOP_BYTES).putInt(hop).array();
  }

  static byte[] value(Session session) {
    byte[] body = SessionCodec.encode(session);
    return ByteBuffer.allocate(HOP_BYTES + body.length).putInt(session.hop()).put(body).array();
  }

  /**
   * The session stored in {@code value}.
   *
   * @throws IllegalArgumentException if the value is truncated, undecodable, or its counter
   *     disagrees with the session inside
   */
  static Session session(byte[] value) {
    if (value.length <= HOP_BYTES) {
      throw new IllegalArgumentException("session value of " + value.length + " bytes");
    }
    int hop = ByteBuffer.wrap(value).getInt();
    Session s = SessionCodec.decode(Arrays.copyOfRange(value, HOP_BYTES, value.length));
    if (s.hop() != hop) {
      throw new IllegalArgumentException("hop prefix " + hop + " but session hop " + s.hop());
    }
    return s;
  }
}
