package io.starhash.core.mmo;

import com.fasterxml.jackson.databind.JsonNode;
import io.starhash.core.mmo.MmoGateway.StatementLine;
import io.starhash.core.money.Money;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lenient reading of the MMAPI account resources: balance, account name, statement entries. */
final class AccountJson {

  private static final Logger log = LoggerFactory.getLogger(AccountJson.class);

  private AccountJson() {}

  /** {@code {"availableBalance":"100.00","currency":"TZS"}}; empty if unreadable. */
  static Optional<Money> balance(byte[] body) {
    JsonNode node = MmapiJson.tree(body);
    Optional<String> currency = MmapiJson.text(node, "currency");
    Optional<String> amount = MmapiJson.text(node, "availableBalance")
        .or(() -> MmapiJson.text(node, "currentBalance"));
    if (currency.isEmpty() || amount.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Money.parse(amount.get(), currency.get());
    } catch (IllegalArgumentException badCurrency) {
      return Optional.empty();
    }
  }

  /** {@code {"name":{"fullName":"..."}}}, else the given and family names joined. */
  static Optional<String> name(byte[] body) {
    JsonNode name = MmapiJson.tree(body).path("name");
    Optional<String> full = MmapiJson.text(name, "fullName");
    if (full.isPresent()) {
      return full;
    }
    String joined = (MmapiJson.text(name, "firstName").orElse("") + " "
        + MmapiJson.text(name, "lastName").orElse("")).strip();
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }

  /**
   * The statement entries of {@code party}, newest first. An entry whose type or amount cannot be
   * read is left out (and logged); a missing date reads as 0.
   */
  static List<StatementLine> statement(byte[] body, Party party) {
    JsonNode node = MmapiJson.tree(body);
    JsonNode array = node.isArray() ? node : node.path("statementEntries");
    List<StatementLine> lines = new ArrayList<>();
    for (JsonNode entry : array) {
      line(entry, party).ifPresentOrElse(lines::add,
          () -> log.debug("statement of {}: entry {} left out (type or amount unreadable)",
              party, MmapiJson.text(entry, "transactionReference").orElse("?")));
    }
    lines.sort(Comparator.comparingLong(StatementLine::at).reversed());
    return lines;
  }

  private static Optional<StatementLine> line(JsonNode entry, Party party) {
    Optional<String> ref = MmapiJson.text(entry, "transactionReference");
    Optional<TxType> type = MmapiJson.text(entry, "type").flatMap(AccountJson::type);
    Optional<Money> amount = MmapiJson.text(entry, "amount").flatMap(a -> money(a,
        MmapiJson.text(entry, "currency").orElse("")));
    if (ref.isEmpty() || type.isEmpty() || amount.isEmpty()) {
      return Optional.empty();
    }
    boolean credit = names(entry.path("creditParty"), party);
    long at = MmapiJson.text(entry, "creationDate").map(AccountJson::millis).orElse(0L);
    return Optional.of(new StatementLine(ref.get(), type.get(), amount.get(), credit, at));
  }

  private static Optional<TxType> type(String wire) {
    try {
      return Optional.of(TxType.fromWire(wire));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static Optional<Money> money(String amount, String currency) {
    try {
      return Money.parse(amount, currency);
    } catch (IllegalArgumentException badCurrency) {
      return Optional.empty();
    }
  }

  /** Whether the party list names {@code party} (msisdns compared by their digits). */
  private static boolean names(JsonNode parties, Party party) {
    for (JsonNode p : parties) {
      String key = MmapiJson.text(p, "key").orElse("");
      String value = MmapiJson.text(p, "value").orElse("");
      if (key.equalsIgnoreCase(party.idType()) && sameId(party, value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameId(Party party, String value) {
    if (Party.MSISDN.equals(party.idType())) {
      return digits(value).equals(digits(party.id()));
    }
    return value.equals(party.id());
  }

  private static String digits(String s) {
    return s.replaceAll("[^0-9]", "");
  }

  private static long millis(String date) {
    try {
      return OffsetDateTime.parse(date).toInstant().toEpochMilli();
    } catch (DateTimeParseException notOffset) {
      try {
        return Instant.parse(date).toEpochMilli();
      } catch (DateTimeParseException e) {
        return 0L;
      }
    }
  }
}
