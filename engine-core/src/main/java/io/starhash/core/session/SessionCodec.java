package io.starhash.core.session;

import io.starhash.core.ussd.Screen;
import io.starhash.core.ussd.SessionId;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compact binary form of a {@link Session}: a format byte, then fields as varints and
 * length-prefixed UTF-8 strings. A typical session is 200-350 bytes.
 *
 * <p>Thread-safe (stateless). {@link #decode} rejects unknown formats and truncated data
 * with {@link IllegalArgumentException}.
 */
public final class SessionCodec {

  static final int FORMAT = 1;
  private static final int MAX_STRING = 4096;
  private static final int MAX_VARS = 256;

  private SessionCodec() {}

  public static byte[] encode(Session s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.write(FORMAT);
    string(out, s.id().value());
    string(out, s.msisdn());
    string(out, s.flowId());
    varint(out, s.flowVersion());
    string(out, s.state());
    varint(out, s.hop());
    string(out, s.language());
    string(out, s.text());
    varint(out, s.page());
    varint(out, s.retries());
    out.write(s.lastScreen().continues() ? 1 : 0);
    string(out, s.lastScreen().text());
    varlong(out, s.createdAt());
    varlong(out, s.updatedAt() - s.createdAt());
    varint(out, s.vars().size());
    for (Map.Entry<String, String> e : s.vars().entrySet()) {
      string(out, e.getKey());
      string(out, e.getValue());
    }
    return out.toByteArray();
  }

  public static Session decode(byte[] bytes) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      int format = in.get();
      if (format != FORMAT) {
        throw new IllegalArgumentException("unknown session format " + format);
      }
      SessionId id = new SessionId(string(in));
      String msisdn = string(in);
      String flowId = string(in);
      int flowVersion = varint(in);
      String state = string(in);
      int hop = varint(in);
      String language = string(in);
      String text = string(in);
      int page = varint(in);
      int retries = varint(in);
      boolean continues = in.get() == 1;
      Screen last = new Screen(string(in), continues);
      long createdAt = varlong(in);
      long updatedAt = createdAt + varlong(in);
      int n = varint(in);
      if (n > MAX_VARS) {
        throw new IllegalArgumentException("too many session variables: " + n);
      }
      Map<String, String> vars = new LinkedHashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        vars.put(string(in), string(in));
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("trailing bytes after session");
      }
      return new Session(id, msisdn, flowId, flowVersion, state, vars, hop, language, text, page,
          retries, last, createdAt, updatedAt);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("truncated session record", e);
    }
  }

  private static void string(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(out, b.length);
    out.write(b, 0, b.length);
  }

  private static String string(ByteBuffer in) {
    int len = varint(in);
    if (len > MAX_STRING || len > in.remaining()) {
      throw new IllegalArgumentException("bad string length " + len);
    }
    String s = new String(bytes(in, len), StandardCharsets.UTF_8);
    return s;
  }

  private static byte[] bytes(ByteBuffer in, int len) {
    byte[] b = new byte[len];
    in.get(b);
    return b;
  }

  private static void varint(ByteArrayOutputStream out, int v) {
    varlong(out, v);
  }

  private static void varlong(ByteArrayOutputStream out, long v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative number in session");
    }
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static int varint(ByteBuffer in) {
    long v = varlong(in);
    if (v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("number too large");
    }
    return (int) v;
  }

  private static long varlong(ByteBuffer in) {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = in.get();
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new IllegalArgumentException("malformed varint");
  }
}
