package io.starhash.flows.registry;

import io.starhash.flows.model.FlowDefinition;
import io.starhash.flows.model.Problem;
import io.starhash.flows.parse.FlowParser;
import io.starhash.flows.runtime.CompiledFlow;
import io.starhash.flows.runtime.FlowMachine;
import io.starhash.flows.validate.FlowValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flows that run: the published version of each flow, found by service code, and every
 * version a live session may still be on. A flow is published only when it has no problem;
 * otherwise the last valid version keeps running. Publishing swaps one immutable snapshot, so
 * a hop sees either the old or the new flows, never a mix.
 *
 * <p>Thread-safe.
 */
public final class FlowRegistry {

  private static final Logger log = LoggerFactory.getLogger(FlowRegistry.class);

  private final FlowParser parser = new FlowParser();
  private final FlowValidator validator;
  private final FlowMachine.Factory machines;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.EMPTY);

  /** The outcome of loading one flow file. */
  public record LoadResult(boolean published, String flowId, int version, List<Problem> problems) {}

  private record Version(CompiledFlow flow, String source) {}

  private record Snapshot(Map<String, Version> current, Map<String, Version> byCode, Map<String, Version> all) {
    static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Map.of());
  }

  public FlowRegistry(FlowValidator validator, FlowMachine.Factory machines) {
    this.validator = validator;
    this.machines = machines;
  }

  /** Parses, validates and, when there is no problem, publishes the flow in {@code yaml}. */
  public synchronized LoadResult load(String file, String yaml) {
    FlowParser.Result parsed = parser.parse(file, yaml);
    List<Problem> problems = new ArrayList<>(parsed.problems());
    if (parsed.flow().isEmpty()) {
      return refused(file, "?", 0, problems);
    }
    FlowDefinition def = parsed.flow().get();
    problems.addAll(validator.validate(def));
    Snapshot snap = snapshot.get();
    Version known = snap.all().get(key(def.id(), def.version()));
    if (known != null && !known.source().equals(yaml)) {
      problems.add(new Problem(file, 1, "", "version " + def.version() + " of flow '" + def.id()
          + "' is already published with other content: raise the version"));
    }
    for (String code : def.serviceCodes()) {
      Version owner = snap.byCode().get(code);
      if (owner != null && !owner.flow().id().equals(def.id())) {
        problems.add(new Problem(file, 1, "", "service code " + code + " already belongs to flow '" + owner.flow().id() + "'"));
      }
    }
    if (!problems.isEmpty()) {
      return refused(file, def.id(), def.version(), problems.stream().sorted().toList());
    }
    Version v = known != null ? known : new Version(new CompiledFlow(def, machines), yaml);
    publish(snap, v);
    log.info("flow {} v{} published from {}", def.id(), def.version(), file);
    return new LoadResult(true, def.id(), def.version(), List.of());
  }

  private void publish(Snapshot snap, Version v) {
    Map<String, Version> current = new HashMap<>(snap.current());
    Version previous = current.put(v.flow().id(), v);
    Map<String, Version> byCode = new HashMap<>(snap.byCode());
    if (previous != null) {
      previous.flow().definition().serviceCodes().forEach(byCode::remove);
    }
    v.flow().definition().serviceCodes().forEach(c -> byCode.put(c, v));
    Map<String, Version> all = new HashMap<>(snap.all());
    all.put(key(v.flow().id(), v.flow().version()), v);
    snapshot.set(new Snapshot(Map.copyOf(current), Map.copyOf(byCode), Map.copyOf(all)));
  }

  private static LoadResult refused(String file, String id, int version, List<Problem> problems) {
    log.warn("flow file {} refused with {} problem(s); the last valid version keeps running", file, problems.size());
    problems.forEach(p -> log.warn("  {}", p));
    return new LoadResult(false, id, version, problems);
  }

  /** The published flow that answers {@code serviceCode} ({@code *165#}). */
  public Optional<CompiledFlow> forServiceCode(String serviceCode) {
    return Optional.ofNullable(snapshot.get().byCode().get(serviceCode)).map(Version::flow);
  }

  /** A version a session started on, published now or before. */
  public Optional<CompiledFlow> version(String id, int version) {
    return Optional.ofNullable(snapshot.get().all().get(key(id, version))).map(Version::flow);
  }

  /** The published version of every flow. */
  public List<CompiledFlow> published() {
    return snapshot.get().current().values().stream().map(Version::flow).toList();
  }

  private static String key(String id, int version) {
    return id + "@" + version;
  }
}
