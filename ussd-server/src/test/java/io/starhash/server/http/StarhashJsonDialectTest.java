package io.starhash.server.http;

import static io.starhash.server.http.HttpRequests.JSON;
import static io.starhash.server.http.HttpRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.phone.Msisdn;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.SessionId;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden vectors of the starhash JSON dialect, through the whole pipeline on an EmbeddedChannel. */
class StarhashJsonDialectTest {

  private static final String PATH = "/ussd";

  private final TestEngines.Recording engine = new TestEngines.Recording();
  private final EmbeddedUssd ussd = new EmbeddedUssd(engine);

  @Test
  void hopDecodesToTheExactHopWithTheGatewayHopNumber() {
    ussd.exchange(post(PATH, JSON, """
        {"sessionId":"js-1","msisdn":"+255712000001","serviceCode":"*165#","input":"3",\
        "network":"vodacom","hop":2,"extra":{"ignored":true}}"""));

    assertThat(engine.hops).containsExactly(new Hop(
        new SessionId("js-1"), new Msisdn("+255712000001"), "*165#", "3",
        Hop.InputMode.SINGLE, 2, "vodacom", "json"));
  }

  @Test
  void firstHopWithoutInputNetworkOrHopNumber() {
    ussd.exchange(post(PATH, JSON + "; charset=utf-8",
        "{\"sessionId\":\"js-2\",\"msisdn\":\"0712000001\",\"serviceCode\":\"*165#\",\"input\":null}"));

    assertThat(engine.hops).containsExactly(new Hop(
        new SessionId("js-2"), new Msisdn("+255712000001"), "*165#", "",
        Hop.InputMode.SINGLE, 0, "", "json"));
  }

  @Test
  void screenIsEncodedAsTheJsonReply() {
    EmbeddedUssd fixed = new EmbeddedUssd(hop -> CompletableFuture.completedFuture(
        new HopResult(Screen.con("Enter PIN \"1234\""), "main", HopResult.Outcome.CONTINUE)));

    String response = fixed.exchange(post(PATH, JSON,
        "{\"sessionId\":\"js-3\",\"msisdn\":\"255712000001\",\"serviceCode\":\"*165#\",\"input\":\"\"}"));

    assertThat(response).isEqualTo("HTTP/1.1 200 OK\r\n"
        + "content-type: application/json\r\n"
        + "content-length: 74\r\n"
        + "\r\n"
        + "{\"sessionId\":\"js-3\",\"message\":\"Enter PIN \\\"1234\\\"\",\"continueSession\":true}");
  }

  @Test
  void endScreenSaysContinueSessionFalse() {
    EmbeddedUssd fixed = new EmbeddedUssd(hop -> CompletableFuture.completedFuture(
        new HopResult(Screen.end("Kwaheri é"), "main", HopResult.Outcome.END)));

    String response = fixed.exchange(post(PATH, JSON,
        "{\"sessionId\":\"js-4\",\"msisdn\":\"255712000001\",\"serviceCode\":\"*165#\",\"input\":\"0\"}"));

    assertThat(EmbeddedUssd.body(response))
        .isEqualTo("{\"sessionId\":\"js-4\",\"message\":\"Kwaheri é\",\"continueSession\":false}");
  }

  static Stream<Arguments> badRequests() {
    String ids = "\"sessionId\":\"s1\",\"serviceCode\":\"*165#\"";
    return Stream.of(
        Arguments.of(JSON, "{" + ids + "}", 400, "missing field: msisdn", "missing_field"),
        Arguments.of(JSON, "{\"msisdn\":\"255712000001\",\"serviceCode\":\"*165#\"}", 400, "missing field: sessionId", "missing_field"),
        Arguments.of(JSON, "{" + ids + ",\"msisdn\":255712000001}", 400, "field msisdn must be a string", "wrong_type"),
        Arguments.of(JSON, "{\"sessionId\":7,\"msisdn\":\"255712000001\"}", 400, "field sessionId must be a string", "wrong_type"),
        Arguments.of(JSON, "{" + ids + ",\"msisdn\":\"255712000001\",\"input\":[\"1\"]}", 400, "field input must be a string", "wrong_type"),
        Arguments.of(JSON, "{" + ids + ",\"msisdn\":\"255712000001\",\"hop\":\"2\"}", 400, "field hop must be an integer", "wrong_type"),
        Arguments.of(JSON, "{" + ids + ",\"msisdn\":\"255712000001\",\"hop\":1.5}", 400, "field hop must be an integer", "wrong_type"),
        Arguments.of(JSON, "{" + ids + ",\"msisdn\":\"255712000001\",\"hop\":0}", 400, "invalid hop", "invalid_field"),
        Arguments.of(JSON, "{" + ids + ",\"msisdn\":\"not a phone\"}", 400, "invalid msisdn", "invalid_phone"),
        Arguments.of(JSON, "{" + ids + ",\"msisdn\":\"255712000001\",\"input\":\"" + "9".repeat(513) + "\"}", 400, "input longer than 512 characters", "text_too_long"),
        Arguments.of(JSON, "{\"sessionId\":\"\",\"msisdn\":\"255712000001\",\"serviceCode\":\"*165#\"}", 400, "invalid sessionId", "invalid_session_id"),
        Arguments.of(JSON, "{" + ids + ",\"msisdn\":\"255712000001\",\"network\":\"a\\nb\"}", 400, "invalid network", "invalid_field"),
        Arguments.of(JSON, "{" + ids + ",", 400, "body is not valid JSON", "malformed_body"),
        Arguments.of(JSON, "{" + ids + ",\"sessionId\":\"s2\"}", 400, "body is not valid JSON", "malformed_body"),
        Arguments.of(JSON, "{" + ids + "} {}", 400, "body is not valid JSON", "malformed_body"),
        Arguments.of(JSON, "[]", 400, "body must be a JSON object", "malformed_body"),
        Arguments.of(JSON, "", 400, "body must be a JSON object", "malformed_body"),
        Arguments.of("text/plain", "{}", 415, "content type must be application/json", "unsupported_media_type"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("badRequests")
  void badRequestIsAnsweredWithItsStatusAndReasonAndCounted(
      String contentType, String body, int status, String reason, String tag) {
    String response = ussd.exchange(post(PATH, contentType, body));

    assertThat(EmbeddedUssd.statusLine(response)).startsWith("HTTP/1.1 " + status + " ");
    assertThat(EmbeddedUssd.body(response)).isEqualTo(reason);
    assertThat(ussd.count("ussd.rejected", "dialect", "json", "reason", tag)).isEqualTo(1);
    assertThat(engine.hops).isEmpty();
  }

  @Test
  void malformedUtf8IsRefusedBeforeJsonParsing() {
    byte[] body = {'{', '"', 's', 'e', 's', 's', 'i', 'o', 'n', 'I', 'd', '"', ':', '"', (byte) 0xFF, '"', '}'};

    String response = ussd.exchange(post(PATH, JSON, body, ""));

    assertThat(EmbeddedUssd.statusLine(response)).isEqualTo("HTTP/1.1 400 Bad Request");
    assertThat(EmbeddedUssd.body(response)).isEqualTo("body is not valid UTF-8");
    assertThat(ussd.count("ussd.rejected", "dialect", "json", "reason", "bad_encoding")).isEqualTo(1);
  }
}
