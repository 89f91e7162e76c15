package io.starhash.core.mmo;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading what the MMO says is lenient: the kind of a body is told by its fields. */
class MmapiJsonTest {

  private static Progress progress(String json) {
    return MmapiJson.progress(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRequestStateIsAcceptedDoneOrRefused() {
    assertThat(progress(FakeMmo.accepted("s1")))
        .isEqualTo(new Progress.Accepted(Optional.of("s1")));
    assertThat(progress(FakeMmo.completedState("s1", "R1"))).isEqualTo(new Progress.Done("R1"));
    assertThat(progress("{\"status\":\"FAILED\",\"error\":{\"errorCategory\":\"businessRule\","
        + "\"errorCode\":\"insufficientFunds\"}}"))
        .isEqualTo(new Progress.Refused(new MmoError("businessRule", "insufficientFunds", "")));
    assertThat(progress("{\"status\":\"failed\"}")).isInstanceOf(Progress.Refused.class);
    assertThat(progress("{\"status\":\"completed\"}")).isInstanceOf(Progress.Unclear.class);
  }

  @Test
  void aTransactionObjectOrAnErrorObjectIsFinal() {
    assertThat(progress(FakeMmo.transaction("R2"))).isEqualTo(new Progress.Done("R2"));
    assertThat(progress("{\"transactionReference\":\"R3\"}")).isEqualTo(new Progress.Done("R3"));
    assertThat(progress("{\"transactionReference\":\"R4\",\"transactionStatus\":\"Failed\"}"))
        .isInstanceOf(Progress.Refused.class);
    assertThat(progress(FakeMmo.error("validation", "formatError")))
        .isEqualTo(new Progress.Refused(new MmoError("validation", "formatError", "scripted")));
  }

  @Test
  void aLinkPointsToARequestStateOrATransaction() {
    assertThat(progress("{\"link\":\"/requeststates/abc\"}"))
        .isEqualTo(new Progress.Accepted(Optional.of("abc")));
    assertThat(progress("{\"link\":\"http://mmo/v1.2/mm/transactions/R5?x=1\"}"))
        .isEqualTo(new Progress.Linked("R5"));
    assertThat(progress("{\"link\":\"/quotations/q1\"}")).isInstanceOf(Progress.Unclear.class);
  }

  @Test
  void anythingElseIsUnclear() {
    assertThat(progress("")).isInstanceOf(Progress.Unclear.class);
    assertThat(progress("[1,2]")).isInstanceOf(Progress.Unclear.class);
    assertThat(progress("{\"hello\":1}")).isInstanceOf(Progress.Unclear.class);
    assertThat(progress("{\"status\":\"weird\"}")).isInstanceOf(Progress.Unclear.class);
  }

  @Test
  void amountsHaveTwoDecimalsAndNoSeparators() {
    assertThat(MmapiJson.amount(new Money(123_456_789, "TZS"))).isEqualTo("1234567.89");
    assertThat(MmapiJson.amount(new Money(5, "TZS"))).isEqualTo("0.05");
  }

  @Test
  void pathSegmentsKeepThePlusAndEscapeTheRest() {
    assertThat(MmapiHttp.segment("+255712000001")).isEqualTo("+255712000001");
    assertThat(MmapiHttp.segment("a b/c?d")).isEqualTo("a%20b%2Fc%3Fd");
  }
}
