package io.starhash.server.api;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * {@code PUT /mmo/callback/{clientCorrelationId}}: hands the MMO's callback body, byte for byte,
 * to the sink on the executor and answers 204 once the sink has taken it. Thread-safe.
 */
final class MmoCallbackEndpoint {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

  private final BiConsumer<String, byte[]> sink;
  private final Executor executor;

  MmoCallbackEndpoint(BiConsumer<String, byte[]> sink, Executor executor) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  CompletionStage<Reply> serve(String rawId, byte[] body) throws Refused {
    String id = UrlText.decode(rawId, "clientCorrelationId");
    if (!ID.matcher(id).matches()) {
      throw Refused.badField("clientCorrelationId", "clientCorrelationId must be 8 to 128 of A-Z a-z 0-9 . _ : -");
    }
    return CompletableFuture.runAsync(() -> sink.accept(id, body), executor).thenApply(done -> Replies.noContent());
  }
}
