package io.starhash.core.mmo;

import io.starhash.core.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The Mobile Money Operator, as the engine sees it (GSMA Mobile Money API 1.2), with the safety
 * rules of SPEC.md section 7: a transaction is journaled with its idempotency key before it is
 * posted; an acknowledgement means accepted, not succeeded; after a timeout the status is asked
 * before any retry; {@link #resume()} finishes every journaled transaction without a final state.
 *
 * <p>Thread-safe. Stages never block the caller.
 */
public interface MmoGateway extends AutoCloseable {

  /**
   * Journals and posts {@code request}, then waits (callback or polling) for its final state up
   * to the gateway's wait limit. Submitting the same {@code clientCorrelationId} again returns
   * the same transaction's state and never posts it twice.
   */
  CompletionStage<TxResult> submit(TxRequest request);

  /** Registers a listener for transactions that become final after {@link #submit} returned. */
  void addListener(TxListener listener);

  /** Handles a callback {@code PUT} from the MMO for {@code clientCorrelationId}. */
  void onCallback(String clientCorrelationId, byte[] body);

  /** Resumes every journaled transaction that has no final state (called once at start-up). */
  CompletionStage<Integer> resume();

  /** Opens an account (idempotent for an existing one). */
  CompletionStage<AccountResult> openAccount(Party party, String name);

  /** The available balance, or empty if the account does not exist. */
  CompletionStage<Optional<Money>> balance(Party party);

  /** The account holder's name as the MMO knows it, or empty if there is no such account. */
  CompletionStage<Optional<String>> accountName(Party party);

  /** The latest {@code limit} statement lines, newest first. */
  CompletionStage<List<StatementLine>> statement(Party party, int limit);

  /** Whether the MMO answers its heartbeat. */
  CompletionStage<Boolean> heartbeat();

  @Override
  void close();

  /** The outcome of opening an account. */
  sealed interface AccountResult {
    record Opened(Party party) implements AccountResult {}

    record Refused(MmoError error) implements AccountResult {}

    record Unavailable(String reason) implements AccountResult {}
  }

  /** One line of a statement. */
  record StatementLine(String transactionReference, TxType type, Money amount, boolean credit, long at) {}
}
