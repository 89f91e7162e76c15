package io.starhash.core.partner;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Each partner's latest notifications, a bounded list. Implementations:
 * {@link InMemoryNotificationStore} and {@code RedisNotificationStore}.
 *
 * <p>Thread-safe. Stages never block the caller.
 */
public interface NotificationStore {

  /** How many notifications a partner keeps unless told otherwise; older ones are dropped. */
  int DEFAULT_CAPACITY = 100;

  /**
   * Adds a notification for {@code partnerId} now, with the partner's next id.
   *
   * @param operationId the operation it is about, or null
   * @throws IllegalArgumentException at once for a bad id or a blank or over-long text
   */
  CompletionStage<Notification> append(String partnerId, String operationId, String text);

  /** The partner's kept notifications with an id above {@code sinceId} (0: all), oldest first. */
  CompletionStage<List<Notification>> list(String partnerId, long sinceId);

  /** All the partner's kept notifications, oldest first. */
  default CompletionStage<List<Notification>> list(String partnerId) {
    return list(partnerId, 0);
  }
}
