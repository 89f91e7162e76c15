package io.starhash.server.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.starhash.core.phone.PhoneNumbers;
import io.starhash.core.ussd.Hop;
import io.starhash.core.ussd.Screen;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Africa's Talking dialect on its own (in the server's package, as it is package-private):
 * decoding a hop's form body (strict UTF-8, phone number normalised with libphonenumber) and
 * encoding the menu screen into a {@code CON ...} reply.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AfricasTalkingCodecBenchmark {

  private static final String BODY = "sessionId=ATUid_b4c1e0f2a9d34e6f8c2b7a1d5e9f3c07&serviceCode=*165%23"
      + "&phoneNumber=%2B255712000001&networkCode=63902&text=3*100";
  private static final Screen MENU = Screen.con("starhash money\n1 Get my token\n2 Delete my token\n3 Cash in\n"
      + "4 Cash out\n5 Pay merchant\n6 Approve\n7 Send money\n8 My account\n0 Exit");

  private AfricasTalkingDialect dialect;
  private FullHttpRequest request;
  private Hop hop;

  @Setup
  public void setUp() throws BadUssdRequest {
    dialect = new AfricasTalkingDialect(new HopValidator(new PhoneNumbers("TZ")));
    request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, AfricasTalkingDialect.PATH,
        Unpooled.wrappedBuffer(BODY.getBytes(StandardCharsets.US_ASCII)));
    request.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_X_WWW_FORM_URLENCODED);
    hop = dialect.decode(request);
  }

  @Benchmark
  public Hop decode() throws BadUssdRequest {
    return dialect.decode(request);
  }

  @Benchmark
  public ReplyBody encode() {
    return dialect.encode(hop, MENU);
  }

  @TearDown
  public void tearDown() {
    request.release();
  }
}
