package io.starhash.server.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.ussd.UssdEngine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** The whole connection pipeline on an {@link EmbeddedChannel}: bytes in, bytes out, no sockets. */
final class EmbeddedUssd {

  static final PhoneNumbers PHONES = new PhoneNumbers("TZ");

  final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  final EmbeddedChannel channel;

  EmbeddedUssd(UssdEngine engine) {
    this(engine, () -> CompletableFuture.completedFuture(Health.of(Map.of())), List.of());
  }

  EmbeddedUssd(UssdEngine engine, Supplier<CompletionStage<Health>> health, List<UssdDialect> extraDialects) {
    List<UssdDialect> dialects = new ArrayList<>(UssdDialects.standard(PHONES));
    dialects.addAll(extraDialects);
    HttpServerDeps deps = new HttpServerDeps(engine, PHONES, registry, health);
    channel = new EmbeddedChannel(
        new UssdChannelInitializer(HttpServerSettings.of("127.0.0.1", 0), deps, dialects));
  }

  /** Writes raw request bytes and returns every byte written back, as UTF-8 text. */
  String exchange(byte[] request) {
    channel.writeInbound(Unpooled.wrappedBuffer(request));
    channel.runPendingTasks();
    return drain();
  }

  /** Everything written back so far, as UTF-8 text. */
  String drain() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object msg = channel.readOutbound(); msg != null; msg = channel.readOutbound()) {
      ByteBuf buf = (ByteBuf) msg;
      byte[] bytes = new byte[buf.readableBytes()];
      buf.readBytes(bytes);
      buf.release();
      out.writeBytes(bytes);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The count of a counter, 0 when it was never incremented. */
  double count(String name, String... tags) {
    Counter counter = registry.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }

  static String statusLine(String response) {
    return response.substring(0, response.indexOf("\r\n"));
  }
}
