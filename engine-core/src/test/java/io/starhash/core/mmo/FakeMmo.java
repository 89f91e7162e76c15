package io.starhash.core.mmo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted MMAPI server on 127.0.0.1, port 0 (like OkHttp's MockWebServer): each route
 * (method + path prefix under {@code /v1.2/mm}) answers from its script in order, the last answer
 * repeating; unscripted routes answer 404. Every request is recorded.
 */
final class FakeMmo implements AutoCloseable {

  static final String BASE_PATH = "/v1.2/mm";

  /** One recorded request. Header names are lower case. */
  record Seen(String method, String path, Map<String, String> headers, String body) {}

  /** One scripted answer. */
  @FunctionalInterface
  interface Answer {
    void answer(HttpExchange exchange) throws IOException;

    /** This answer, then {@code after} once the answer has been sent. */
    default Answer andThen(Runnable after) {
      return exchange -> {
        answer(exchange);
        after.run();
      };
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fake-mmo");
    t.setDaemon(true);
    return t;
  });
  private final CountDownLatch released = new CountDownLatch(1);
  private final Map<String, List<Answer>> scripts = new HashMap<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  private FakeMmo() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  static FakeMmo start() {
    try {
      return new FakeMmo();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
  }

  /** Scripts {@code method} on paths starting with {@code prefix}, replacing any earlier script. */
  synchronized FakeMmo on(String method, String prefix, Answer... answers) {
    scripts.put(method + " " + prefix, new ArrayList<>(List.of(answers)));
    return this;
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** How many requests of {@code method} to paths starting with {@code prefix} came. */
  long count(String method, String prefix) {
    return seen.stream().filter(s -> s.method().equals(method) && s.path().startsWith(prefix)).count();
  }

  static Answer json(int status, String body) {
    return exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    };
  }

  static Answer status(int status) {
    return json(status, "");
  }

  /** Never answers (until the fake is closed): the client times out. */
  Answer hang() {
    return exchange -> {
      try {
        released.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    };
  }

  /** Closes the connection without an answer: the client sees it broken after sending. */
  static Answer drop() {
    return exchange -> {
      throw new IOException("dropped by the fake MMO"); // the server closes the connection
    };
  }

  static String accepted(String serverCorrelationId) {
    return "{\"serverCorrelationId\":\"" + serverCorrelationId + "\",\"status\":\"pending\","
        + "\"notificationMethod\":\"callback\",\"objectReference\":\"\",\"pollLimit\":100}";
  }

  static String completedState(String serverCorrelationId, String ref) {
    return "{\"serverCorrelationId\":\"" + serverCorrelationId + "\",\"status\":\"completed\","
        + "\"notificationMethod\":\"polling\",\"objectReference\":\"" + ref + "\"}";
  }

  static String transaction(String ref) {
    return "{\"transactionReference\":\"" + ref + "\",\"transactionStatus\":\"completed\","
        + "\"type\":\"transfer\",\"amount\":\"100.00\",\"currency\":\"TZS\","
        + "\"creationDate\":\"2026-01-01T10:00:00.000Z\",\"unknownField\":{\"a\":1}}";
  }

  static String error(String category, String code) {
    return "{\"errorCategory\":\"" + category + "\",\"errorCode\":\"" + code + "\","
        + "\"errorDescription\":\"scripted\",\"errorDateTime\":\"2026-01-01T10:00:00.000Z\"}";
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String raw = exchange.getRequestURI().getRawPath();
    String path = raw.startsWith(BASE_PATH) ? raw.substring(BASE_PATH.length()) : raw;
    String query = exchange.getRequestURI().getRawQuery();
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    seen.add(new Seen(method, query == null ? path : path + "?" + query, Map.copyOf(headers), body));
    next(method, path).answer(exchange);
  }

  private synchronized Answer next(String method, String path) {
    String best = null;
    for (String route : scripts.keySet()) {
      String prefix = route.substring(route.indexOf(' ') + 1);
      if (route.startsWith(method + " ") && path.startsWith(prefix)
          && (best == null || route.length() > best.length())) {
        best = route;
      }
    }
    if (best == null) {
      return json(404, error("identification", "genericError"));
    }
    List<Answer> script = scripts.get(best);
    return script.size() > 1 ? script.remove(0) : script.get(0);
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
