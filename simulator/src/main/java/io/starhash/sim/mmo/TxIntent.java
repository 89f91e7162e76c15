package io.starhash.sim.mmo;

import io.starhash.core.mmo.Party;
import io.starhash.core.mmo.TxType;
import io.starhash.core.money.Money;
import java.util.Objects;

/** What a well-formed transaction request asks for; two requests are the same when their intents are equal. */
sealed interface TxIntent {

  TxType type();

  /** A transaction that moves {@code amount} from {@code debit} to {@code credit}. */
  record Payment(TxType type, Money amount, Party debit, Party credit, String description) implements TxIntent {
    public Payment {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(debit, "debit");
      Objects.requireNonNull(credit, "credit");
      Objects.requireNonNull(description, "description");
      if (type == TxType.REVERSAL) {
        throw new IllegalArgumentException("a reversal is not a payment");
      }
    }
  }

  /**
   * Moves the whole amount of {@code originalReference} back.
   *
   * @param amount the amount the client expects to be reversed, or null when it did not say
   */
  record Reversal(String originalReference, Money amount, String description) implements TxIntent {
    public Reversal {
      Objects.requireNonNull(originalReference, "originalReference");
      Objects.requireNonNull(description, "description");
    }

    @Override
    public TxType type() {
      return TxType.REVERSAL;
    }
  }
}
