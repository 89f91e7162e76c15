package io.starhash.sim.handset;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.starhash.core.phone.Msisdn;
import io.starhash.core.ussd.Screen;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A handset that dials a starhash server over the Africa's Talking dialect: a form POST per
 * hop carrying the cumulative {@code text}, answered by {@code CON ...} or {@code END ...}.
 *
 * <p>Each {@link #dial} starts a session with a fresh random {@code sessionId}. An input is
 * added to the cumulative text only once its hop was answered; after a failed hop,
 * {@link #resend()} retries it unchanged. Not thread-safe: one instance is one phone.
 */
public final class AfricasTalkingHandset implements Dialer {

  private static final Logger log = LoggerFactory.getLogger(AfricasTalkingHandset.class);

  private final AtHandsetOptions options;
  private final HttpClient http;
  private final List<String> inputs = new ArrayList<>();
  private String sessionId;
  private String serviceCode;
  private boolean ended = true;
  private AtForm lastRequest;
  private int lastHop;

  public AfricasTalkingHandset(AtHandsetOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public Screen dial(String serviceCode) throws HandsetException {
    Objects.requireNonNull(serviceCode, "serviceCode");
    this.sessionId = "sim-" + UUID.randomUUID();
    this.serviceCode = serviceCode;
    this.inputs.clear();
    this.ended = false;
    return hop(null);
  }

  @Override
  public Screen send(String input) throws HandsetException {
    Objects.requireNonNull(input, "input");
    if (ended) {
      throw new HandsetException(HandsetException.Kind.NO_SESSION,
          sessionId == null ? "no session: dial first" : "the session has ended: dial again");
    }
    return hop(input);
  }

  /**
   * Sends the last request again, byte for byte, as a gateway does when a reply was slow.
   *
   * @throws HandsetException when nothing was sent yet, or as for {@link #send}
   */
  public Screen resend() throws HandsetException {
    if (lastRequest == null) {
      throw new HandsetException(HandsetException.Kind.NO_SESSION, "nothing to resend: dial first");
    }
    return post(lastRequest, lastHop);
  }

  /** The id of the current (or last) session, empty before the first dial. */
  public Optional<String> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  private Screen hop(String input) throws HandsetException {
    List<String> typed = new ArrayList<>(inputs);
    if (input != null) {
      typed.add(input);
    }
    AtForm form = new AtForm(sessionId, serviceCode, options.phoneNumber(),
        options.networkCode(), AtForm.cumulative(typed));
    lastRequest = form;
    lastHop = typed.size() + 1;
    Screen screen = post(form, lastHop);
    if (input != null) {
      inputs.add(input);
    }
    ended = !screen.continues();
    return screen;
  }

  private Screen post(AtForm form, int hopNumber) throws HandsetException {
    HttpRequest request = HttpRequest.newBuilder(options.url())
        .timeout(options.requestTimeout())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.encoded(), UTF_8))
        .build();
    HttpResponse<String> response = exchange(request);
    log.debug("session {} phone {} hop {} -> HTTP {}", form.sessionId(),
        Msisdn.mask(form.phoneNumber()), hopNumber, response.statusCode());
    if (response.statusCode() / 100 != 2) {
      throw new HandsetException(HandsetException.Kind.HTTP_STATUS,
          "server answered HTTP " + response.statusCode() + ": " + AtReply.quote(response.body()));
    }
    return AtReply.parse(response.body());
  }

  private HttpResponse<String> exchange(HttpRequest request) throws HandsetException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (HttpTimeoutException e) {
      throw new HandsetException(HandsetException.Kind.TIMEOUT,
          "no reply from " + options.url() + " within " + timeoutOf(e), e);
    } catch (IOException e) {
      throw new HandsetException(HandsetException.Kind.IO,
          "cannot reach " + options.url() + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HandsetException(HandsetException.Kind.IO, "interrupted while waiting for a reply", e);
    }
  }

  private String timeoutOf(HttpTimeoutException e) {
    return e instanceof java.net.http.HttpConnectTimeoutException
        ? options.connectTimeout() + " (connect)"
        : options.requestTimeout().toString();
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
