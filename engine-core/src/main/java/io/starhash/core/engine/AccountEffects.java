package io.starhash.core.engine;

import static io.starhash.core.money.MoneyEffects.BLOCKED;
import static io.starhash.core.money.MoneyEffects.EXPIRED;
import static io.starhash.core.money.MoneyEffects.INVALID_NAME;
import static io.starhash.core.money.MoneyEffects.MISMATCH;
import static io.starhash.core.money.MoneyEffects.NO_TOKEN;
import static io.starhash.core.money.MoneyEffects.OK;
import static io.starhash.core.money.MoneyEffects.REGISTERED;
import static io.starhash.core.money.MoneyEffects.UNAVAILABLE;
import static io.starhash.core.money.MoneyEffects.UNREGISTERED;
import static io.starhash.core.money.MoneyEffects.WEAK;

import io.starhash.core.effect.EffectCall;
import io.starhash.core.effect.EffectResult;
import io.starhash.core.mmo.MmoGateway;
import io.starhash.core.mmo.Party;
import io.starhash.core.subscriber.PinConfirmation;
import io.starhash.core.subscriber.PinStage;
import io.starhash.core.subscriber.SignUpConfirmation;
import io.starhash.core.subscriber.SignUpStage;
import io.starhash.core.subscriber.SubscriberService;
import io.starhash.core.subscriber.SubscriberStatus;
import io.starhash.core.token.TokenService;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The effects of one's own account: sign-up, tokens, PINs, balance and statement. */
final class AccountEffects {

  private static final Logger log = LoggerFactory.getLogger(AccountEffects.class);
  static final int STATEMENT_LINES = 3;

  private final SubscriberService subscribers;
  private final TokenService tokens;
  private final MmoGateway mmo;
  private final PinGate pins;

  AccountEffects(SubscriberService subscribers, TokenService tokens, MmoGateway mmo, PinGate pins) {
    this.subscribers = subscribers;
    this.tokens = tokens;
    this.mmo = mmo;
    this.pins = pins;
  }

  CompletionStage<EffectResult> status(EffectCall c) {
    return subscribers.find(c.caller()).thenApply(s -> s.map(sub -> sub.status() == SubscriberStatus.ACTIVE
        ? Outcomes.of(REGISTERED, Map.of("displayName", sub.displayName()))
        : Outcomes.of(BLOCKED)).orElse(Outcomes.of(UNREGISTERED)));
  }

  CompletionStage<EffectResult> stageSignUp(EffectCall c) {
    return subscribers.stageSignUp(c.caller(), c.arg("name"), c.arg("pin")).thenApply(r -> {
      if (r instanceof SignUpStage.Staged) {
        return Outcomes.of(OK);
      }
      if (r instanceof SignUpStage.WeakPin) {
        return Outcomes.of(WEAK);
      }
      return r instanceof SignUpStage.InvalidName ? Outcomes.of(INVALID_NAME) : Outcomes.error();
    });
  }

  CompletionStage<EffectResult> confirmSignUp(EffectCall c) {
    return subscribers.confirmSignUp(c.caller(), c.arg("confirmPin")).thenCompose(r -> {
      if (r instanceof SignUpConfirmation.Registered reg) {
        return mmo.openAccount(Party.of(c.caller()), reg.subscriber().fullName()).handle((opened, e) -> {
          if (e != null || !(opened instanceof MmoGateway.AccountResult.Opened)) {
            log.warn("account of new subscriber {} not opened at the MMO: {}", c.caller().masked(),
                e != null ? e.toString() : opened);
          }
          return Outcomes.of(OK, Map.of("displayName", reg.subscriber().displayName()));
        });
      }
      if (r instanceof SignUpConfirmation.Mismatch) {
        return Outcomes.now(Outcomes.of(MISMATCH));
      }
      return Outcomes.now(r instanceof SignUpConfirmation.Expired ? Outcomes.of(EXPIRED) : Outcomes.error());
    });
  }

  CompletionStage<EffectResult> getToken(EffectCall c) {
    return tokens.issueOrRotate(c.caller()).thenApply(t -> Outcomes.of(OK, Map.of("token", t.grouped())));
  }

  CompletionStage<EffectResult> deleteToken(EffectCall c) {
    return tokens.revoke(c.caller()).thenApply(revoked -> Outcomes.of(revoked ? OK : NO_TOKEN));
  }

  CompletionStage<EffectResult> verifyPin(EffectCall c) {
    return pins.refusal(c.caller(), c.arg("pin")).thenApply(refused -> refused.orElse(Outcomes.of(OK)));
  }

  CompletionStage<EffectResult> stagePin(EffectCall c) {
    return subscribers.stageNewPin(c.caller(), c.arg("newPin")).thenApply(r -> {
      if (r instanceof PinStage.Staged) {
        return Outcomes.of(OK);
      }
      return r instanceof PinStage.WeakPin ? Outcomes.of(WEAK) : Outcomes.error();
    });
  }

  CompletionStage<EffectResult> changePin(EffectCall c) {
    return subscribers.confirmNewPin(c.caller(), c.arg("confirmPin")).thenApply(r -> {
      if (r instanceof PinConfirmation.Changed) {
        return Outcomes.of(OK);
      }
      return r instanceof PinConfirmation.Mismatch ? Outcomes.of(MISMATCH) : Outcomes.of(EXPIRED);
    });
  }

  CompletionStage<EffectResult> balance(EffectCall c) {
    return afterPin(c, () -> mmo.balance(Party.of(c.caller())).handle((b, e) -> {
      if (e != null) {
        return Outcomes.of(UNAVAILABLE);
      }
      return b.map(m -> Outcomes.of(OK, Map.of("balance", m.format(), "currency", m.currency())))
          .orElseGet(Outcomes::error);
    }));
  }

  CompletionStage<EffectResult> statement(EffectCall c) {
    return afterPin(c, () -> mmo.statement(Party.of(c.caller()), STATEMENT_LINES).handle((lines, e) -> {
      if (e != null) {
        return Outcomes.of(UNAVAILABLE);
      }
      String text = lines.isEmpty() ? "No transactions yet." : lines.stream()
          .map(l -> (l.credit() ? "+" : "-") + l.amount().format() + " " + l.type().wire())
          .collect(Collectors.joining("\n"));
      return Outcomes.of(OK, Map.of("statement", text.length() > 120 ? text.substring(0, 120) : text));
    }));
  }

  private CompletionStage<EffectResult> afterPin(EffectCall c,
      java.util.function.Supplier<CompletionStage<EffectResult>> then) {
    return pins.refusal(c.caller(), c.arg("pin")).thenCompose(refused ->
        refused.isPresent() ? Outcomes.now(refused.get()) : then.get());
  }
}
