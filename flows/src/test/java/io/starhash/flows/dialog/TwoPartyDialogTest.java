package io.starhash.flows.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.api.ApiResult;
import io.starhash.core.api.PartnerApi;
import io.starhash.core.partner.DemoPartners;
import io.starhash.core.phone.Msisdn;
import io.starhash.flows.testing.EngineFixture;
import io.starhash.sim.handset.HandsetException;
import io.starhash.sim.transcript.PlayResult;
import io.starhash.sim.transcript.Transcript;
import io.starhash.sim.transcript.TranscriptPlayer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dialog paths that need a second party: approving or rejecting a request an agent started,
 * and paying someone by their token.
 */
class TwoPartyDialogTest {

  private final EngineFixture f = new EngineFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private void play(Msisdn who, String script, Map<String, String> vars) {
    Transcript t = Transcript.parse("inline", script, vars);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PlayResult r = TranscriptPlayer.play(t, new EngineDialer(f.engine(), who),
        new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(r.passed()).as("%s\n%s", r.describe(), log.toString(StandardCharsets.UTF_8)).isTrue();
  }

  private void agentAsksForCashOut(String amount) {
    PartnerApi api = f.money.partnerApi();
    PartnerApi.Caller agent = api.authenticate(DemoPartners.AGENT_KEY).orElseThrow();
    ApiResult<PartnerApi.OperationView> created = api.create(agent,
        new PartnerApi.NewOperation("cash-out", EngineFixture.CUSTOMER.e164(), amount)).toCompletableFuture().join();
    assertThat(created).isInstanceOf(ApiResult.Ok.class);
  }

  @Test
  void theCustomerApprovesAnAgentsCashOutWithThePin() {
    agentAsksForCashOut("100");
    play(EngineFixture.CUSTOMER, """
        dial *165#
        type 6
        see Cash-out of 100.00 TZS
        see agent Demo Agent
        see Enter PIN to approve, 0 to reject
        type 9999
        see Wrong PIN, 2 attempts left.
        type 1234
        see Approved. Ref
        see Balance 900.00 TZS
        end
        dial *165*6#
        see You have no pending requests.
        """, Map.of());
  }

  @Test
  void theCustomerRejectsWithZero() {
    agentAsksForCashOut("100");
    play(EngineFixture.CUSTOMER, """
        dial *165*6#
        see Cash-out of 100.00 TZS
        type 0
        see Request rejected. No money was moved.
        end
        """, Map.of());
  }

  @Test
  void aRequestApprovedAfterTheApprovalTimeoutHasExpired() throws HandsetException {
    agentAsksForCashOut("100");
    f.clock.advance(Duration.ofSeconds(290));
    EngineDialer dialer = new EngineDialer(f.engine(), EngineFixture.CUSTOMER);
    assertThat(dialer.dial("*165*6#").text()).contains("Cash-out of 100.00 TZS");
    f.clock.advance(Duration.ofSeconds(20));
    assertThat(dialer.send("1234").text()).contains("This request has expired.");
  }

  @Test
  void aSessionIdReusedAfterExpiryStartsAFreshSession() throws HandsetException {
    agentAsksForCashOut("100");
    EngineDialer dialer = new EngineDialer(f.engine(), EngineFixture.CUSTOMER);
    assertThat(dialer.dial("*165*6#").text()).contains("Cash-out of 100.00 TZS");
    f.clock.advance(Duration.ofMinutes(6));
    assertThat(dialer.dialWithSameSessionId("*165*6#").text()).contains("You have no pending requests.");
  }

  @Test
  void moneySentToATokenReachesItsHolderAndADeletedTokenNoLongerWorks() {
    EngineDialer other = new EngineDialer(f.engine(), EngineFixture.OTHER);
    String shown = other.dial("*165*1#").text();
    String token = shown.replaceAll(".*Your token is ([0-9 ]+)\\..*", "$1").replace(" ", "");
    assertThat(token).hasSize(9);

    play(EngineFixture.CUSTOMER, """
        dial *165#
        type 7
        type ${token}
        see Send to
        not-see 712000002
        type 50
        see Send 50.00 TZS to
        type 1234
        see Sent 50.00 TZS
        end
        """, Map.of("token", token));
    play(EngineFixture.OTHER, """
        dial *165*8*1#
        type 1234
        see Your balance is 1,050.00 TZS.
        end
        dial *165*2*1#
        see Your token was deleted
        """, Map.of());
    play(EngineFixture.CUSTOMER, """
        dial *165#
        type 7
        type ${token}
        see No account found for that number or token. No money was moved.
        end
        """, Map.of("token", token));
  }
}
