package io.starhash.core.redis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Issues one Redis command for a store and maps its answer, turning a failed command into the
 * store's own exception. Stateless and thread-safe.
 */
public final class RedisCall {

  /** Makes a store's exception for a failed command. */
  @FunctionalInterface
  public interface Failure {

    /**
     * @param reason how {@link RedisFailure#of} classifies the failure
     * @param cause Lettuce's failure, unwrapped from {@code CompletionException}
     */
    RuntimeException of(RedisFailure reason, Throwable cause);
  }

  private RedisCall() {}

  /** The command's stage, or a failed stage if issuing it threw (e.g. while disconnected). */
  public static <T> CompletionStage<T> guarded(Supplier<? extends CompletionStage<T>> command) {
    try {
      return command.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Issues {@code command} and maps its answer with {@code then}. The stage completes on
   * Lettuce's I/O threads; it fails with {@code failure}'s exception if the command cannot be
   * issued or fails, and with whatever {@code then} throws, as it is.
   */
  public static <T, R> CompletionStage<R> map(Supplier<? extends CompletionStage<T>> command,
      Function<? super T, ? extends R> then, Failure failure) {
    CompletableFuture<R> out = new CompletableFuture<>();
    CompletionStage<T> stage;
    try {
      stage = command.get();
    } catch (RuntimeException e) {
      out.completeExceptionally(failed(failure, e));
      return out;
    }
    stage.whenComplete((v, e) -> {
      if (e != null) {
        out.completeExceptionally(failed(failure, e));
        return;
      }
      try {
        out.complete(then.apply(v));
      } catch (RuntimeException x) {
        out.completeExceptionally(x);
      }
    });
    return out;
  }

  /**
   * The message of a store's failure: {@code <what> at <host:port> failed (<reason>): <cause's
   * message>}.
   */
  public static String message(String what, SharedRedis redis, RedisFailure reason,
      Throwable cause) {
    return what + " at " + redis.settings().address() + " failed (" + reason + "): "
        + cause.getMessage();
  }

  private static RuntimeException failed(Failure failure, Throwable e) {
    Throwable cause = RedisFailure.unwrap(e);
    return failure.of(RedisFailure.of(cause), cause);
  }
}
