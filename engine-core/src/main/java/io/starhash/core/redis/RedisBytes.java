package io.starhash.core.redis;

import java.nio.charset.StandardCharsets;

/** Strings as the bytes of Redis keys and values, and back. */
public final class RedisBytes {

  private RedisBytes() {}

  /** The UTF-8 bytes of {@code s}. */
  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The US-ASCII bytes of {@code s} (any other character becomes {@code ?}). */
  public static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code b} read as UTF-8. */
  public static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
