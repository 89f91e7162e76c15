package io.starhash.sim.load;

import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays many virtual handsets at once against one starhash server over the Africa's Talking
 * dialect, and measures hops/s, sessions/s, errors and hop latency.
 *
 * <p>Each handset is one keep-alive HTTP/1.1 connection (opened again when the server closes
 * it) with one hop on the wire at a time, on a non-blocking Netty client of one or two event
 * loop threads. Latency is measured from when a hop was due: a session's first hop is due
 * when the session is due (at once in the closed model; on the rate's schedule in the open
 * model, so waiting for a free handset counts, which corrects coordinated omission); a later
 * hop is due when the previous screen arrived. A failed hop ends its session; after a failed
 * connect the handset waits 100 ms before the next session.
 */
public final class LoadGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(LoadGenerator.class);
  private static final int HANDSETS_PER_EXTRA_THREAD = 32;

  private LoadGenerator() {}

  /**
   * Runs the load for {@code spec.duration()} (plus up to about a second to shut down) and
   * reports it. Sends only to {@code spec.url()}.
   *
   * @throws InterruptedException when interrupted; the run is stopped first
   */
  public static LoadReport run(LoadSpec spec) throws InterruptedException {
    ClientTransport transport = ClientTransport.best();
    int threads = spec.concurrency() >= HANDSETS_PER_EXTRA_THREAD ? 2 : 1;
    MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, transport.ioHandlerFactory());
    try {
      return play(spec, transport, group, threads);
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
    }
  }

  private static LoadReport play(LoadSpec spec, ClientTransport transport,
      MultiThreadIoEventLoopGroup group, int threads) throws InterruptedException {
    long start = System.nanoTime();
    long measureFrom = start + spec.warmup().toNanos();
    LoadRun run = new LoadRun(spec, transport, start);
    List<EventLoop> loops = new ArrayList<>();
    List<Stats> stats = new ArrayList<>();
    group.forEach(executor -> {
      loops.add((EventLoop) executor);
      stats.add(new Stats(measureFrom));
    });
    List<List<Handset>> handsets = new ArrayList<>();
    loops.forEach(loop -> handsets.add(new ArrayList<>()));
    for (int i = 0; i < spec.concurrency(); i++) {
      Handset handset = new Handset(run, loops.get(i % threads), stats.get(i % threads));
      handsets.get(i % threads).add(handset);
      handset.start();
    }
    LOG.info("load on {} with {} handsets for {} ({} warm-up), {}, {} transport, {} thread(s)",
        spec.url(), spec.concurrency(), spec.duration(), spec.warmup(),
        spec.rate().isPresent() ? spec.rate().getAsDouble() + " sessions/s" : "closed model",
        transport.name(), threads);
    Future<?> end = loops.get(0).schedule(() -> { }, run.endNanos() - System.nanoTime(), TimeUnit.NANOSECONDS);
    try {
      end.await();
    } finally {
      run.stop();
    }
    long stoppedAt = System.nanoTime();
    for (int i = 0; i < threads; i++) {
      List<Handset> mine = handsets.get(i);
      await(loops.get(i).submit(() -> mine.forEach(Handset::close)));
    }
    Stats total = new Stats(measureFrom);
    stats.forEach(total::add);
    return report(spec, total, (stoppedAt - measureFrom) / 1e9);
  }

  private static void await(Future<?> task) throws InterruptedException {
    try {
      task.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("closing the handsets failed", e.getCause());
    }
  }

  private static LoadReport report(LoadSpec spec, Stats total, double seconds) {
    double perSecond = seconds > 0 ? 1 / seconds : 0;
    return new LoadReport(total.hops() * perSecond, total.sessions() * perSecond, total.hops(),
        total.sessions(), total.errors(), total.latency(), spec.concurrency(), seconds,
        spec.rate().isPresent() ? spec.rate().getAsDouble() : null);
  }
}
