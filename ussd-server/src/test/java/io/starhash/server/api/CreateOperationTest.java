package io.starhash.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.starhash.core.api.ApiResult;
import io.starhash.core.api.PartnerApi.NewOperation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/** {@code POST /api/v1/operations}: the bearer key, the body's shape, and the engine's answer. */
class CreateOperationTest {

  private static final String OPERATIONS = "/api/v1/operations";
  private static final String CASH_IN = "{\"type\":\"cash-in\",\"customer\":\"+255712000001\",\"amount\":\"100.00\"}";

  private final RouterHarness api = new RouterHarness();

  @Test
  void createdOperationIs201WithTheViewWithoutNullFields() {
    RouterHarness.Answer answer = api.post(OPERATIONS, CASH_IN);

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.response().contentType()).isEqualTo("application/json");
    assertThat(answer.body()).isEqualTo(FakePartnerApi.VIEW_JSON);
    assertThat(api.port.onlyCall("create"))
        .containsExactly(new NewOperation("cash-in", "+255712000001", "100.00"));
    assertThat(api.count("api.requests", "endpoint", "createOperation", "status", "201")).isEqualTo(1);
  }

  @Test
  void everyTypeAndAmountShapeIsPassedAsSent() {
    api.post(OPERATIONS, "{\"type\":\"merchant-payment\",\"customer\":\"481233075\",\"amount\":\"5\",\"note\":1}");
    api.post(OPERATIONS, "{\"type\":\"cash-out\",\"customer\":\"0712000001\",\"amount\":\"123456789.5\"}");

    assertThat(api.port.calls).extracting(c -> c.args().get(0)).containsExactly(
        new NewOperation("merchant-payment", "481233075", "5"),
        new NewOperation("cash-out", "0712000001", "123456789.5"));
  }

  @Test
  void missingOrWrongBearerIs401WithAChallengeAndNoCall() {
    List<String> headers = Arrays.asList(null, "Basic YWdlbnQ6cGFzcw==", "Bearer ", "Bearer wrong-key",
        "Bearer " + FakePartnerApi.KEY + " extra", "Bearer " + "k".repeat(257));

    for (String header : headers) {
      RouterHarness.Answer answer = api.send("POST", OPERATIONS, header, CASH_IN);

      assertThat(answer.status()).as(String.valueOf(header)).isEqualTo(401);
      assertThat(answer.response().headers()).containsEntry("WWW-Authenticate", "Bearer");
      assertThat(answer.body()).isEqualTo("{\"errorCode\":\"unauthorized\",\"message\":\"missing or wrong bearer key\"}");
    }
    assertThat(api.port.calls).isEmpty();
    assertThat(api.port.authenticatedOn).hasSize(1);
    assertThat(api.count("api.rejected", "endpoint", "createOperation", "reason", "unauthorized"))
        .isEqualTo(headers.size());
  }

  @Test
  void lowerCaseSchemeIsAccepted() {
    assertThat(api.send("POST", OPERATIONS, "bearer " + FakePartnerApi.KEY, CASH_IN).status()).isEqualTo(201);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{                                                                         | ",
      "[]                                                                        | ",
      "`{\"type\":\"cash-in\"} {}`                                               | ",
      "`{\"type\":\"cash-in\",\"type\":\"cash-out\",\"customer\":\"1\",\"amount\":\"1\"}` | ",
      "`{\"customer\":\"+255712000001\",\"amount\":\"1\"}`                       | type",
      "`{\"type\":null,\"customer\":\"+255712000001\",\"amount\":\"1\"}`         | type",
      "`{\"type\":\"loan\",\"customer\":\"+255712000001\",\"amount\":\"1\"}`     | type",
      "`{\"type\":\"CASH-IN\",\"customer\":\"+255712000001\",\"amount\":\"1\"}`  | type",
      "`{\"type\":1,\"customer\":\"+255712000001\",\"amount\":\"1\"}`            | type",
      "`{\"type\":\"cash-in\",\"amount\":\"1\"}`                                 | customer",
      "`{\"type\":\"cash-in\",\"customer\":\"\",\"amount\":\"1\"}`               | customer",
      "`{\"type\":\"cash-in\",\"customer\":\"   \",\"amount\":\"1\"}`            | customer",
      "`{\"type\":\"cash-in\",\"customer\":255712000001,\"amount\":\"1\"}`       | customer",
      "`{\"type\":\"cash-in\",\"customer\":\"123456789012345678901234567890123\",\"amount\":\"1\"}` | customer",
      "`{\"type\":\"cash-in\",\"customer\":\"+255712000001\"}`                   | amount",
      "`{\"type\":\"cash-in\",\"customer\":\"+255712000001\",\"amount\":100}`    | amount",
      "`{\"type\":\"cash-in\",\"customer\":\"+255712000001\",\"amount\":\"\"}`   | amount",
      "`{\"type\":\"cash-in\",\"customer\":\"+255712000001\",\"amount\":\"100.001\"}` | amount",
      "`{\"type\":\"cash-in\",\"customer\":\"+255712000001\",\"amount\":\"-5\"}` | amount",
      "`{\"type\":\"cash-in\",\"customer\":\"+255712000001\",\"amount\":\"1e3\"}` | amount",
      "`{\"type\":\"cash-in\",\"customer\":\"+255712000001\",\"amount\":\"1234567890\"}` | amount",
      "`{\"type\":\"cash-in\",\"customer\":\"+255712000001\",\"amount\":\".5\"}` | amount",
      "`{\"type\":\"cash-in\",\"customer\":\"+255712000001\",\"amount\":\"1,00\"}` | amount",
  })
  void badBodyIs400NamingTheFieldAndNeverReachesTheEngine(String body, String field) {
    RouterHarness.Answer answer = api.post(OPERATIONS, body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).startsWith("{\"errorCode\":\"validation\",\"message\":\"");
    if (field == null) {
      assertThat(answer.body()).doesNotContain("\"field\"");
    } else {
      assertThat(answer.body()).endsWith("\"field\":\"" + field + "\"}");
    }
    assertThat(api.port.calls).isEmpty();
    assertThat(api.count("api.rejected", "endpoint", "createOperation", "reason", "validation")).isEqualTo(1);
  }

  @Test
  void businessRuleRefusalIs422WithTheEngineCode() {
    api.port.operation = ApiResult.problem(422, "greaterThanTransactionMaxValue", "above the limit of 500.00");

    RouterHarness.Answer answer = api.post(OPERATIONS, CASH_IN);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body())
        .isEqualTo("{\"errorCode\":\"greaterThanTransactionMaxValue\",\"message\":\"above the limit of 500.00\"}");
    assertThat(api.count("api.rejected", "endpoint", "createOperation", "reason", "port_422")).isEqualTo(1);
  }

  @Test
  void engineFieldProblemKeepsItsField() {
    api.port.operation = ApiResult.badField("customer", "no such customer");

    RouterHarness.Answer answer = api.post(OPERATIONS, CASH_IN);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body())
        .isEqualTo("{\"errorCode\":\"validation\",\"message\":\"no such customer\",\"field\":\"customer\"}");
  }

  @Test
  void refusalIsLoggedOnceWithThePhoneMaskedAndNeverTheKey() {
    Logger logger = (Logger) LoggerFactory.getLogger(ApiMetrics.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      api.port.operation = ApiResult.problem(422, "payerLimitReached", "the limit of +255712000001 is reached");
      api.post(OPERATIONS, CASH_IN);
    } finally {
      logger.detachAppender(appender);
    }

    assertThat(appender.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
        .contains("createOperation 422 port_422")
        .contains("subject=+2557****0001")
        .contains("the limit of +2557****0001 is reached")
        .doesNotContain("255712000001")
        .doesNotContain(FakePartnerApi.KEY));
  }

  @Test
  void engineBreakingItsContractIs500() {
    api.port.thrown = new IllegalStateException("boom");
    RouterHarness.Answer thrown = api.post(OPERATIONS, CASH_IN);
    api.port.thrown = null;
    api.port.failStages = true;
    RouterHarness.Answer failed = api.post(OPERATIONS, CASH_IN);
    api.port.failStages = false;
    api.port.operation = null;
    RouterHarness.Answer nullResult = api.post(OPERATIONS, CASH_IN);

    assertThat(List.of(thrown, failed, nullResult)).allSatisfy(answer -> {
      assertThat(answer.status()).isEqualTo(500);
      assertThat(answer.body()).isEqualTo("{\"errorCode\":\"internal\",\"message\":\"internal error\"}");
    });
    assertThat(api.count("api.requests", "endpoint", "createOperation", "status", "500")).isEqualTo(3);
  }
}
