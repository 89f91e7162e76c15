package io.starhash.server.app;

import io.starhash.core.mmo.MmoGateway;
import io.starhash.core.mmo.Party;
import io.starhash.core.mmo.TxListener;
import io.starhash.core.mmo.TxRequest;
import io.starhash.core.mmo.TxResult;
import io.starhash.core.money.Money;
import io.starhash.sim.mmo.MmoSimulator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The demo's MMO gateway: as the real one, except that an account opened by sign-up starts with
 * {@code demo.opening-balance} at the simulator, so that a new demo user can pay at once.
 */
final class DemoAccountOpening implements MmoGateway {

  private final MmoGateway real;
  private final MmoSimulator simulator;
  private final Money opening;

  DemoAccountOpening(MmoGateway real, MmoSimulator simulator, Money opening) {
    this.real = real;
    this.simulator = simulator;
    this.opening = opening;
  }

  @Override
  public CompletionStage<AccountResult> openAccount(Party party, String name) {
    simulator.openAccount(party, name, opening);
    return real.openAccount(party, name);
  }

  @Override
  public CompletionStage<TxResult> submit(TxRequest request) {
    return real.submit(request);
  }

  @Override
  public void addListener(TxListener listener) {
    real.addListener(listener);
  }

  @Override
  public void onCallback(String clientCorrelationId, byte[] body) {
    real.onCallback(clientCorrelationId, body);
  }

  @Override
  public CompletionStage<Integer> resume() {
    return real.resume();
  }

  @Override
  public CompletionStage<Optional<Money>> balance(Party party) {
    return real.balance(party);
  }

  @Override
  public CompletionStage<Optional<String>> accountName(Party party) {
    return real.accountName(party);
  }

  @Override
  public CompletionStage<List<StatementLine>> statement(Party party, int limit) {
    return real.statement(party, limit);
  }

  @Override
  public CompletionStage<Boolean> heartbeat() {
    return real.heartbeat();
  }

  @Override
  public void close() {
    real.close();
  }
}
