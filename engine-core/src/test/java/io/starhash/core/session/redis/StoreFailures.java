package io.starhash.core.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.starhash.core.session.SessionStoreException;
import io.starhash.core.session.SessionStoreException.Reason;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** Assertions on stages that must fail with a {@link SessionStoreException}. */
final class StoreFailures {

  private StoreFailures() {}

  static void assertFails(CompletionStage<?> stage, Reason reason, Duration within) {
    assertThat(stage.toCompletableFuture())
        .failsWithin(within)
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOfSatisfying(SessionStoreException.class,
            e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
  }
}
