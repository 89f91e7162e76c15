package io.starhash.core.subscriber;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.starhash.core.audit.AuditEvent;
import io.starhash.core.audit.AuditLog;
import io.starhash.core.phone.Msisdn;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the subscriber service's audit events. A write that fails is logged and counted in
 * {@code audit.failures}, and never fails the operation it records (which has happened already).
 * Thread-safe.
 */
final class SubscriberAudit {

  private static final Logger log = LoggerFactory.getLogger(SubscriberAudit.class);

  private final AuditLog auditLog;
  private final Counter failures;

  SubscriberAudit(AuditLog auditLog, MeterRegistry registry) {
    this.auditLog = auditLog;
    this.failures = Counter.builder("audit.failures")
        .description("Audit events that could not be written")
        .register(registry);
  }

  /** Records one event about {@code subject}; the stage never fails. */
  CompletionStage<Void> write(Instant at, String actor, String action, Msisdn subject,
      Map<String, String> details) {
    AuditEvent event = new AuditEvent(at, actor, action, subject.masked(), details);
    CompletionStage<Void> written;
    try {
      written = auditLog.record(event);
    } catch (RuntimeException e) {
      written = CompletableFuture.failedFuture(e);
    }
    return written.handle((ok, e) -> {
      if (e != null) {
        failures.increment();
        log.warn("audit event {} for {} not written: {}", action, subject.masked(), e.toString());
      }
      return null;
    });
  }

  CompletionStage<Void> write(Instant at, String actor, String action, Msisdn subject) {
    return write(at, actor, action, subject, Map.of());
  }
}
