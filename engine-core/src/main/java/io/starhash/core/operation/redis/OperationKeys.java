package io.starhash.core.operation.redis;

import static io.starhash.core.redis.RedisBytes.utf8;

import io.starhash.core.operation.OperationId;
import io.starhash.core.phone.Msisdn;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How operations lie in Redis. Each key's hash tag is its own subject, so the keys spread over
 * a Redis Cluster; the one atomic step, the compare-and-set, touches one key. Indexes are
 * written before the operation and trimmed after, so an operation is never missing from one;
 * readers check every indexed operation against its own fields and drop stale entries.
 *
 * <pre>
 * sh:op:{OP7K2M9Q}         HASH  the operation (see OperationCodec); final ones expire after the retention
 * sh:op:c:{&lt;customer&gt;}    ZSET  the customer's operation ids by creation time (ms); &lt;customer&gt; is the
 *                                first 16 bytes of SHA-256(E.164) in hex, so no key shows a number
 * sh:op:p:{&lt;partnerId&gt;}   ZSET  the partner's operation ids by creation time (ms)
 * sh:op:p:{&lt;partnerId&gt;}:pending  SET  the partner's operation ids that may still be pending
 * sh:op:due                ZSET  ids of operations that may still be pending, by expiry time (ms)
 * </pre>
 */
final class OperationKeys {

  static final byte[] DUE = utf8("sh:op:due");

  private OperationKeys() {}

  static byte[] operation(OperationId id) {
    return utf8("sh:op:{" + id.value() + "}");
  }

  static byte[] customer(Msisdn customer) {
    return utf8("sh:op:c:{" + digest(customer.e164()) + "}");
  }

  static byte[] partner(String partnerId) {
    return utf8("sh:op:p:{" + partnerId + "}");
  }

  static byte[] partnerPending(String partnerId) {
    return utf8("sh:op:p:{" + partnerId + "}:pending");
  }

  private static String digest(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(utf8(s));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
