package io.starhash.sim.load;

import io.starhash.sim.load.AtTestServer.Answer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** A three-hop test flow, its scenario and specs for short runs against it. */
final class LoadFixtures {

  static final String FIRST = "+255700000000";

  /** Menu, amount, done: the screens {@link #SCENARIO} expects. */
  static final String SCENARIO = """
      # three hops
      dial *100#
      see 1 Pay
      con
      type 1
      see Enter amount
      type 5
      see Paid 5 from ${msisdn}
      end
      """;

  private LoadFixtures() {}

  static Answer flow(Map<String, String> form) {
    return switch (form.get("text")) {
      case "" -> Answer.con("Menu\n1 Pay");
      case "1" -> Answer.con("Enter amount");
      case "1*5" -> Answer.end("Paid 5 from " + form.get("phoneNumber"));
      default -> Answer.end("no such screen");
    };
  }

  /** A closed-model run of the three-hop scenario, no warm-up, on 10 numbers. */
  static LoadSpec spec(URI url, int concurrency, Duration duration) {
    return spec(url, SCENARIO, concurrency, duration);
  }

  static LoadSpec spec(URI url, String scenario, int concurrency, Duration duration) {
    return LoadSpec.of(url, Scenarios.parse("test", scenario, Set.of()), concurrency, duration)
        .withWarmup(Duration.ZERO)
        .withNumbers(10, FIRST);
  }
}
