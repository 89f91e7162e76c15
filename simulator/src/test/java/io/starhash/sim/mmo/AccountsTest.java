package io.starhash.sim.mmo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AccountsTest extends SimTestBase {

  private static final String NEW = "{\"accountIdentifiers\":[{\"key\":\"msisdn\",\"value\":\"+255712000077\"}],"
      + "\"name\":{\"fullName\":\"Neema Said\"}}";

  @Test
  void anAccountOpensOnceWithAZeroBalanceAndIssuesNoMoney() throws Exception {
    MmapiTestClient.Reply opened = client.raw("POST", "/v1.2/mm/accounts/individual", NEW);
    MmapiTestClient.Reply again = client.raw("POST", "/v1.2/mm/accounts/individual",
        NEW.replace("Neema Said", "Someone Else"));

    assertThat(opened.status()).isEqualTo(201);
    assertThat(opened.json().get("accountIdentifiers")).isEqualTo(MmapiTestClient.party("msisdn:+255712000077"));
    assertThat(opened.json().at("/name/fullName").asText()).isEqualTo("Neema Said");
    assertThat(opened.text("accountStatus")).isEqualTo("available");
    assertThat(opened.text("currency")).isEqualTo("TZS");
    assertThat(opened.text("creationDate")).isEqualTo("2026-03-01T08:00:00Z");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json()).isEqualTo(opened.json());
    assertThat(sim.balance("msisdn", "+255712000077")).hasValue(tzs("0.00"));
    assertConserved();
  }

  @Test
  void aNewAccountCanReceiveAndSpend() throws Exception {
    client.raw("POST", "/v1.2/mm/accounts/individual", NEW);

    pay("deposit", "300.00", AGENT, "msisdn:+255712000077");
    pay("transfer", "120.00", "msisdn:+255712000077", ALICE);

    assertThat(client.get("/accounts/msisdn/+255712000077/balance").text("availableBalance")).isEqualTo("180.00");
    assertConserved();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"name\":{\"fullName\":\"X\"}}",
      "{\"accountIdentifiers\":[{\"key\":\"msisdn\",\"value\":\"+255712000077\"}]}",
      "{\"accountIdentifiers\":[{\"key\":\"msisdn\",\"value\":\"+255712000077\"}],\"name\":{\"fullName\":\"  \"}}",
      "{\"accountIdentifiers\":[{\"key\":\"msisdn\",\"value\":\"+1\"},{\"key\":\"accountid\",\"value\":\"2\"}],\"name\":{\"fullName\":\"X\"}}",
      "not json"})
  void aBadAccountRequestIs400(String body) throws Exception {
    MmapiTestClient.Reply r = client.raw("POST", "/v1.2/mm/accounts/individual", body);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.text("errorCategory")).isEqualTo("validation");
    assertThat(sim.balance("msisdn", "+255712000077")).isEmpty();
  }

  @Test
  void theBalanceHasTheMmapiShape() throws Exception {
    MmapiTestClient.Reply r = client.get("/accounts/msisdn/%2B255712000001/balance");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text("availableBalance")).isEqualTo("1000.00");
    assertThat(r.text("currentBalance")).isEqualTo("1000.00");
    assertThat(r.text("currency")).isEqualTo("TZS");
    assertThat(r.text("accountStatus")).isEqualTo("available");
  }

  @Test
  void theAccountNameIsTheHoldersFullName() throws Exception {
    assertThat(client.get("/accounts/accountid/M4321/accountname").json().at("/name/fullName").asText())
        .isEqualTo("Duka la Mama");
  }

  @ParameterizedTest
  @ValueSource(strings = {"balance", "accountname", "statemententries", "transactions"})
  void anUnknownAccountIs404(String what) throws Exception {
    MmapiTestClient.Reply r = client.get("/accounts/msisdn/+255712999999/" + what);

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.text("errorCategory")).isEqualTo("identification");
    assertThat(r.text("errorCode")).isEqualTo("identifierError");
  }

  @ParameterizedTest
  @ValueSource(strings = {"statemententries", "transactions"})
  void theStatementListsTheAccountsTransactionsNewestFirst(String path) throws Exception {
    String first = pay("deposit", "10.00", AGENT, ALICE).text("objectReference");
    pay("transfer", "20.00", BOB, MERCHANT);
    String second = pay("transfer", "30.00", ALICE, BOB).text("objectReference");
    String third = pay("merchantpay", "40.00", ALICE, MERCHANT).text("objectReference");

    MmapiTestClient.Reply all = client.get("/accounts/msisdn/+255712000001/" + path);
    MmapiTestClient.Reply page = client.get("/accounts/msisdn/+255712000001/" + path + "?limit=1&offset=1");

    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().findValuesAsText("transactionReference")).containsExactly(third, second, first);
    assertThat(all.headers().firstValue("X-Records-Available-Count")).hasValue("3");
    JsonNode newest = all.json().get(0);
    assertThat(newest.get("amount").asText()).isEqualTo("40.00");
    assertThat(newest.get("debitParty")).isEqualTo(MmapiTestClient.party(ALICE));
    assertThat(page.json().findValuesAsText("transactionReference")).containsExactly(second);
    assertThat(page.headers().firstValue("X-Records-Returned-Count")).hasValue("1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=501", "limit=x", "offset=-1"})
  void aBadStatementPageIs400(String query) throws Exception {
    MmapiTestClient.Reply r = client.get("/accounts/msisdn/+255712000001/statemententries?" + query);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.text("errorCode")).isEqualTo("formatError");
  }

  @Test
  void openingInProcessIsIdempotentAndCountsTheIssue() {
    var issued = sim.totalIssued();

    boolean opened = sim.openAccount("accountid", "A001", "Float", tzs("75.50"));
    boolean again = sim.openAccount("accountid", "A001", "Float", tzs("75.50"));

    assertThat(opened).isTrue();
    assertThat(again).isFalse();
    assertThat(sim.totalIssued()).isEqualTo(issued.plus(tzs("75.50")));
    assertConserved();
  }
}
