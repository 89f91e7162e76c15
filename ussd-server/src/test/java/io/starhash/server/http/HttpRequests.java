package io.starhash.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Raw HTTP/1.1 request bytes, written out by hand so that tests see exactly what goes in. */
final class HttpRequests {

  static final String FORM = "application/x-www-form-urlencoded";
  static final String JSON = "application/json";

  private HttpRequests() {}

  static byte[] post(String path, String contentType, String body) {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), "");
  }

  /** @param extraHeaders more header lines, each ending in CRLF */
  static byte[] post(String path, String contentType, byte[] body, String extraHeaders) {
    String head =
        "POST " + path + " HTTP/1.1\r\n"
            + "Host: localhost\r\n"
            + "Content-Type: " + contentType + "\r\n"
            + "Content-Length: " + body.length + "\r\n"
            + extraHeaders
            + "\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  static byte[] get(String path) {
    return ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }
}
