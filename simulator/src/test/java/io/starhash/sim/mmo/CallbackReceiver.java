package io.starhash.sim.mmo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A client's callback endpoint: a real JDK HTTP server on 127.0.0.1, port 0, that records every request. */
final class CallbackReceiver implements AutoCloseable {

  /** One callback as received. */
  record Received(String method, String path, String correlationId, String contentType, JsonNode body) {}

  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;

  CallbackReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** A callback URL on this receiver, e.g. {@code url("/cb/tx1")}. */
  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** The status every later callback is answered with. */
  void answerWith(int newStatus) {
    status = newStatus;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** The callbacks whose X-CorrelationID is {@code correlationId}. */
  List<Received> receivedFor(String correlationId) {
    return received.stream().filter(r -> correlationId.equals(r.correlationId())).toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex; InputStream in = ex.getRequestBody()) {
      byte[] body = in.readAllBytes();
      received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(),
          ex.getRequestHeaders().getFirst("X-CorrelationID"), ex.getRequestHeaders().getFirst("Content-Type"),
          MmapiTestClient.JSON.readTree(body)));
      ex.sendResponseHeaders(status, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
