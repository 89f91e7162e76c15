package io.starhash.sim.mmo;

import io.starhash.core.mmo.Party;
import java.time.Instant;
import java.util.Objects;

/** An account of the simulated MMO, identified by one party identifier. */
record Account(Party party, String name, Instant createdAt) {

  Account {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
