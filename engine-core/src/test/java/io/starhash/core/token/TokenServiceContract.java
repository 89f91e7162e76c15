package io.starhash.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.starhash.core.phone.Msisdn;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.testing.Concurrently;
import io.starhash.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TokenStore} must make true of {@link TokenService}; run once per store by
 * {@code InMemoryTokenStoreTest} and {@code RedisTokenStoreTest}. Tokens are drawn from a
 * {@link ScriptedRandom} so that tests can force collisions.
 */
abstract class TokenServiceContract {

  static final Msisdn ALICE = new Msisdn("+255712000001");
  static final Msisdn BOB = new Msisdn("+255712000002");
  static final Msisdn CAROL = new Msisdn("+255754000003");

  /** Payloads whose tokens are no Tanzanian phone number (checked in TokenGeneratorTest). */
  static final int P0 = 31415926;
  static final int P1 = 14142135;
  static final int P2 = 17320508;

  static final PhoneNumbers TZ = new PhoneNumbers("TZ");
  static final Duration QUARANTINE = TokenSettings.DEFAULT_QUARANTINE;

  final MutableClock clock = MutableClock.start();
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final ScriptedRandom random = new ScriptedRandom();
  TokenService service;

  /** A fresh, empty store. {@code clock} is the test's clock, for stores that keep time. */
  abstract TokenStore newStore(MutableClock clock);

  /** Every key and value the store holds now, as raw bytes. */
  abstract List<byte[]> storedBytes();

  /**
   * Brings a retired token to just before the end of its quarantine of {@code full}; a store
   * whose time the test cannot move checks instead that {@code full} is what is left.
   */
  abstract void approachQuarantineEnd(Token token, Duration full);

  /** Ends the quarantine of a retired token (after {@link #approachQuarantineEnd}). */
  abstract void endQuarantine(Token token);

  @BeforeEach
  void newService() {
    service = new TokenService(TokenSettings.demo(), newStore(clock), TZ, clock, meters, random);
  }

  static Token token(int payload) {
    return Token.withCheckDigit(Integer.toString(payload));
  }

  static <T> T join(CompletionStage<T> stage) {
    return stage.toCompletableFuture().join();
  }

  Token issue(Msisdn owner) {
    return join(service.issueOrRotate(owner));
  }

  Resolution resolve(String typed) {
    return join(service.resolve(typed, "test-caller"));
  }

  Resolution resolve(Token token) {
    return resolve(token.grouped());
  }

  double counter(String name) {
    return meters.counter(name).count();
  }

  double resolutions(String outcome) {
    return meters.counter("tokens.resolutions", "outcome", outcome).count();
  }

  /** Fails with the cause of the stage's failure, unwrapped. */
  static Throwable failure(CompletionStage<?> stage) {
    try {
      join(stage);
    } catch (CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("the stage completed normally");
  }

  @Test
  void anIssuedTokenResolvesToItsOwnerAndIsTheirCurrentOne() {
    random.then(P0);
    Token t = issue(ALICE);

    assertThat(t).isEqualTo(token(P0));
    assertThat(resolve(t.grouped())).isEqualTo(new Resolution.Found(ALICE));
    assertThat(resolve(t.value())).isEqualTo(new Resolution.Found(ALICE));
    assertThat(join(service.current(ALICE))).contains(t);
    assertThat(join(service.current(BOB))).isEmpty();
    assertThat(counter("tokens.issued")).isEqualTo(1);
    assertThat(resolutions("found")).isEqualTo(2);
  }

  @Test
  void issuingAgainRotatesAndTheOldTokenNoLongerResolves() {
    random.then(P0, P1, P2);
    Token first = issue(ALICE);
    Token bobs = issue(BOB);
    Token second = issue(ALICE);

    assertThat(second).isNotEqualTo(first);
    assertThat(join(service.current(ALICE))).contains(second);
    assertThat(resolve(first)).isEqualTo(new Resolution.NotFound());
    assertThat(resolve(second)).isEqualTo(new Resolution.Found(ALICE));
    assertThat(resolve(bobs)).as("another phone's token is untouched")
        .isEqualTo(new Resolution.Found(BOB));
  }

  @Test
  void aCollisionWithAnActiveTokenDrawsAgain() {
    random.then(P0);
    Token alices = issue(ALICE);
    random.then(P0, P1);

    Token bobs = issue(BOB);

    assertThat(bobs).isEqualTo(token(P1));
    assertThat(counter("tokens.collisions")).isEqualTo(1);
    assertThat(resolve(alices)).isEqualTo(new Resolution.Found(ALICE));
    assertThat(resolve(bobs)).isEqualTo(new Resolution.Found(BOB));
  }

  @Test
  void issuingGivesUpWithAClearErrorAfterBoundedCollisions() {
    random.then(P0);
    issue(ALICE);
    random.always(P0);

    Throwable e = failure(service.issueOrRotate(BOB));

    assertThat(e).isInstanceOf(TokenIssueException.class)
        .hasMessageContaining("no free token after " + TokenService.MAX_CLAIMS);
    assertThat(counter("tokens.collisions")).isEqualTo(TokenService.MAX_CLAIMS);
    assertThat(join(service.current(BOB))).isEmpty();
    assertThat(resolve(token(P0))).isEqualTo(new Resolution.Found(ALICE));
  }

  @Test
  void aRetiredTokenIsNotReissuedUntilItsQuarantineEnds() {
    random.then(P0, P1);
    Token retired = issue(ALICE);
    issue(ALICE);

    approachQuarantineEnd(retired, QUARANTINE);
    random.then(P0, P2);
    assertThat(issue(BOB)).isEqualTo(token(P2));
    assertThat(counter("tokens.collisions")).isEqualTo(1);

    endQuarantine(retired);
    random.then(P0);
    assertThat(issue(CAROL)).isEqualTo(retired);
    assertThat(resolve(retired)).isEqualTo(new Resolution.Found(CAROL));
    assertThat(join(service.current(ALICE))).contains(token(P1));
  }

  @Test
  void revokingRetiresTheTokenIntoQuarantine() {
    random.then(P0);
    Token t = issue(ALICE);

    assertThat(join(service.revoke(ALICE))).isTrue();

    assertThat(join(service.current(ALICE))).isEmpty();
    assertThat(resolve(t)).isEqualTo(new Resolution.NotFound());
    assertThat(join(service.revoke(ALICE))).as("nothing left to revoke").isFalse();
    assertThat(counter("tokens.revoked")).isEqualTo(1);
    random.then(P0, P1);
    assertThat(issue(BOB)).as("quarantined").isEqualTo(token(P1));
  }

  @Test
  void unknownMalformedAndMistypedTokensAreNotFound() {
    random.then(P0);
    Token t = issue(ALICE);
    String v = t.value();
    String wrongCheck = v.substring(0, 8) + ((v.charAt(8) - '0' + 1) % 10);
    String swapped = v.charAt(1) + "" + v.charAt(0) + v.substring(2);

    assertThat(List.of(wrongCheck, swapped, token(P1).value(), "", "abc", "0" + v.substring(1)))
        .allSatisfy(typed -> assertThat(resolve(typed)).as(typed).isEqualTo(new Resolution.NotFound()));
    assertThat(resolve((String) null)).isEqualTo(new Resolution.NotFound());
    assertThat(resolutions("not-found")).isEqualTo(7);
  }

  @Test
  void theStoreHoldsNoPhoneNumberInClear() {
    List<Msisdn> phones = List.of(ALICE, BOB, CAROL);
    phones.forEach(this::issue);
    issue(ALICE);
    join(service.revoke(BOB));

    String everything = storedBytes().stream()
        .map(b -> new String(b, StandardCharsets.ISO_8859_1))
        .collect(Collectors.joining("\n"));
    assertThat(everything).isNotEmpty();
    for (Msisdn p : phones) {
      String national = p.e164().substring(4);
      assertThat(everything).doesNotContain(p.e164(), p.e164().substring(1), national,
          national.substring(0, 6));
    }
  }

  @Test
  void concurrentIssuesForOnePhoneLeaveOneActiveToken() throws Exception {
    List<Callable<Token>> issues = IntStream.range(0, 8)
        .<Callable<Token>>mapToObj(i -> () -> issue(ALICE))
        .toList();

    List<Token> issued = Concurrently.run(issues);

    assertThat(issued).doesNotHaveDuplicates();
    List<Token> active = issued.stream()
        .filter(t -> resolve(t).equals(new Resolution.Found(ALICE)))
        .toList();
    assertThat(active).hasSize(1);
    assertThat(join(service.current(ALICE))).isEqualTo(Optional.of(active.get(0)));
  }
}
