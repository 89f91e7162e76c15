package io.starhash.core.subscriber;

import io.starhash.core.money.PinHash;
import io.starhash.core.phone.Msisdn;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens subscribers: checks name and PIN, creates, audits and counts. Thread-safe. */
final class Registrar {

  private static final Logger log = LoggerFactory.getLogger(Registrar.class);

  private final ServiceParts parts;
  private final PinRules rules;

  Registrar(ServiceParts parts) {
    this.parts = parts;
    this.rules = parts.rules();
  }

  CompletionStage<Registration> register(Msisdn msisdn, String fullName, String pin) {
    Optional<String> name = SubscriberNames.normalise(fullName);
    if (name.isEmpty()) {
      return CompletableFuture.completedFuture(new Registration.InvalidName());
    }
    if (!rules.acceptable(pin)) {
      return CompletableFuture.completedFuture(new Registration.WeakPin());
    }
    return parts.pins().hash(pin).thenCompose(hash -> open(msisdn, name.get(), hash, "register"))
        .thenApply(opened -> opened.<Registration>map(Registration.Registered::new)
            .orElseGet(Registration.AlreadyRegistered::new));
  }

  /** Creates the subscriber now; empty if the number is registered already. */
  CompletionStage<Optional<Subscriber>> open(Msisdn msisdn, String fullName, PinHash pin,
      String via) {
    Subscriber s = Subscriber.open(msisdn, fullName, pin, parts.clock().instant());
    return parts.store().create(s).thenCompose(created -> {
      if (!created) {
        return CompletableFuture.completedFuture(Optional.<Subscriber>empty());
      }
      parts.metrics().registered();
      log.info("subscriber {} registered ({})", msisdn.masked(), via);
      return parts.audit().write(s.createdAt(), SubscriberActions.SELF,
          SubscriberActions.REGISTERED, msisdn, Map.of("via", via)).thenApply(v -> Optional.of(s));
    });
  }
}
