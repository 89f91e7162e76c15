package io.starhash.core.engine;

import io.starhash.core.money.PinHasher;
import io.starhash.core.partner.DemoPartners;
import io.starhash.core.partner.Partner;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.subscriber.Subscriber;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The demo's people: agent A001, merchant 4321 and two customers who already have accounts, so
 * that a new user can pay, be paid and cash out at once (anyone else signs up by dialling).
 * Seeding is idempotent: what exists is left alone.
 */
public final class DemoData {

  /** A demo customer with a PIN and an opening balance at the MMO. */
  public record Customer(Msisdn msisdn, String name) {}

  public static final List<Customer> CUSTOMERS = List.of(
      new Customer(new Msisdn("+255712000001"), "Demo Customer"),
      new Customer(new Msisdn("+255712000002"), "Jane Doe"));

  private DemoData() {}

  public static List<Partner> partners() {
    return DemoPartners.all();
  }

  /** Creates the demo partners and customers (with {@code pin}) where they do not exist yet. */
  public static CompletionStage<Void> seed(EngineStores stores, PinHasher hasher, Clock clock, String pin) {
    CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
    for (Partner p : partners()) {
      all = all.thenCompose(v -> stores.partners().find(p.id())
          .thenCompose(found -> found.isPresent() ? CompletableFuture.completedFuture(null) : stores.partners().save(p)));
    }
    for (Customer c : CUSTOMERS) {
      all = all.thenCompose(v -> stores.subscribers().create(
          Subscriber.open(c.msisdn(), c.name(), hasher.hash(pin), clock.instant())).thenApply(created -> null));
    }
    return all;
  }
}
