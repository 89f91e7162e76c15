package io.starhash.core.subscriber.redis;

import static io.starhash.core.redis.RedisBytes.ascii;
import static io.starhash.core.redis.RedisBytes.text;
import static io.starhash.core.redis.RedisBytes.utf8;

import io.starhash.core.money.PinHash;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.subscriber.KycTier;
import io.starhash.core.subscriber.PinState;
import io.starhash.core.subscriber.StagedChange;
import io.starhash.core.subscriber.Subscriber;
import io.starhash.core.subscriber.SubscriberStatus;
import java.time.Instant;
import java.util.Base64;

/**
 * How subscribers lie in Redis. Keys: {@code sh:{sub:<e164>}} for the subscriber and
 * {@code sh:{sub:<e164>}:staged} for its staged change, hash-tagged alike so that both land on
 * one Cluster slot. The phone number is the subscriber's identity and the key names it in clear:
 * operators look subscribers up by number, and the number is no secret from whoever can read
 * Redis (sessions hold it too); the PIN is only ever a PBKDF2 hash.
 *
 * <p>Values are UTF-8 text, {@code |}-separated, version first and the name last (so a name may
 * hold any character):
 * {@code 1|tier|status|createdAt|failures|lockedUntil|verifiedAt|pinHash|name} and
 * {@code 1|kind|stagedAt|pinHash|name}; times in epoch milliseconds, empty for none; the PIN hash
 * as {@link PinHash#encoded()}. Encoding is deterministic, which the compare-and-set relies on.
 */
final class SubscriberLayout {

  private static final String VERSION = "1";
  private static final String SEP = "|";

  private SubscriberLayout() {}

  static byte[] key(Msisdn msisdn) {
    return ascii("sh:{sub:" + msisdn.e164() + "}");
  }

  static byte[] stagedKey(Msisdn msisdn) {
    return ascii("sh:{sub:" + msisdn.e164() + "}:staged");
  }

  static byte[] value(Subscriber s) {
    PinState p = s.pinState();
    return utf8(String.join(SEP, VERSION, s.kycTier().name(), s.status().name(),
        millis(s.createdAt()), Integer.toString(p.failures()), millis(p.lockedUntil()),
        millis(p.verifiedAt()), s.pinHash().encoded(), s.fullName()));
  }

  /** @throws IllegalArgumentException if {@code value} is not a subscriber of this layout */
  static Subscriber subscriber(Msisdn msisdn, byte[] value) {
    String[] f = fields(value, 9);
    PinState pins = new PinState(Integer.parseInt(f[4]), instant(f[5]), instant(f[6]));
    return new Subscriber(msisdn, f[8], KycTier.valueOf(f[1]), SubscriberStatus.valueOf(f[2]),
        pinHash(f[7]), instant(f[3]), pins);
  }

  static byte[] value(StagedChange c) {
    return utf8(String.join(SEP, VERSION, c.kind().name(), millis(c.stagedAt()),
        c.pinHash().encoded(), c.fullName()));
  }

  /** @throws IllegalArgumentException if {@code value} is not a staged change of this layout */
  static StagedChange staged(Msisdn msisdn, byte[] value) {
    String[] f = fields(value, 5);
    return new StagedChange(msisdn, StagedChange.Kind.valueOf(f[1]), f[4], pinHash(f[3]),
        instant(f[2]));
  }

  private static String[] fields(byte[] value, int count) {
    String[] f = text(value).split("\\" + SEP, count);
    if (f.length != count || !VERSION.equals(f[0])) {
      throw new IllegalArgumentException("expected " + count + " fields of version " + VERSION);
    }
    return f;
  }

  /** Reads {@link PinHash#encoded()}: {@code iterations:salt:hash}, base64. */
  static PinHash pinHash(String encoded) {
    String[] p = encoded.split(":", -1);
    if (p.length != 3) {
      throw new IllegalArgumentException("bad PIN hash");
    }
    Base64.Decoder b64 = Base64.getDecoder();
    return new PinHash(b64.decode(p[1]), b64.decode(p[2]), Integer.parseInt(p[0]));
  }

  private static String millis(Instant t) {
    return t == null ? "" : Long.toString(t.toEpochMilli());
  }

  private static Instant instant(String s) {
    return s.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(s));
  }
}
