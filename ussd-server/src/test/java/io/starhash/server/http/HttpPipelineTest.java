package io.starhash.server.http;

import static io.starhash.server.http.HttpRequests.FORM;
import static io.starhash.server.http.HttpRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.FullHttpRequest;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.Screen;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The connection pipeline end to end on an EmbeddedChannel: routing, HTTP semantics, ordering, metrics. */
class HttpPipelineTest {

  private static final String AT = "/ussd/africastalking";
  private static final String HOP = "sessionId=p-1&serviceCode=*165%23&phoneNumber=255712000001&text=";

  private final TestEngines.Recording engine = new TestEngines.Recording();
  private final EmbeddedUssd ussd = new EmbeddedUssd(engine);

  @Test
  void unknownPathIsNotFound() {
    String response = ussd.exchange(HttpRequests.get("/nope?x=1"));

    assertThat(EmbeddedUssd.statusLine(response)).isEqualTo("HTTP/1.1 404 Not Found");
    assertThat(EmbeddedUssd.body(response)).isEqualTo("not found");
    assertThat(ussd.count("ussd.rejected", "dialect", "none", "reason", "not_found")).isEqualTo(1);
  }

  @Test
  void postToAnOperationsEndpointIsMethodNotAllowed() {
    String response = ussd.exchange(post("/health", FORM, ""));

    assertThat(EmbeddedUssd.statusLine(response)).isEqualTo("HTTP/1.1 405 Method Not Allowed");
    assertThat(response).contains("allow: GET\r\n");
    assertThat(ussd.count("ussd.rejected", "dialect", "admin", "reason", "method_not_allowed")).isEqualTo(1);
  }

  @Test
  void answeredHopIsCountedAndTimed() {
    ussd.exchange(post(AT, FORM, HOP));
    ussd.exchange(post(AT, FORM, HOP + "7"));

    assertThat(ussd.count("ussd.hops", "flow", "echo", "dialect", "africastalking", "outcome", "continue"))
        .isEqualTo(2);
    assertThat(ussd.registry.get("ussd.hop.latency").tag("dialect", "africastalking").timer().count())
        .isEqualTo(2);
  }

  @Test
  void keepAliveIsTheHttp11Default() {
    String response = ussd.exchange(post(AT, FORM, HOP));

    assertThat(response).doesNotContainIgnoringCase("connection:");
    assertThat(ussd.channel.isActive()).isTrue();
  }

  @Test
  void connectionCloseIsHonoured() {
    String response = ussd.exchange(post(AT, FORM, HOP.getBytes(StandardCharsets.US_ASCII), "Connection: close\r\n"));

    assertThat(response).contains("connection: close\r\n").endsWith("CON Welcome");
    assertThat(ussd.channel.isActive()).isFalse();
  }

  @Test
  void http10ClosesUnlessAskedToKeepAlive() {
    String request10 = "POST " + AT + " HTTP/1.0\r\nContent-Type: " + FORM + "\r\nContent-Length: "
        + HOP.length() + "\r\n";
    EmbeddedUssd other = new EmbeddedUssd(new TestEngines.Recording());

    String kept = ussd.exchange((request10 + "Connection: keep-alive\r\n\r\n" + HOP).getBytes(StandardCharsets.US_ASCII));
    String closed = other.exchange((request10 + "\r\n" + HOP).getBytes(StandardCharsets.US_ASCII));

    assertThat(kept).startsWith("HTTP/1.0 200 OK\r\n").contains("connection: keep-alive\r\n");
    assertThat(ussd.channel.isActive()).isTrue();
    assertThat(closed).startsWith("HTTP/1.0 200 OK\r\n").doesNotContainIgnoringCase("connection:");
    assertThat(other.channel.isActive()).isFalse();
  }

  @Test
  void oversizedBodyWithKnownLengthIs413AndTheConnectionGoesOn() {
    String big = HOP + "1".repeat(HttpServerSettings.DEFAULT_MAX_BODY_BYTES);

    String response = ussd.exchange(post(AT, FORM, big));
    String next = ussd.exchange(post(AT, FORM, HOP + "5"));

    assertThat(EmbeddedUssd.statusLine(response)).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
    assertThat(EmbeddedUssd.body(response)).isEqualTo("body larger than 8192 bytes");
    assertThat(ussd.count("ussd.rejected", "dialect", "africastalking", "reason", "body_too_large")).isEqualTo(1);
    assertThat(next).startsWith("HTTP/1.1 200 OK").endsWith("CON you typed 5");
    assertThat(engine.hops).extracting(Hop::text).containsExactly("5");
  }

  @Test
  void oversizedChunkedBodyIs413AndCloses() {
    String chunk = "1".repeat(5000);
    String request = "POST " + AT + " HTTP/1.1\r\nContent-Type: " + FORM + "\r\nTransfer-Encoding: chunked\r\n\r\n"
        + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"
        + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n";

    String response = ussd.exchange(request.getBytes(StandardCharsets.US_ASCII));

    assertThat(EmbeddedUssd.statusLine(response)).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
    assertThat(response).contains("connection: close\r\n");
    assertThat(ussd.channel.isActive()).isFalse();
  }

  @Test
  void malformedHttpIs400AndCloses() {
    String response = ussd.exchange("\u0001\u0002 not http at all\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(response).contains(" 400 Bad Request\r\n");
    assertThat(EmbeddedUssd.body(response)).isEqualTo("malformed HTTP request");
    assertThat(ussd.count("ussd.rejected", "dialect", "none", "reason", "malformed_http")).isEqualTo(1);
    assertThat(ussd.channel.isActive()).isFalse();
  }

  @Test
  void pipelinedRequestsAreAnsweredInRequestOrder() {
    TestEngines.Pending pending = new TestEngines.Pending();
    EmbeddedUssd slow = new EmbeddedUssd(pending);
    byte[] first = post(AT, FORM, HOP + "1");
    byte[] second = post(AT, FORM, HOP + "2");
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);

    assertThat(slow.exchange(both)).isEmpty();
    assertThat(pending.pending).hasSize(1);
    pending.pending.poll().answer(Screen.con("one"));
    slow.channel.runPendingTasks();
    pending.pending.poll().answer(Screen.end("two"));
    slow.channel.runPendingTasks();

    String responses = slow.drain();
    assertThat(responses).containsSubsequence("CON one", "END two");
    assertThat(slow.channel.config().isAutoRead()).isTrue();
  }

  @Test
  void tooManyPipelinedRequestsCloseTheConnection() {
    TestEngines.Pending pending = new TestEngines.Pending();
    EmbeddedUssd slow = new EmbeddedUssd(pending);
    byte[] one = post(AT, FORM, HOP);
    int count = SerialRequests.MAX_WAITING + 2;
    byte[] many = new byte[one.length * count];
    for (int i = 0; i < count; i++) {
      System.arraycopy(one, 0, many, i * one.length, one.length);
    }

    slow.exchange(many);

    assertThat(pending.pending).hasSize(1);
    assertThat(slow.channel.isActive()).isFalse();
  }

  @Test
  void replyForAClosedConnectionIsDroppedAndCounted() {
    TestEngines.Pending pending = new TestEngines.Pending();
    EmbeddedUssd slow = new EmbeddedUssd(pending);
    slow.exchange(post(AT, FORM, HOP));

    slow.channel.close();
    pending.pending.poll().answer(Screen.con("too late"));

    assertThat(slow.count("ussd.replies.dropped", "dialect", "africastalking")).isEqualTo(1);
    assertThat(slow.count("ussd.hops")).isZero();
  }

  @Test
  void engineThatBreaksItsContractStillGetsAPoliteEnd() {
    EmbeddedUssd broken = new EmbeddedUssd(hop -> {
      throw new IllegalStateException("boom");
    });

    String response = broken.exchange(post(AT, FORM, HOP));

    assertThat(response).startsWith("HTTP/1.1 200 OK").endsWith("END " + HopHandler.SORRY.text());
    assertThat(broken.count("ussd.hops", "flow", "none", "outcome", "error")).isEqualTo(1);
  }

  @Test
  void unexpectedErrorIs500WithoutStackTraceAndCloses() {
    UssdDialect failingEncoder = new UssdDialect() {
      @Override public String name() { return "broken"; }
      @Override public String path() { return "/ussd/broken"; }
      @Override public Hop decode(FullHttpRequest request) throws BadUssdRequest {
        return new AfricasTalkingDialect(new HopValidator(EmbeddedUssd.PHONES)).decode(request);
      }
      @Override public ReplyBody encode(Hop hop, Screen screen) {
        throw new IllegalStateException("secret internals");
      }
    };
    EmbeddedUssd broken = new EmbeddedUssd(engine, () -> null, List.of(failingEncoder));

    String response = broken.exchange(post("/ussd/broken", FORM, HOP));

    assertThat(response).isEqualTo("HTTP/1.1 500 Internal Server Error\r\n"
        + "content-type: text/plain; charset=utf-8\r\n"
        + "content-length: 14\r\n"
        + "connection: close\r\n"
        + "\r\n"
        + "internal error");
    assertThat(broken.channel.isActive()).isFalse();
  }

  @Test
  void idleConnectionIsClosed() {
    ussd.exchange(post(AT, FORM, HOP));
    ussd.channel.advanceTimeBy(HttpServerSettings.DEFAULT_IDLE_TIMEOUT.toSeconds() - 1, TimeUnit.SECONDS);
    ussd.channel.runScheduledPendingTasks();
    assertThat(ussd.channel.isActive()).as("not idle long enough yet").isTrue();

    ussd.channel.advanceTimeBy(2, TimeUnit.SECONDS);
    ussd.channel.runScheduledPendingTasks();

    assertThat(ussd.channel.isActive()).isFalse();
  }
}
