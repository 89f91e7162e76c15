package io.starhash.core.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RedisCallTest {

  /** A store's own exception, as the stores make them. */
  static final class StoreException extends RuntimeException {
    final RedisFailure reason;

    StoreException(RedisFailure reason, Throwable cause) {
      super(cause);
      this.reason = reason;
    }
  }

  private static final RedisCall.Failure FAILURE = StoreException::new;

  @Test
  void mapsTheAnswerOfACommandThatSucceeds() {
    CompletionStage<Integer> out = RedisCall.map(() -> CompletableFuture.completedFuture("42"),
        Integer::parseInt, FAILURE);

    assertThat(out.toCompletableFuture().join()).isEqualTo(42);
  }

  @Test
  void aFailedCommandBecomesTheStoresExceptionWithTheUnwrappedCauseClassified() {
    RedisCommandTimeoutException timeout = new RedisCommandTimeoutException("slow");
    CompletionStage<String> command = CompletableFuture.failedFuture(new CompletionException(timeout));

    assertThat(failure(RedisCall.map(() -> command, Function.identity(), FAILURE)))
        .isInstanceOfSatisfying(StoreException.class, e -> {
          assertThat(e.reason).isEqualTo(RedisFailure.TIMEOUT);
          assertThat(e.getCause()).isSameAs(timeout);
        });
  }

  @Test
  void aCommandThatCannotBeIssuedFailsTheStageInsteadOfThrowing() {
    CompletionStage<String> out = RedisCall.map(() -> {
      throw new IllegalStateException("Request queue size exceeded: 10");
    }, Function.identity(), FAILURE);

    assertThat(failure(out)).isInstanceOfSatisfying(StoreException.class,
        e -> assertThat(e.reason).isEqualTo(RedisFailure.OVERLOADED));
  }

  @Test
  void whatTheMappingThrowsFailsTheStageAsItIs() {
    IllegalArgumentException corrupt = new IllegalArgumentException("corrupt");

    assertThat(failure(RedisCall.map(() -> CompletableFuture.completedFuture("x"), v -> {
      throw corrupt;
    }, FAILURE))).isSameAs(corrupt);
  }

  @Test
  void guardedTurnsAThrowIntoAFailedStage() {
    IllegalStateException refused = new IllegalStateException("disconnected");

    assertThat(failure(RedisCall.guarded(() -> {
      throw refused;
    }))).isSameAs(refused);
  }

  @Test
  void theMessageNamesWhatFailedWhereAndWhy() {
    SharedRedis redis = TestRedis.shared();

    assertThat(RedisCall.message("redis token claim of T", redis, RedisFailure.TIMEOUT,
        new RedisCommandTimeoutException("Command timed out after 500 ms")))
        .isEqualTo("redis token claim of T at " + redis.settings().address()
            + " failed (TIMEOUT): Command timed out after 500 ms");
  }

  private static Throwable failure(CompletionStage<?> stage) {
    return assertThat(stage.toCompletableFuture()).failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class).actual().getCause();
  }
}
