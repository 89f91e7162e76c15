package io.starhash.sim.mmo;

import com.sun.net.httpserver.HttpServer;
import io.starhash.core.mmo.Party;
import io.starhash.core.money.Money;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Mobile Money Operator that speaks the GSMA Mobile Money API 1.2 over real HTTP at
 * {@link #baseUrl()}: accounts, balances, asynchronous transactions with callbacks or polling,
 * and injectable faults ({@link #faults()}, or {@code /sim/faults}). The JSON shapes are in
 * {@code simulator/README.md}.
 *
 * <p>Money is double entry: {@link #totalBalance()} always equals {@link #totalIssued()}, the
 * sum of the opening balances given to {@link #openAccount}.
 *
 * <p>Thread-safe. Sets {@code sun.net.httpserver.nodelay=true} when loaded (the JDK server reads
 * it once, when the first server of the JVM starts).
 */
public final class MmoSimulator implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MmoSimulator.class);
  /** Where the MMAPI resources live. */
  public static final String BASE_PATH = "/v1.2/mm";

  static {
    // the JDK server writes headers and body apart: without TCP_NODELAY each reply waits ~40 ms
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final MmoSimulatorSettings settings;
  private final HttpServer server;
  private final ExecutorService httpThreads;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService callbackThreads;
  private final HeldExchanges held;
  private final Book book;
  private final FaultInjector faults = new FaultInjector();
  private final AtomicBoolean closed = new AtomicBoolean();

  private MmoSimulator(MmoSimulatorSettings settings) throws IOException {
    this.settings = settings;
    // bind first: if the port is taken, no thread has been started yet
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(settings.host()),
        settings.port()), 0);
    this.book = new Book(settings.currency(), settings.clock());
    this.httpThreads = Executors.newFixedThreadPool(settings.threads(), daemon("mmo-http"));
    this.scheduler = Executors.newScheduledThreadPool(2, daemon("mmo-worker"));
    this.callbackThreads = Executors.newFixedThreadPool(2, daemon("mmo-callback"));
    this.held = new HeldExchanges(scheduler, settings.timeoutHold());
    Replies replies = new Replies(settings.clock());
    Requests requests = new Requests();
    TxService service = new TxService(book, requests, new CallbackSender(callbackThreads,
        settings.callbackTimeout(), settings.clock()), scheduler, settings);
    Router router = new Router(BASE_PATH,
        new TransactionEndpoint(service, new TxBodyParser(settings.currency()), faults, held, replies,
            settings.pollLimit()),
        new LookupEndpoints(requests, book, faults, replies, BASE_PATH, settings.pollLimit()),
        new AccountEndpoints(book, replies, settings.currency()),
        new FaultEndpoint(faults, replies), replies);
    server.createContext("/", router);
    server.setExecutor(httpThreads);
  }

  /** Binds and starts a simulator. */
  public static MmoSimulator start(MmoSimulatorSettings settings) throws IOException {
    MmoSimulator sim = new MmoSimulator(settings);
    sim.server.start();
    log.info("MMO simulator listening on {}", sim.baseUrl());
    return sim;
  }

  /** The MMAPI root, e.g. {@code http://127.0.0.1:41234/v1.2/mm}. */
  public URI baseUrl() {
    return URI.create(root() + BASE_PATH);
  }

  /** The fault admin resource, e.g. {@code http://127.0.0.1:41234/sim/faults}. */
  public URI faultsUrl() {
    return URI.create(root() + Router.FAULTS_PATH);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String currency() {
    return settings.currency();
  }

  /**
   * Opens an account holding {@code opening}, money issued for it (counted in
   * {@link #totalIssued()}). False, and nothing issued, if the account exists.
   */
  public boolean openAccount(Party party, String name, Money opening) {
    return book.open(party, name, opening);
  }

  /** {@link #openAccount(Party, String, Money)} for {@code new Party(idType, id)}. */
  public boolean openAccount(String idType, String id, String name, Money opening) {
    return openAccount(new Party(idType, id), name, opening);
  }

  /** The balance, or empty if there is no such account. */
  public Optional<Money> balance(Party party) {
    return book.balance(party);
  }

  public Optional<Money> balance(String idType, String id) {
    return balance(new Party(idType, id));
  }

  /** The sum of every account's balance. */
  public Money totalBalance() {
    return book.totalBalance();
  }

  /** The sum of every opening balance: what {@link #totalBalance()} must always equal. */
  public Money totalIssued() {
    return book.totalIssued();
  }

  /** Every completed transaction, oldest first. */
  public List<MmoTransaction> transactions() {
    return book.transactions();
  }

  public FaultInjector faults() {
    return faults;
  }

  /** Closes held connections, stops the server and drops pending work and callbacks. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    held.close();
    server.stop(0);
    scheduler.shutdownNow();
    httpThreads.shutdownNow();
    callbackThreads.shutdownNow();
    log.info("MMO simulator on port {} stopped", port());
  }

  private String root() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return "http://" + host + ":" + port();
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
