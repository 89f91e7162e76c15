package io.starhash.sim.mmo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.starhash.core.mmo.Party;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to its endpoint; turns {@link BadRequest} into its MMAPI error and anything
 * unexpected into {@code 500 internal/genericError}.
 */
final class Router implements HttpHandler {

  private static final Logger log = LoggerFactory.getLogger(Router.class);
  static final String FAULTS_PATH = "/sim/faults";

  private final String basePath;
  private final TransactionEndpoint transactions;
  private final LookupEndpoints lookups;
  private final AccountEndpoints accounts;
  private final FaultEndpoint faults;
  private final Replies replies;

  Router(String basePath, TransactionEndpoint transactions, LookupEndpoints lookups, AccountEndpoints accounts,
      FaultEndpoint faults, Replies replies) {
    this.basePath = basePath;
    this.transactions = transactions;
    this.lookups = lookups;
    this.accounts = accounts;
    this.faults = faults;
    this.replies = replies;
  }

  @Override
  public void handle(HttpExchange ex) {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getPath();
    try {
      if (path.equals(FAULTS_PATH)) {
        faults.handle(ex, method);
      } else if (path.startsWith(basePath + "/")) {
        mmapi(ex, method, List.of(path.substring(basePath.length() + 1).split("/", -1)));
      } else {
        throw LookupEndpoints.unknown("no such resource: " + path);
      }
    } catch (BadRequest e) {
      log.info("{} {} refused {}: {}", method, masked(path), e.status(), e.getMessage());
      answer(ex, e.status(), e);
    } catch (IOException | RuntimeException e) {
      log.error("{} {} crashed", method, masked(path), e);
      answer(ex, 500, new BadRequest(MmapiErrors.internal("the simulator failed: " + e.getClass().getSimpleName())));
    }
  }

  private void mmapi(HttpExchange ex, String method, List<String> seg) throws IOException {
    int n = seg.size();
    String head = seg.get(0);
    if (n == 1 && head.equals("heartbeat")) {
      require(ex, method, "GET");
      lookups.heartbeat(ex);
    } else if (n == 3 && head.equals("transactions") && seg.get(1).equals("type")) {
      require(ex, method, "POST");
      transactions.post(ex, seg.get(2));
    } else if (n == 2 && head.equals("transactions")) {
      require(ex, method, "GET");
      lookups.transaction(ex, seg.get(1));
    } else if (n == 2 && head.equals("requeststates")) {
      require(ex, method, "GET");
      lookups.requestState(ex, seg.get(1));
    } else if (n == 2 && head.equals("responses")) {
      require(ex, method, "GET");
      lookups.response(ex, seg.get(1));
    } else if (n == 2 && head.equals("accounts") && seg.get(1).equals("individual")) {
      require(ex, method, "POST");
      accounts.open(ex);
    } else if (n == 4 && head.equals("accounts")) {
      require(ex, method, "GET");
      accounts.get(ex, party(seg.get(1), seg.get(2)), seg.get(3));
    } else {
      throw LookupEndpoints.unknown("no such resource: " + String.join("/", seg));
    }
  }

  private static Party party(String idType, String id) {
    try {
      return new Party(idType, id);
    } catch (IllegalArgumentException e) {
      throw BadRequest.validation(MmapiErrors.FORMAT, "not an account identifier: " + idType);
    }
  }

  private static void require(HttpExchange ex, String method, String allowed) {
    if (!method.equals(allowed)) {
      throw notAllowed(ex, allowed);
    }
  }

  /** A {@code 405} naming the allowed methods in {@code Allow}. */
  static BadRequest notAllowed(HttpExchange ex, String allowed) {
    ex.getResponseHeaders().set("Allow", allowed);
    return new BadRequest(405, MmapiErrors.validation(MmapiErrors.GENERIC, "use " + allowed));
  }

  private void answer(HttpExchange ex, int status, BadRequest e) {
    try {
      Replies.body(ex); // drain what is left, so the connection can be reused
    } catch (IOException | BadRequest ignored) {
      // the answer below is what matters
    }
    try {
      replies.error(ex, status, e.error());
    } catch (IOException io) {
      log.debug("could not answer: {}", io.toString());
      ex.close();
    }
  }

  /** The path with phone numbers (runs of 7 or more digits) masked, for logs. */
  private static String masked(String path) {
    return java.util.regex.Pattern.compile("\\+?[0-9]{7,}").matcher(path)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(io.starhash.core.phone.Msisdn.mask(m.group())));
  }
}
