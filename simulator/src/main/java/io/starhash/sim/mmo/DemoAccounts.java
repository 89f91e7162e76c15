package io.starhash.sim.mmo;

import io.starhash.core.engine.DemoData;
import io.starhash.core.mmo.Party;
import io.starhash.core.money.Money;
import io.starhash.core.partner.Partner;
import io.starhash.core.partner.PartnerKind;

/**
 * Opens the demo's accounts at the simulated MMO: the demo customers with an opening balance,
 * the demo agent with its float, the demo merchant empty. Idempotent.
 */
public final class DemoAccounts {

  private DemoAccounts() {}

  public static void open(MmoSimulator mmo, Money customerOpening, Money agentFloat) {
    for (DemoData.Customer c : DemoData.CUSTOMERS) {
      mmo.openAccount(Party.of(c.msisdn()), c.name(), customerOpening);
    }
    for (Partner p : DemoData.partners()) {
      Money opening = p.kind() == PartnerKind.AGENT ? agentFloat : Money.zero(agentFloat.currency());
      mmo.openAccount(Party.account(p.mmoAccountId()), p.displayName(), opening);
    }
  }
}
