package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HttpErrorsTest extends SimTestBase {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"amount\":                                  | formatError",
      "[1, 2]                                        | formatError",
      "{}                                            | mandatoryValueNotSupplied",
      "{\"amount\":\"1.00\",\"currency\":\"TZS\",\"creditParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000002\"}]} | mandatoryValueNotSupplied",
      "{\"amount\":\"1.00\",\"currency\":\"KES\",\"debitParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000001\"}],\"creditParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000002\"}]} | currencyNotSupported",
      "{\"amount\":\"1.001\",\"currency\":\"TZS\",\"debitParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000001\"}],\"creditParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000002\"}]} | formatError",
      "{\"amount\":1.00,\"currency\":\"TZS\",\"debitParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000001\"}],\"creditParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000002\"}]} | formatError",
      "{\"amount\":\"-1.00\",\"currency\":\"TZS\",\"debitParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000001\"}],\"creditParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000002\"}]} | formatError",
      "{\"amount\":\"0.00\",\"currency\":\"TZS\",\"debitParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000001\"}],\"creditParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000002\"}]} | genericError",
      "{\"amount\":\"1.00\",\"currency\":\"TZS\",\"debitParty\":[],\"creditParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000002\"}]} | formatError",
      "{\"amount\":\"1.00\",\"currency\":\"TZS\",\"debitParty\":[{\"key\":\"MSISDN!\",\"value\":\"+255712000001\"}],\"creditParty\":[{\"key\":\"msisdn\",\"value\":\"+255712000002\"}]} | formatError"})
  void aMalformedTransactionIsA400ValidationErrorAndCreatesNothing(String body, String code) throws Exception {
    String id = newId();

    MmapiTestClient.Reply r = client.post("transfer", id, body, null);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.text("errorCategory")).isEqualTo("validation");
    assertThat(r.text("errorCode")).isEqualTo(code);
    assertThat(r.text("errorDescription")).isNotBlank();
    assertThat(client.get("/responses/" + id).status()).isEqualTo(404);
  }

  @Test
  void aBarePartyObjectIsAcceptedAsWellAsTheArray() throws Exception {
    String body = "{\"amount\":\"5.00\",\"currency\":\"TZS\",\"debitParty\":{\"key\":\"msisdn\",\"value\":\"+255712000001\"},"
        + "\"creditParty\":[{\"key\":\"accountid\",\"value\":\"M4321\"}]}";

    MmapiTestClient.Reply r = client.post("merchantpay", newId(), body, null);

    assertThat(awaitFinal(r.text("serverCorrelationId")).text("status")).isEqualTo("completed");
    assertThat(balance(MERCHANT)).isEqualTo(tzs("5.00"));
  }

  @Test
  void headersAreChecked() throws Exception {
    String body = MmapiTestClient.payment("1.00", ALICE, BOB);

    MmapiTestClient.Reply missing = client.post("transfer", null, body, null);
    MmapiTestClient.Reply badId = client.post("transfer", "has space", body, null);
    MmapiTestClient.Reply badCallback = client.send(client.postRequest("transfer", newId(), body,
        java.net.URI.create("ftp://example.org/cb"), java.time.Duration.ofSeconds(5)));

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.text("errorCode")).isEqualTo("mandatoryValueNotSupplied");
    assertThat(badId.text("errorCode")).isEqualTo("formatError");
    assertThat(badCallback.status()).isEqualTo(400);
    assertThat(badCallback.text("errorCode")).isEqualTo("formatError");
    assertThat(sim.transactions()).isEmpty();
  }

  @Test
  void anUnknownTransactionTypeIsAValidationError() throws Exception {
    MmapiTestClient.Reply r = client.post("payout", newId(), MmapiTestClient.payment("1.00", ALICE, BOB), null);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.text("errorDescription")).contains("payout");
  }

  @ParameterizedTest
  @CsvSource({"/nothing/here", "/transactions/type", "/accounts/msisdn/+255712000001/photo", "/"})
  void anUnknownPathIs404(String path) throws Exception {
    MmapiTestClient.Reply r = client.get(path);

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.text("errorCategory")).isEqualTo("identification");
  }

  @Test
  void pathsOutsideTheApiAre404AndWrongMethodsAre405() throws Exception {
    MmapiTestClient.Reply outside = client.raw("GET", "/v1.0/mm/heartbeat", null);
    MmapiTestClient.Reply wrongMethod = client.raw("DELETE", "/v1.2/mm/heartbeat", null);
    MmapiTestClient.Reply getAType = client.get("/transactions/type/transfer");

    assertThat(outside.status()).isEqualTo(404);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
    assertThat(getAType.status()).isEqualTo(405);
  }

  @Test
  void anOversizedBodyIs413() throws Exception {
    MmapiTestClient.Reply r = client.post("transfer", newId(), "{\"x\":\"" + "a".repeat(70_000) + "\"}", null);

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.text("errorCode")).isEqualTo("lengthError");
  }

  @Test
  void theHeartbeatSaysAvailable() throws Exception {
    MmapiTestClient.Reply r = client.get("/heartbeat");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text("serviceStatus")).isEqualTo("available");
  }
}
