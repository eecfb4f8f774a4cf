package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.internal.FlowRoutes.FlowState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /{waba-id}/migrate_flows}: copies flows from another WhatsApp Business Account of the same fake (Meta
 * migrates only between accounts of one business) into this one, as Meta does: the sources stay, each copy gets a new
 * id and keeps its name, categories, Flow JSON and endpoint, and is PUBLISHED when its source is, else DRAFT; a name
 * that already exists in the destination fails with Meta's 4233041; more than 100 names are refused. Answers
 * {@code migrated_flows} and {@code failed_flows}. Stateless; it takes each engine's lock in turn, never both.
 */
final class FlowMigrations {
  private static final int MAX_NAMES = 100;

  private FlowMigrations() {}

  static Map<String, Object> migrate(FakeEngine destination, Map<String, Object> body) {
    FakeEngine source = destination.migrationSource(Json.string(body, "source_waba_id"));
    String sourceWaba = source.config.businessAccountId();
    List<String> names = new ArrayList<>();
    for (Object n : Json.list(body, "source_flow_names")) {
      names.add(String.valueOf(n));
    }
    if (names.size() > MAX_NAMES) {
      // Meta: "Only 100 Flows can be migrated in a request"; it documents no code, the fake answers 100.
      throw GraphException.of(100, "Param source_flow_names must name at most " + MAX_NAMES
          + " flows: only " + MAX_NAMES + " Flows can be migrated in a request, got " + names.size() + ".");
    }
    List<FlowState> copies = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    synchronized (source.lock) {
      Map<String, FlowState> byName = new LinkedHashMap<>();
      for (FlowState f : source.flows.all()) {
        byName.put(f.name, f);
      }
      for (String name : names.isEmpty() ? List.copyOf(byName.keySet()) : names) {
        FlowState f = byName.get(name);
        if (f == null) {
          // Not one of Meta's documented codes: the fake's answer for a name the source does not have.
          failed.add(obj("source_name", name, "error_code", "100", "error_message",
              "Flows Migration Error: No flow named \"" + name + "\" exists in source WABA " + sourceWaba + "."));
        } else {
          FlowState copy = new FlowState(f.id, f.name, new ArrayList<>(f.categories));
          copy.flowJson = f.flowJson;
          copy.validationErrors = f.validationErrors;
          copy.endpointUri = f.endpointUri;
          copy.status = f.status.equals("PUBLISHED") ? "PUBLISHED" : "DRAFT";
          copies.add(copy);
        }
      }
    }
    List<Object> migrated = new ArrayList<>();
    synchronized (destination.lock) {
      for (FlowState copy : copies) {
        if (destination.flows.find(null, copy.name) != null) {
          failed.add(obj("source_name", copy.name, "error_code", "4233041", "error_message",
              "Flows Migration Error: Flow with the same name exists in destination WABA."));
          continue;
        }
        FlowState added = destination.flows.adopt(copy);
        migrated.add(obj("source_name", copy.name, "source_id", copy.id, "migrated_id", added.id));
      }
    }
    return obj("migrated_flows", migrated, "failed_flows", failed);
  }
}
