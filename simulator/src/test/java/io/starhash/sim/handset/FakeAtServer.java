package io.starhash.sim.handset;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real Africa's Talking style server on 127.0.0.1, port 0, answering scripted replies. */
final class FakeAtServer implements AutoCloseable {

  /** One request as received: its form fields, raw body and content type. */
  record Received(Map<String, String> form, String rawBody, String contentType) {
    String field(String name) {
      return form.get(name);
    }
  }

  static {
    // the JDK server writes headers and body apart: without TCP_NODELAY each reply waits ~40 ms
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private record Reply(int status, String body, boolean hang) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
  private final List<Received> received = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  FakeAtServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ussd/at", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ussd/at");
  }

  FakeAtServer reply(int status, String body) {
    replies.add(new Reply(status, body, false));
    return this;
  }

  /** The next request gets no answer until the server is closed. */
  FakeAtServer hang() {
    replies.add(new Reply(0, "", true));
    return this;
  }

  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), UTF_8);
      }
      synchronized (this) {
        received.add(new Received(decode(body), body,
            exchange.getRequestHeaders().getFirst("Content-Type")));
      }
      Reply reply = replies.poll();
      if (reply == null) {
        reply = new Reply(599, "test server: no reply scripted", false);
      }
      if (reply.hang()) {
        awaitRelease();
        return;
      }
      byte[] bytes = reply.body().getBytes(UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private void awaitRelease() {
    try {
      release.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, String> decode(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(URLDecoder.decode(name, UTF_8), URLDecoder.decode(value, UTF_8));
    }
    return form;
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
