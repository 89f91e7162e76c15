package io.starhash.core.audit;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where security-relevant events are kept: PIN failures and locks, registrations, PIN changes,
 * blocks. Implementations: {@link InMemoryAuditLog} (bounded, the embedded default) and
 * {@link RedisAuditLog} (a capped stream).
 *
 * <p>Thread-safe. Stages never block the caller; a Redis log's stages fail with the Lettuce
 * exception when Redis does not answer.
 */
public interface AuditLog {

  /** Appends {@code event}; completes once it is kept. */
  CompletionStage<Void> record(AuditEvent event);

  /** Up to {@code limit} of the latest events, newest first. */
  CompletionStage<List<AuditEvent>> recent(int limit);
}
