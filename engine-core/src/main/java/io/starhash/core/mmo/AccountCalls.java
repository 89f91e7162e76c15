package io.starhash.core.mmo;

import io.starhash.core.mmo.MmapiHttp.Exchange;
import io.starhash.core.mmo.MmoGateway.AccountResult;
import io.starhash.core.mmo.MmoGateway.StatementLine;
import io.starhash.core.money.Money;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The MMAPI account calls: open an account, balance, account name, statement entries, and the
 * heartbeat.
 *
 * <p>Thread-safe. Query stages complete exceptionally with {@link MmoException} when the MMO
 * cannot be reached or answers with an error (other than 404, which reads as "no account").
 */
final class AccountCalls {

  private final MmapiHttp http;

  AccountCalls(MmapiHttp http) {
    this.http = http;
  }

  /** {@code POST /accounts/individual}; a 409 means the account exists already. */
  CompletionStage<AccountResult> open(Party party, String fullName) {
    return http.post("accounts", "/accounts/individual", MmapiJson.account(party, fullName),
        Map.of("X-CorrelationID", UUID.randomUUID().toString())).thenApply(exchange -> {
          if (!(exchange instanceof Exchange.Answered)) {
            return new AccountResult.Unavailable(reason(exchange));
          }
          Exchange.Answered a = (Exchange.Answered) exchange;
          if (a.status() / 100 == 2 || a.status() == 409) {
            return new AccountResult.Opened(party);
          }
          if (a.status() == 429 || a.status() / 100 == 5) {
            return new AccountResult.Unavailable("status " + a.status());
          }
          return new AccountResult.Refused(MmapiJson.error(a.body()).orElse(
              new MmoError(MmoError.VALIDATION, "genericError", "status " + a.status())));
        });
  }

  CompletionStage<Optional<Money>> balance(Party party) {
    return query("balance", account(party) + "/balance", body -> AccountJson.balance(body)
        .orElseThrow(() -> unreadable("balance")));
  }

  CompletionStage<Optional<String>> name(Party party) {
    return query("accountname", account(party) + "/accountname",
        body -> AccountJson.name(body).orElseThrow(() -> unreadable("account name")));
  }

  CompletionStage<List<StatementLine>> statement(Party party, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    return query("statement", account(party) + "/statemententries?limit=" + limit,
        body -> AccountJson.statement(body, party)).thenApply(o -> o.orElse(List.of()));
  }

  /** {@code GET /heartbeat}: true for a 2xx whose {@code serviceStatus}, if any, is not unavailable. */
  CompletionStage<Boolean> heartbeat() {
    return http.get("heartbeat", "/heartbeat").thenApply(exchange -> {
      if (!(exchange instanceof Exchange.Answered)
          || ((Exchange.Answered) exchange).status() / 100 != 2) {
        return false;
      }
      return !MmapiJson.text(MmapiJson.tree(((Exchange.Answered) exchange).body()), "serviceStatus")
          .map("unavailable"::equalsIgnoreCase).orElse(false);
    });
  }

  private static String account(Party party) {
    return "/accounts/" + MmapiHttp.segment(party.idType()) + "/" + MmapiHttp.segment(party.id());
  }

  /** A GET whose 2xx body is read by {@code read}; empty for a 404. */
  private <T> CompletionStage<Optional<T>> query(String endpoint, String path,
      Function<byte[], T> read) {
    return http.get(endpoint, path).thenApply(exchange -> {
      if (!(exchange instanceof Exchange.Answered)) {
        throw new MmoException(MmoError.unavailable(reason(exchange)));
      }
      Exchange.Answered a = (Exchange.Answered) exchange;
      if (a.status() == 404) {
        return Optional.empty();
      }
      if (a.status() / 100 == 2) {
        return Optional.of(read.apply(a.body()));
      }
      if (a.status() == 429 || a.status() / 100 == 5) {
        throw new MmoException(MmoError.unavailable("status " + a.status()));
      }
      throw new MmoException(MmapiJson.error(a.body()).orElse(
          new MmoError(MmoError.VALIDATION, "genericError", "status " + a.status())));
    });
  }

  private static MmoException unreadable(String what) {
    return new MmoException(new MmoError(MmoError.INTERNAL, "genericError", "unreadable " + what));
  }

  private static String reason(Exchange exchange) {
    return exchange instanceof Exchange.NotSent
        ? ((Exchange.NotSent) exchange).reason()
        : ((Exchange.Lost) exchange).reason();
  }
}
