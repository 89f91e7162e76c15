package io.starhash.core.operation.redis;

import io.starhash.core.money.Money;
import io.starhash.core.operation.Initiator;
import io.starhash.core.operation.Operation;
import io.starhash.core.operation.OperationId;
import io.starhash.core.operation.OperationStatus;
import io.starhash.core.operation.OperationType;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.redis.RedisBytes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An operation as the fields of a Redis hash: {@code id type initiator customer partner
 * recipient amount fee currency status created updated expires corr failure version}; amounts
 * in minor units, times in epoch milliseconds, enums by name; absent fields are null.
 */
final class OperationCodec {

  static final String STATUS = "status";
  static final String VERSION = "version";

  private OperationCodec() {}

  /** field, value, field, value, ... without the null fields. */
  static List<byte[]> fields(Operation op) {
    List<byte[]> out = new ArrayList<>();
    put(out, "id", op.id().value());
    put(out, "type", op.type().name());
    put(out, "initiator", op.initiator().name());
    put(out, "customer", op.customer().e164());
    put(out, "partner", op.partnerId());
    put(out, "recipient", op.recipient() == null ? null : op.recipient().e164());
    put(out, "amount", Long.toString(op.amount().minor()));
    put(out, "fee", Long.toString(op.fee().minor()));
    put(out, "currency", op.amount().currency());
    put(out, STATUS, op.status().name());
    put(out, "created", Long.toString(op.createdAt().toEpochMilli()));
    put(out, "updated", Long.toString(op.updatedAt().toEpochMilli()));
    put(out, "expires", Long.toString(op.expiresAt().toEpochMilli()));
    put(out, "corr", op.mmoCorrelationId());
    put(out, "failure", op.failureCode());
    put(out, VERSION, Long.toString(op.version()));
    return out;
  }

  private static void put(List<byte[]> out, String field, String value) {
    if (value != null) {
      out.add(RedisBytes.utf8(field));
      out.add(RedisBytes.utf8(value));
    }
  }

  /**
   * The operation in a hash as HGETALL returns it.
   *
   * @throws IllegalArgumentException if a field is missing or does not parse
   */
  static Operation operation(Map<byte[], byte[]> hash) {
    Map<String, String> f = new HashMap<>();
    hash.forEach((k, v) -> f.put(RedisBytes.text(k), RedisBytes.text(v)));
    try {
      String currency = need(f, "currency");
      String recipient = f.get("recipient");
      return new Operation(new OperationId(need(f, "id")), OperationType.valueOf(need(f, "type")),
          Initiator.valueOf(need(f, "initiator")), new Msisdn(need(f, "customer")), f.get("partner"),
          recipient == null ? null : new Msisdn(recipient),
          new Money(Long.parseLong(need(f, "amount")), currency), new Money(Long.parseLong(need(f, "fee")), currency),
          OperationStatus.valueOf(need(f, STATUS)), instant(f, "created"), instant(f, "updated"),
          instant(f, "expires"), f.get("corr"), f.get("failure"), Long.parseLong(need(f, VERSION)));
    } catch (NullPointerException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Instant instant(Map<String, String> f, String field) {
    return Instant.ofEpochMilli(Long.parseLong(need(f, field)));
  }

  private static String need(Map<String, String> f, String field) {
    String v = f.get(field);
    if (v == null) {
      throw new IllegalArgumentException("operation hash without " + field);
    }
    return v;
  }
}
