package io.starhash.sim.mmo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import io.starhash.core.mmo.Party;
import io.starhash.core.money.Money;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /accounts/individual} and {@code GET /accounts/{idType}/{id}/...}. */
final class AccountEndpoints {

  private static final Logger log = LoggerFactory.getLogger(AccountEndpoints.class);
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  static final int MAX_NAME = 128;

  private final Book book;
  private final Replies replies;
  private final String currency;

  AccountEndpoints(Book book, Replies replies, String currency) {
    this.book = book;
    this.replies = replies;
    this.currency = currency;
  }

  /** Opens an account with a zero balance: {@code 201}, or {@code 200} with the account as it was. */
  void open(HttpExchange ex) throws IOException {
    JsonNode body = Replies.jsonObject(ex);
    Party party = TxBodyParser.party(body, "accountIdentifiers");
    JsonNode name = body.get("name");
    if (name == null || !name.isObject()) {
      throw TxBodyParser.missing("name.fullName");
    }
    String fullName = TxBodyParser.optionalText(name, "fullName").map(String::strip)
        .filter(s -> !s.isEmpty()).orElseThrow(() -> TxBodyParser.missing("name.fullName"));
    if (fullName.length() > MAX_NAME) {
      throw BadRequest.validation(MmapiErrors.LENGTH, "name.fullName is longer than " + MAX_NAME);
    }
    boolean opened = book.open(party, fullName, Money.zero(currency));
    log.info("account {} {}", party, opened ? "opened" : "exists");
    replies.json(ex, opened ? 201 : 200, Shapes.account(account(party), currency));
  }

  /** {@code balance}, {@code accountname}, and {@code statemententries} or {@code transactions}. */
  void get(HttpExchange ex, Party party, String what) throws IOException {
    switch (what) {
      case "balance" -> replies.json(ex, 200, Shapes.balance(book.balance(party).orElseThrow(() -> unknown(party))));
      case "accountname" -> replies.json(ex, 200,
          Shapes.MAPPER.createObjectNode().set("name", Shapes.name(account(party))));
      case "statemententries", "transactions" -> statement(ex, party);
      default -> throw LookupEndpoints.unknown("no such resource: " + what);
    }
  }

  private void statement(HttpExchange ex, Party party) throws IOException {
    Map<String, String> query = Replies.query(ex);
    int limit = number(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = number(query, "offset", 0, 0, Integer.MAX_VALUE);
    List<MmoTransaction> page = book.statement(party, offset, limit).orElseThrow(() -> unknown(party));
    ArrayNode array = Shapes.MAPPER.createArrayNode();
    page.forEach(t -> array.add(Shapes.transaction(t)));
    ex.getResponseHeaders().set("X-Records-Available-Count", String.valueOf(book.statementSize(party)));
    ex.getResponseHeaders().set("X-Records-Returned-Count", String.valueOf(page.size()));
    replies.json(ex, 200, array);
  }

  private Account account(Party party) {
    return book.account(party).orElseThrow(() -> unknown(party));
  }

  private static int number(Map<String, String> query, String name, int absent, int min, int max) {
    String text = query.get(name);
    if (text == null) {
      return absent;
    }
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw BadRequest.validation(MmapiErrors.FORMAT, name + " must be a number " + min + "-" + max);
  }

  private static BadRequest unknown(Party party) {
    return LookupEndpoints.unknown("no account " + party);
  }
}
