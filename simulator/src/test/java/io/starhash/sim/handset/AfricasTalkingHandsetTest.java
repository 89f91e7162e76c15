package io.starhash.sim.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.starhash.core.ussd.Screen;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AfricasTalkingHandsetTest {

  private static final String PHONE = "+255712000001";

  private FakeAtServer server;
  private AfricasTalkingHandset handset;

  @BeforeEach
  void start() throws IOException {
    server = new FakeAtServer();
    handset = new AfricasTalkingHandset(AtHandsetOptions.of(server.url(), PHONE));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void sendsTheFormFieldsWithCumulativeTextInOneSession() throws Exception {
    server.reply(200, "CON Welcome\n1 Get my token").reply(200, "CON Enter PIN").reply(200, "END Your token is 4812 3307 5");

    Screen first = handset.dial("*165#");
    Screen second = handset.send("1");
    Screen last = handset.send("1234");

    assertThat(first).isEqualTo(Screen.con("Welcome\n1 Get my token"));
    assertThat(second).isEqualTo(Screen.con("Enter PIN"));
    assertThat(last).isEqualTo(Screen.end("Your token is 4812 3307 5"));
    List<FakeAtServer.Received> got = server.received();
    assertThat(got).extracting(r -> r.field("text")).containsExactly("", "1", "1*1234");
    assertThat(got).extracting(r -> r.field("sessionId")).containsOnly(got.get(0).field("sessionId"));
    assertThat(got.get(0).form()).containsEntry("serviceCode", "*165#")
        .containsEntry("phoneNumber", PHONE).containsEntry("networkCode", "sim")
        .containsOnlyKeys("sessionId", "serviceCode", "phoneNumber", "networkCode", "text");
    assertThat(got.get(0).field("sessionId")).isNotBlank();
    assertThat(got.get(0).contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(handset.sessionId()).contains(got.get(0).field("sessionId"));
  }

  @Test
  void aNewDialStartsANewSessionWithEmptyText() throws Exception {
    server.reply(200, "CON Menu").reply(200, "CON Amount?").reply(200, "CON Menu");

    handset.dial("*165#");
    handset.send("3");
    handset.dial("*165#");

    List<FakeAtServer.Received> got = server.received();
    assertThat(got.get(2).field("text")).isEmpty();
    assertThat(got.get(2).field("sessionId")).isNotEqualTo(got.get(0).field("sessionId"));
  }

  @Test
  void sendsAShortcutDialStringAsTheServiceCodeAndInputsHoldingStarsAsTyped() throws Exception {
    server.reply(200, "CON PIN for 500 cash-in").reply(200, "CON Note?").reply(200, "END ok");
    handset = new AfricasTalkingHandset(AtHandsetOptions.of(server.url(), PHONE).withNetworkCode("63902"));

    handset.dial("*165*3*500#");
    handset.send("1234");
    handset.send("a*b");

    List<FakeAtServer.Received> got = server.received();
    assertThat(got.get(0).form()).containsEntry("serviceCode", "*165*3*500#").containsEntry("text", "")
        .containsEntry("networkCode", "63902");
    assertThat(got.get(2).field("text")).isEqualTo("1234*a*b");
  }

  @Test
  void resendRepeatsTheLastRequestUnchanged() throws Exception {
    server.reply(200, "CON Menu").reply(200, "CON Amount?").reply(200, "CON Amount?").reply(200, "CON PIN?");

    handset.dial("*165#");
    handset.send("3");
    Screen again = handset.resend();
    handset.send("500");

    List<FakeAtServer.Received> got = server.received();
    assertThat(again).isEqualTo(Screen.con("Amount?"));
    assertThat(got.get(2).rawBody()).isEqualTo(got.get(1).rawBody());
    assertThat(got.get(3).field("text")).isEqualTo("3*500");
  }

  @Test
  void anInputWhoseHopFailedIsNotAddedToTheTextButCanBeResent() throws Exception {
    server.reply(200, "CON Menu").reply(503, "busy").reply(200, "CON Amount?").reply(200, "CON PIN?");

    handset.dial("*165#");
    assertThatThrownBy(() -> handset.send("3")).isInstanceOf(HandsetException.class);
    assertThat(handset.resend()).isEqualTo(Screen.con("Amount?"));
    handset.send("3");

    assertThat(server.received()).extracting(r -> r.field("text")).containsExactly("", "3", "3", "3");
  }

  @Test
  void aNon2xxReplyIsAnErrorCarryingTheBody() throws Exception {
    server.reply(500, "flow crashed: state x");

    assertThatThrownBy(() -> handset.dial("*165#"))
        .isInstanceOfSatisfying(HandsetException.class,
            e -> assertThat(e.kind()).isEqualTo(HandsetException.Kind.HTTP_STATUS))
        .hasMessageContaining("500").hasMessageContaining("flow crashed: state x");
  }

  @Test
  void aBodyWithoutConOrEndIsAnError() throws Exception {
    server.reply(200, "<html>gateway</html>");

    assertThatThrownBy(() -> handset.dial("*165#"))
        .isInstanceOfSatisfying(HandsetException.class,
            e -> assertThat(e.kind()).isEqualTo(HandsetException.Kind.BAD_REPLY))
        .hasMessageContaining("<html>gateway</html>");
  }

  @Test
  void bareConAndEndAreEmptyScreens() throws Exception {
    server.reply(200, "CON").reply(200, "END");

    assertThat(handset.dial("*165#")).isEqualTo(Screen.con(""));
    assertThat(handset.send("1")).isEqualTo(Screen.end(""));
  }

  @Test
  void sendWithoutASessionIsAnError() throws Exception {
    assertThatThrownBy(() -> handset.send("1"))
        .isInstanceOfSatisfying(HandsetException.class,
            e -> assertThat(e.kind()).isEqualTo(HandsetException.Kind.NO_SESSION));
    assertThatThrownBy(() -> handset.resend())
        .isInstanceOfSatisfying(HandsetException.class,
            e -> assertThat(e.kind()).isEqualTo(HandsetException.Kind.NO_SESSION));

    server.reply(200, "END Goodbye");
    handset.dial("*165#");
    assertThatThrownBy(() -> handset.send("1"))
        .isInstanceOfSatisfying(HandsetException.class,
            e -> assertThat(e.kind()).isEqualTo(HandsetException.Kind.NO_SESSION))
        .hasMessageContaining("ended");
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void aSlowServerIsATimeout() {
    server.hang();
    handset = new AfricasTalkingHandset(
        AtHandsetOptions.of(server.url(), PHONE).withRequestTimeout(Duration.ofMillis(300)));

    assertThatThrownBy(() -> handset.dial("*165#"))
        .isInstanceOfSatisfying(HandsetException.class,
            e -> assertThat(e.kind()).isEqualTo(HandsetException.Kind.TIMEOUT));
  }

  @Test
  void anUnreachableServerIsAnIoError() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    handset = new AfricasTalkingHandset(
        AtHandsetOptions.of(URI.create("http://127.0.0.1:" + closedPort + "/"), PHONE));

    assertThatThrownBy(() -> handset.dial("*165#"))
        .isInstanceOfSatisfying(HandsetException.class,
            e -> assertThat(e.kind()).isEqualTo(HandsetException.Kind.IO))
        .hasMessageContaining("cannot reach");
  }

  @Test
  void optionsRejectNonsense() {
    URI url = server.url();
    assertThatThrownBy(() -> AtHandsetOptions.of(URI.create("ftp://x/"), PHONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http");
    assertThatThrownBy(() -> AtHandsetOptions.of(url, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phoneNumber");
    assertThatThrownBy(() -> AtHandsetOptions.of(url, PHONE).withRequestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestTimeout");
  }
}
