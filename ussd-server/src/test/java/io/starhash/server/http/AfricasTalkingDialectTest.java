package io.starhash.server.http;

import static io.starhash.server.http.HttpRequests.FORM;
import static io.starhash.server.http.HttpRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.phone.Msisdn;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.HopResult;
import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.SessionId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden vectors of the Africa's Talking dialect, through the whole pipeline on an EmbeddedChannel. */
class AfricasTalkingDialectTest {

  private static final String PATH = "/ussd/africastalking";
  private static final String FIRST_HOP =
      "sessionId=ATUid_1&serviceCode=%2A165%23&phoneNumber=%2B255712000001&networkCode=63902&text=";

  private final TestEngines.Recording engine = new TestEngines.Recording();
  private final EmbeddedUssd ussd = new EmbeddedUssd(engine);

  @Test
  void firstHopDecodesToTheExactHop() {
    ussd.exchange(post(PATH, FORM, FIRST_HOP));

    assertThat(engine.hops).containsExactly(new Hop(
        new SessionId("ATUid_1"), new Msisdn("+255712000001"), "*165#", "",
        Hop.InputMode.CUMULATIVE, 0, "63902", "africastalking"));
  }

  @Test
  void laterHopKeepsTheCumulativeTextAndDecodesEscapesPlusAndUtf8() {
    String body = "phoneNumber=255712000001&sessionId=s-2&serviceCode=*165*3%23"
        + "&text=1*3*500*Mama+Asha*caf%C3%A9*ni*%2A";

    ussd.exchange(post(PATH, FORM, body));

    Hop hop = engine.hops.get(0);
    assertThat(hop.text()).isEqualTo("1*3*500*Mama Asha*café*ni**");
    assertThat(hop.serviceCode()).isEqualTo("*165*3#");
    assertThat(hop.msisdn()).isEqualTo(new Msisdn("+255712000001"));
    assertThat(hop.network()).isEmpty();
  }

  @Test
  void rawUtf8BytesInTheBodyAreAccepted() {
    ussd.exchange(post(PATH, FORM + "; charset=UTF-8", FIRST_HOP + "habari+ya+café"));

    assertThat(engine.hops.get(0).text()).isEqualTo("habari ya café");
  }

  @Test
  void continueScreenIsEncodedAsConPlainText() {
    EmbeddedUssd fixed = new EmbeddedUssd(hop -> CompletableFuture.completedFuture(
        new HopResult(Screen.con("Welcome\n1 Get my token"), "main", HopResult.Outcome.CONTINUE)));

    String response = fixed.exchange(post(PATH, FORM, FIRST_HOP));

    assertThat(response).isEqualTo("HTTP/1.1 200 OK\r\n"
        + "content-type: text/plain; charset=utf-8\r\n"
        + "content-length: 26\r\n"
        + "\r\n"
        + "CON Welcome\n1 Get my token");
  }

  @Test
  void endScreenIsEncodedAsEndInUtf8() {
    EmbeddedUssd fixed = new EmbeddedUssd(hop -> CompletableFuture.completedFuture(
        new HopResult(Screen.end("Asante — kwaheri"), "main", HopResult.Outcome.END)));

    String response = fixed.exchange(post(PATH, FORM, FIRST_HOP));

    assertThat(response).isEqualTo("HTTP/1.1 200 OK\r\n"
        + "content-type: text/plain; charset=utf-8\r\n"
        + "content-length: 22\r\n"
        + "\r\n"
        + "END Asante — kwaheri");
  }

  static Stream<Arguments> badRequests() {
    String ok = "sessionId=s1&serviceCode=*165%23&phoneNumber=255712000001&networkCode=63902";
    return Stream.of(
        Arguments.of(FORM, "serviceCode=*165%23&phoneNumber=255712000001&text=", 400, "missing field: sessionId", "missing_field"),
        Arguments.of(FORM, "sessionId=s1&serviceCode=*165%23&text=", 400, "missing field: phoneNumber", "missing_field"),
        Arguments.of(FORM, "sessionId=s1&phoneNumber=255712000001&text=", 400, "missing field: serviceCode", "missing_field"),
        Arguments.of(FORM, "sessionId=s1&serviceCode=*165%23&phoneNumber=12&text=", 400, "invalid phoneNumber", "invalid_phone"),
        Arguments.of(FORM, "sessionId=s1&serviceCode=*165%23&phoneNumber=hello&text=", 400, "invalid phoneNumber", "invalid_phone"),
        Arguments.of(FORM, "sessionId=a+b&serviceCode=*165%23&phoneNumber=255712000001", 400, "invalid sessionId", "invalid_session_id"),
        Arguments.of(FORM, "sessionId=" + "x".repeat(129) + "&serviceCode=*165%23&phoneNumber=255712000001", 400, "invalid sessionId", "invalid_session_id"),
        Arguments.of(FORM, "sessionId=s1&serviceCode=USSD&phoneNumber=255712000001", 400, "invalid serviceCode", "invalid_field"),
        Arguments.of(FORM, ok + "&text=" + "1*".repeat(256) + "1", 400, "text longer than 512 characters", "text_too_long"),
        Arguments.of(FORM, ok + "&text=%FF", 400, "body is not valid UTF-8", "bad_encoding"),
        Arguments.of(FORM, ok + "&text=%C3%28", 400, "body is not valid UTF-8", "bad_encoding"),
        Arguments.of(FORM, ok + "&text=%zz", 400, "body is not a valid form", "malformed_body"),
        Arguments.of("application/json", ok, 415, "content type must be application/x-www-form-urlencoded", "unsupported_media_type"),
        Arguments.of(FORM + "; charset=ISO-8859-1", ok, 415, "charset must be utf-8", "unsupported_media_type"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("badRequests")
  void badRequestIsAnsweredWithItsStatusAndReasonAndCounted(
      String contentType, String body, int status, String reason, String tag) {
    String response = ussd.exchange(post(PATH, contentType, body));

    assertThat(EmbeddedUssd.statusLine(response)).startsWith("HTTP/1.1 " + status + " ");
    assertThat(response).contains("content-type: text/plain; charset=utf-8\r\n");
    assertThat(EmbeddedUssd.body(response)).isEqualTo(reason);
    assertThat(ussd.count("ussd.rejected", "dialect", "africastalking", "reason", tag)).isEqualTo(1);
    assertThat(engine.hops).isEmpty();
    assertThat(ussd.channel.isActive()).as("a 4xx keeps the connection").isTrue();
  }

  @Test
  void malformedUtf8BytesInTheRawBodyAreRefused() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(FIRST_HOP.getBytes(StandardCharsets.US_ASCII));
    body.write(0xC3);
    body.write(0x28);

    String response = ussd.exchange(post(PATH, FORM, body.toByteArray(), ""));

    assertThat(EmbeddedUssd.statusLine(response)).isEqualTo("HTTP/1.1 400 Bad Request");
    assertThat(EmbeddedUssd.body(response)).isEqualTo("body is not valid UTF-8");
  }

  @Test
  void getIsMethodNotAllowedAndSaysWhatIs() {
    String response = ussd.exchange(HttpRequests.get(PATH));

    assertThat(EmbeddedUssd.statusLine(response)).isEqualTo("HTTP/1.1 405 Method Not Allowed");
    assertThat(response).contains("allow: POST\r\n");
    assertThat(EmbeddedUssd.body(response)).isEqualTo("method GET not allowed; use POST");
    assertThat(ussd.count("ussd.rejected", "dialect", "africastalking", "reason", "method_not_allowed")).isEqualTo(1);
  }
}
