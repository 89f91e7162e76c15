package io.starhash.server.cli;

import io.starhash.sim.handset.AfricasTalkingHandset;
import io.starhash.sim.handset.AtHandsetOptions;
import io.starhash.sim.handset.InteractiveHandset;
import io.starhash.sim.transcript.PlayResult;
import io.starhash.sim.transcript.Transcript;
import io.starhash.sim.transcript.TranscriptParseException;
import io.starhash.sim.transcript.TranscriptPlayer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code starhash handset}: a virtual phone dialling a server over the Africa's Talking dialect. */
@Command(name = "handset", mixinStandardHelpOptions = true,
    description = "Dial a starhash server as a virtual handset: interactive, or playing a --script.")
final class HandsetCommand implements Callable<Integer> {

  @Option(names = "--url", required = true, description = "the server's Africa's Talking endpoint, "
      + "e.g. http://127.0.0.1:8080/ussd/africastalking")
  URI url;

  @Option(names = "--msisdn", required = true, description = "the handset's phone number, e.g. +255712000001")
  String msisdn;

  @Option(names = "--code", defaultValue = "*165#", description = "what to dial (default: ${DEFAULT-VALUE})")
  String code;

  @Option(names = "--script", paramLabel = "FILE", description = "play this transcript and exit non-zero on the first mismatch")
  Path script;

  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "a $${NAME} value for the script (repeatable)")
  Map<String, String> vars = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    AfricasTalkingHandset handset = new AfricasTalkingHandset(AtHandsetOptions.of(url, msisdn));
    if (script == null) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      return InteractiveHandset.run(handset, code, in, System.out);
    }
    Map<String, String> all = new LinkedHashMap<>(vars);
    all.putIfAbsent("msisdn", msisdn);
    Transcript transcript;
    try {
      transcript = Transcript.parse(script.toString(), Files.readString(script), all);
    } catch (TranscriptParseException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    PlayResult result = TranscriptPlayer.play(transcript, handset, System.out);
    System.out.println(result.describe());
    return result.passed() ? 0 : 1;
  }
}
