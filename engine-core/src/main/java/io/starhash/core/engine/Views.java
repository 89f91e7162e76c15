package io.starhash.core.engine;

import io.starhash.core.api.PartnerApi.NotificationView;
import io.starhash.core.api.PartnerApi.OperationView;
import io.starhash.core.operation.Operation;
import io.starhash.core.partner.NotificationStore;
import io.starhash.core.subscriber.Subscriber;
import io.starhash.core.subscriber.SubscriberService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Operations and notifications as partners see them: customers only by masked name. */
final class Views {

  private final SubscriberService subscribers;
  private final NotificationStore notifications;

  Views(SubscriberService subscribers, NotificationStore notifications) {
    this.subscribers = subscribers;
    this.notifications = notifications;
  }

  CompletionStage<OperationView> of(Operation op) {
    return subscribers.find(op.customer()).thenApply(s -> view(op, s.map(Subscriber::displayName).orElse("")));
  }

  OperationView of(Operation op, Subscriber customer) {
    return view(op, customer.displayName());
  }

  CompletionStage<List<OperationView>> all(List<Operation> ops) {
    CompletableFuture<List<OperationView>> out = CompletableFuture.completedFuture(new ArrayList<>());
    for (Operation op : ops) {
      out = out.thenCombine(of(op), (list, v) -> {
        list.add(v);
        return list;
      });
    }
    return out;
  }

  CompletionStage<List<NotificationView>> notifications(String partnerId) {
    return notifications.list(partnerId).thenApply(list -> {
      List<NotificationView> views = new ArrayList<>();
      for (int i = list.size() - 1; i >= 0; i--) {
        var n = list.get(i);
        views.add(new NotificationView(String.valueOf(n.id()), n.at().toString(), n.operationId(), n.text()));
      }
      return views;
    });
  }

  private static OperationView view(Operation op, String customerName) {
    return new OperationView(op.id().value(), op.type().wire(), op.status().wire(), op.initiator().name().toLowerCase(),
        customerName, op.amount().format(), op.fee().format(), op.amount().currency(), op.createdAt().toString(),
        op.updatedAt().toString(), op.isPending() ? op.expiresAt().toString() : null, op.failureCode());
  }
}
