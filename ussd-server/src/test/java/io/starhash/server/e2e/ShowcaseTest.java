package io.starhash.server.e2e;

import static io.starhash.server.e2e.Running.AGENT_KEY;
import static io.starhash.server.e2e.Running.CUSTOMER;
import static io.starhash.server.e2e.Running.MERCHANT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.mmo.Party;
import io.starhash.core.money.Money;
import io.starhash.sim.handset.AfricasTalkingHandset;
import io.starhash.sim.handset.AtHandsetOptions;
import io.starhash.sim.handset.HandsetException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The showcase matrix of the tokenisation use cases on USSD, end to end: the real server, the
 * MMO simulator over HTTP, the handset simulator and the agent/merchant API. {cash-in, cash-out,
 * merchant payment} x {customer-initiated, agent/merchant-initiated} x {normal, wrong PIN, no
 * PIN, over the limit, customer cancels, partner rejects}. After every test the simulator's
 * balances add up.
 */
class ShowcaseTest {

  private final Running r = new Running();

  @AfterEach
  void moneyIsConserved() {
    r.assertConserved();
    r.close();
  }

  // ---- what differs between the three use cases ----

  private static String menu(String type) {
    return switch (type) {
      case "cash-in" -> "type 3";
      case "cash-out" -> "type 4";
      default -> "type 5\ntype 4321";
    };
  }

  private static String requested(String type, String amount) {
    return switch (type) {
      case "cash-in" -> "Cash-in of " + amount + " TZS requested";
      case "cash-out" -> "Cash-out of " + amount + " TZS requested";
      default -> "Payment of " + amount + " TZS to Demo Shop sent";
    };
  }

  private static String pendingText(String type, String amount) {
    return switch (type) {
      case "cash-in" -> "Cash-in of " + amount + " TZS, agent Demo Agent";
      case "cash-out" -> "Cash-out of " + amount + " TZS, agent Demo Agent";
      default -> "Payment of " + amount + " TZS, Demo Shop";
    };
  }

  private static String key(String type) {
    return type.equals("merchant-payment") ? MERCHANT_KEY : AGENT_KEY;
  }

  private static Party partner(String type) {
    return type.equals("merchant-payment") ? Running.MERCHANT_ACCOUNT : Running.AGENT_ACCOUNT;
  }

  /** How much the customer's balance changes when {@code amount} of {@code type} completes. */
  private static long customerDelta(String type, long amount) {
    return type.equals("cash-in") ? amount : -amount;
  }

  private void assertMoved(String type, Money customerBefore, Money partnerBefore, long minor) {
    assertThat(r.customerBalance().minor()).isEqualTo(customerBefore.minor() + customerDelta(type, minor));
    assertThat(r.balance(partner(type)).minor()).isEqualTo(partnerBefore.minor() - customerDelta(type, minor));
  }

  private void assertNothingMoved(Money customerBefore, Money partnerBefore, String type) {
    assertThat(r.customerBalance()).isEqualTo(customerBefore);
    assertThat(r.balance(partner(type))).isEqualTo(partnerBefore);
  }

  // ---- customer-initiated ----

  @ParameterizedTest
  @ValueSource(strings = {"cash-in", "cash-out", "merchant-payment"})
  void customerStartsAndThePartnerAccepts(String type) {
    Money customer = r.customerBalance();
    Money partner = r.balance(partner(type));
    r.play(CUSTOMER, "dial *165#\n" + menu(type) + "\ntype 100\nsee Enter PIN to confirm\ntype 1234\nsee "
        + requested(type, "100.00") + "\nend\n");
    String id = r.onlyOperation(key(type), CUSTOMER, "pending-agent");

    HttpResponse<String> accepted = r.api(key(type), "POST", "/api/v1/operations/" + id + "/accept", null);

    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(accepted.body()).contains("\"status\":\"completed\"").doesNotContain(CUSTOMER);
    assertMoved(type, customer, partner, 10_000);
    assertThat(r.sms(CUSTOMER)).anyMatch(s -> s.contains("completed") && s.contains(id));
    assertThat(r.api(key(type), "GET", "/api/v1/notifications", null).body()).contains(id).contains("completed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cash-in", "cash-out", "merchant-payment"})
  void customerStartsAndThePartnerRejects(String type) {
    Money customer = r.customerBalance();
    Money partner = r.balance(partner(type));
    r.play(CUSTOMER, "dial *165#\n" + menu(type) + "\ntype 100\ntype 1234\nsee " + requested(type, "100.00") + "\n");
    String id = r.onlyOperation(key(type), CUSTOMER, "pending-agent");

    HttpResponse<String> rejected = r.api(key(type), "POST", "/api/v1/operations/" + id + "/reject", null);

    assertThat(rejected.statusCode()).isEqualTo(200);
    assertThat(rejected.body()).contains("\"status\":\"rejected\"");
    assertNothingMoved(customer, partner, type);
    assertThat(r.sms(CUSTOMER)).anyMatch(s -> s.contains("rejected. No money was moved."));
    assertThat(r.api(key(type), "POST", "/api/v1/operations/" + id + "/accept", null).statusCode()).isEqualTo(409);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cash-in", "cash-out", "merchant-payment"})
  void customerTypesAWrongPinThenCancels(String type) {
    Money customer = r.customerBalance();
    Money partner = r.balance(partner(type));
    r.play(CUSTOMER, "dial *165#\n" + menu(type) + "\ntype 100\ntype 9999\nsee Wrong PIN, 2 attempts left.\n"
        + "type 0\nsee Cancelled. No money was moved.\nend\n");
    assertThat(Running.ids(r.api(key(type), "GET", "/api/v1/operations?customer=%2B255712000001", null).body()))
        .isEmpty();
    assertNothingMoved(customer, partner, type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cash-in", "cash-out", "merchant-payment"})
  void customerNeverTypesThePin(String type) {
    Money customer = r.customerBalance();
    Money partner = r.balance(partner(type));
    r.play(CUSTOMER, "dial *165#\n" + menu(type) + "\ntype 100\nsee Enter PIN to confirm\n");
    r.clock.advance(Duration.ofSeconds(181));
    assertThat(Running.ids(r.api(key(type), "GET", "/api/v1/operations?customer=%2B255712000001", null).body()))
        .isEmpty();
    assertNothingMoved(customer, partner, type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cash-in", "cash-out", "merchant-payment"})
  void customerAsksForMoreThanTheLimit(String type) {
    r.play(CUSTOMER, "dial *165#\n" + menu(type) + "\ntype 600\nsee above the limit of 500.00 TZS\nend\n");
  }

  // ---- agent/merchant-initiated ----

  @ParameterizedTest
  @ValueSource(strings = {"cash-in", "cash-out", "merchant-payment"})
  void partnerStartsAndTheCustomerApprovesAfterAWrongPin(String type) {
    Money customer = r.customerBalance();
    Money partner = r.balance(partner(type));
    HttpResponse<String> created = r.create(key(type), type, CUSTOMER, "100.00");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains("\"status\":\"pending-customer\"").contains("\"customerName\":\"D*** C***\"");
    assertThat(r.sms(CUSTOMER)).anyMatch(s -> s.contains("asks you to approve") && s.contains("*165*6#"));

    r.play(CUSTOMER, "dial *165#\ntype 6\nsee " + pendingText(type, "100.00") + "\nsee Enter PIN to approve\n"
        + "type 9999\nsee Wrong PIN, 2 attempts left.\ntype 1234\nsee Approved. Ref " + Running.idOf(created)
        + "\nend\n");

    assertMoved(type, customer, partner, 10_000);
    assertThat(r.api(key(type), "GET", "/api/v1/operations?status=completed", null).body())
        .contains(Running.idOf(created));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cash-in", "cash-out", "merchant-payment"})
  void partnerStartsAndTheCustomerRejects(String type) {
    Money customer = r.customerBalance();
    Money partner = r.balance(partner(type));
    String id = Running.idOf(r.create(key(type), type, CUSTOMER, "100.00"));
    r.play(CUSTOMER, "dial *165*6#\ntype 0\nsee Request rejected. No money was moved.\nend\n");
    assertThat(r.api(key(type), "GET", "/api/v1/operations?status=rejected", null).body()).contains(id);
    assertNothingMoved(customer, partner, type);
    assertThat(r.api(key(type), "GET", "/api/v1/notifications", null).body()).contains(id).contains("rejected");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cash-in", "cash-out", "merchant-payment"})
  void partnerStartsAndTheCustomerNeverAnswers(String type) {
    Money customer = r.customerBalance();
    Money partner = r.balance(partner(type));
    String id = Running.idOf(r.create(key(type), type, CUSTOMER, "100.00"));
    r.clock.advance(Duration.ofMinutes(6));
    assertThat(r.api(key(type), "GET", "/api/v1/operations?status=expired", null).body()).contains(id);
    r.play(CUSTOMER, "dial *165*6#\nsee You have no pending requests.\nend\n");
    assertNothingMoved(customer, partner, type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cash-in", "cash-out", "merchant-payment"})
  void partnerAsksForMoreThanTheLimit(String type) {
    HttpResponse<String> refused = r.create(key(type), type, CUSTOMER, "600.00");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("greaterThanTransactionMaxValue");
  }

  // ---- the rest of the showcase ----

  @Test
  void theDailyLimitOfTheCustomersTierHoldsAcrossOperations() {
    try (Running small = new Running(java.util.Map.of("limits.daily-tier0", "150.00"))) {
      small.play(CUSTOMER, "dial *165#\ntype 7\ntype +255712000002\ntype 100\ntype 1234\nsee Sent 100.00 TZS\nend\n");
      small.play(CUSTOMER, "dial *165#\ntype 4\ntype 100\nsee above the limit of 150.00 TZS\nend\n");
      small.play(CUSTOMER, "dial *165#\ntype 4\ntype 50\ntype 1234\nsee Cash-out of 50.00 TZS requested\nend\n");
      small.assertConserved();
    }
  }

  @Test
  void aWrongMerchantCodeIsRefusedOnUssd() {
    r.play(CUSTOMER, "dial *165#\ntype 5\ntype 9999\nsee Unknown merchant code 9999. No money was moved.\nend\n");
  }

  @Test
  void anAgentServesACustomerByTokenButNotOnceTheTokenIsDeleted() {
    String token = tokenOf();
    HttpResponse<String> account = r.api(AGENT_KEY, "GET", "/api/v1/accounts/" + token, null);
    assertThat(account.body()).contains("\"displayName\":\"D*** C***\"").contains("\"hasToken\":true")
        .doesNotContain("712000001");
    HttpResponse<String> created = r.create(AGENT_KEY, "cash-in", token, "50.00");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).doesNotContain("712000001");

    r.play(CUSTOMER, "dial *165*2*1#\nsee Your token was deleted\nend\n"
        + "dial *165*2*1#\nsee You have no token.\nend\n");
    assertThat(r.create(AGENT_KEY, "cash-in", token, "50.00").statusCode()).isEqualTo(404);
    assertThat(r.api(AGENT_KEY, "GET", "/api/v1/accounts/" + token, null).statusCode()).isEqualTo(404);
  }

  /** Gets the customer a token over USSD and reads it off the screen, as the customer would. */
  private String tokenOf() {
    AfricasTalkingHandset handset = new AfricasTalkingHandset(
        AtHandsetOptions.of(URI.create(r.base + "/ussd/africastalking"), CUSTOMER));
    try {
      String text = handset.dial("*165*1#").text();
      assertThat(text).contains("Your token is");
      return text.replaceAll("(?s).*Your token is ([0-9 ]+)\\..*", "$1").replace(" ", "");
    } catch (HandsetException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void partnersSeeOnlyTheirOwnOperationsAndNeedTheirKey() {
    String id = Running.idOf(r.create(AGENT_KEY, "cash-in", CUSTOMER, "50.00"));
    assertThat(r.api(MERCHANT_KEY, "POST", "/api/v1/operations/" + id + "/accept", null).statusCode()).isEqualTo(404);
    assertThat(r.api("wrong-key", "GET", "/api/v1/operations", null).statusCode()).isEqualTo(401);
    assertThat(r.create(AGENT_KEY, "merchant-payment", CUSTOMER, "50.00").statusCode()).isEqualTo(403);
    HttpResponse<String> bad = r.create(AGENT_KEY, "cash-in", CUSTOMER, "lots");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"amount\"");
  }
}
