package io.starhash.core.mmo;

import static io.starhash.core.mmo.FakeMmo.error;
import static io.starhash.core.mmo.FakeMmo.json;
import static io.starhash.core.mmo.MmoFixtures.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.starhash.core.mmo.MmoGateway.AccountResult;
import io.starhash.core.mmo.MmoGateway.StatementLine;
import io.starhash.core.money.Money;
import io.starhash.core.testing.FreePorts;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountCallsTest extends GatewayHarness {

  private static final String ACCOUNT = "/accounts/msisdn/+255712000001";

  private HttpMmoGateway gateway() {
    return gateway(MmoFixtures.quick(mmo.base()));
  }

  @Test
  void openingAnAccountPostsItsIdentifierAndName() throws Exception {
    mmo.on("POST", "/accounts/individual", json(201, "{\"accountIdentifiers\":[]}"));

    assertThat(join(gateway().openAccount(CUSTOMER, "Asha Juma")))
        .isEqualTo(new AccountResult.Opened(CUSTOMER));

    JsonNode body = MmapiJson.MAPPER.readTree(mmo.seen().get(0).body());
    assertThat(body.at("/accountIdentifiers/0/key").asText()).isEqualTo("msisdn");
    assertThat(body.at("/accountIdentifiers/0/value").asText()).isEqualTo("+255712000001");
    assertThat(body.at("/name/fullName").asText()).isEqualTo("Asha Juma");
  }

  @Test
  void anAccountThatExistsIsOpenedOneThatIsRefusedSaysWhy() {
    HttpMmoGateway gateway = gateway();
    mmo.on("POST", "/accounts/individual", json(409, error("validation", "duplicateRequest")),
        json(400, error("validation", "formatError")),
        json(503, error("serviceUnavailable", "genericError")));

    assertThat(join(gateway.openAccount(CUSTOMER, "Asha"))).isInstanceOf(AccountResult.Opened.class);
    assertThat(join(gateway.openAccount(CUSTOMER, "Asha"))).isEqualTo(new AccountResult.Refused(
        new MmoError("validation", "formatError", "scripted")));
    assertThat(join(gateway.openAccount(CUSTOMER, "Asha")))
        .isInstanceOf(AccountResult.Unavailable.class);
  }

  @Test
  void theBalanceIsReadAndAMissingAccountHasNone() {
    HttpMmoGateway gateway = gateway();
    mmo.on("GET", ACCOUNT + "/balance",
        json(200, "{\"availableBalance\":\"1000.5\",\"currency\":\"TZS\",\"accountStatus\":\"available\"}"),
        json(404, error("identification", "genericError")));

    assertThat(join(gateway.balance(CUSTOMER))).contains(new Money(100_050, "TZS"));
    assertThat(join(gateway.balance(CUSTOMER))).isEmpty();
    assertThat(mmo.seen().get(0).path()).isEqualTo(ACCOUNT + "/balance");
  }

  @Test
  void aBalanceTheMmoCannotGiveFailsWithItsError() {
    HttpMmoGateway gateway = gateway();
    mmo.on("GET", ACCOUNT + "/balance", json(503, error("serviceUnavailable", "genericError")),
        json(401, error("authorisation", "clientAuthorisationError")));

    assertThatThrownBy(() -> join(gateway.balance(CUSTOMER))).hasRootCauseInstanceOf(MmoException.class)
        .rootCause().satisfies(e -> assertThat(((MmoException) e).error().isServiceUnavailable()).isTrue());
    assertThatThrownBy(() -> join(gateway.balance(CUSTOMER))).rootCause()
        .satisfies(e -> assertThat(((MmoException) e).error().code()).isEqualTo("clientAuthorisationError"));
  }

  @Test
  void theAccountNameIsTheFullNameOrNothing() {
    HttpMmoGateway gateway = gateway();
    mmo.on("GET", ACCOUNT + "/accountname",
        json(200, "{\"name\":{\"fullName\":\"Asha Juma\",\"title\":\"Ms\"},\"lei\":\"x\"}"),
        json(200, "{\"name\":{\"firstName\":\"Asha\",\"lastName\":\"Juma\"}}"),
        json(404, error("identification", "genericError")));

    assertThat(join(gateway.accountName(CUSTOMER))).contains("Asha Juma");
    assertThat(join(gateway.accountName(CUSTOMER))).contains("Asha Juma");
    assertThat(join(gateway.accountName(CUSTOMER))).isEqualTo(Optional.empty());
  }

  @Test
  void theStatementMarksCreditsAndListsTheNewestFirst() {
    mmo.on("GET", ACCOUNT + "/statemententries", json(200, """
        [{"transactionReference":"R1","type":"deposit","amount":"250.00","currency":"TZS",
          "debitParty":[{"key":"msisdn","value":"+255712000002"}],
          "creditParty":[{"key":"msisdn","value":"+255712000001"}],
          "creationDate":"2026-01-01T10:00:00.000Z","transactionStatus":"completed"},
         {"transactionReference":"R2","type":"merchantpay","amount":"20","currency":"TZS",
          "debitParty":[{"key":"msisdn","value":"255712000001"}],
          "creditParty":[{"key":"accountid","value":"4321"}],
          "creationDate":"2026-01-02T10:00:00+03:00"},
         {"transactionReference":"R3","type":"billpay","amount":"1.00","currency":"TZS"}]
        """));

    var lines = join(gateway().statement(CUSTOMER, 5));

    assertThat(lines).containsExactly(
        new StatementLine("R2", TxType.MERCHANTPAY, new Money(2_000, "TZS"), false,
            Instant.parse("2026-01-02T07:00:00Z").toEpochMilli()),
        new StatementLine("R1", TxType.DEPOSIT, new Money(25_000, "TZS"), true,
            Instant.parse("2026-01-01T10:00:00Z").toEpochMilli()));
    assertThat(mmo.seen().get(0).path()).isEqualTo(ACCOUNT + "/statemententries?limit=5");
  }

  @Test
  void theHeartbeatSaysWhetherTheMmoIsThere() {
    mmo.on("GET", "/heartbeat", json(200, "{\"serviceStatus\":\"available\"}"),
        json(200, "{\"serviceStatus\":\"unavailable\"}"), json(503, ""));
    HttpMmoGateway gateway = gateway();
    URI nowhere = URI.create("http://127.0.0.1:" + FreePorts.loopback() + "/v1.2/mm");

    assertThat(join(gateway.heartbeat())).isTrue();
    assertThat(join(gateway.heartbeat())).isFalse();
    assertThat(join(gateway.heartbeat())).isFalse();
    assertThat(join(gateway(MmoFixtures.quick(nowhere)).heartbeat())).isFalse();
    assertThat(requests("heartbeat", "not_sent")).isEqualTo(1.0);
  }
}
