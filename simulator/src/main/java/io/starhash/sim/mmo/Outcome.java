package io.starhash.sim.mmo;

import io.starhash.core.mmo.MmoError;

/** How processing a transaction request ended. */
sealed interface Outcome {

  /** Money moved. */
  record Completed(MmoTransaction transaction) implements Outcome {}

  /** Nothing moved, for this reason. */
  record Failed(MmoError error) implements Outcome {}
}
