package io.starhash.core.effect;

import io.starhash.core.phone.Msisdn;
import java.util.Map;
import java.util.Objects;

/**
 * A request from a flow to the engine: run {@code effect} for {@code caller} with {@code args}.
 *
 * @param args rendered argument values; may hold a PIN, so never log this record's args
 * @param idempotencyKey the same key for the same step of the same session, so that an
 *     effect run twice (a resent hop, a retried save) does its work once
 */
public record EffectCall(String effect, Msisdn caller, Map<String, String> args, String idempotencyKey) {

  public EffectCall {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    args = Map.copyOf(args);
  }

  /** An argument, or the empty string. */
  public String arg(String name) {
    return args.getOrDefault(name, "");
  }

  @Override
  public String toString() {
    return "EffectCall[" + effect + ", caller=" + caller.masked() + ", args=" + args.keySet()
        + ", key=" + idempotencyKey + "]";
  }
}
