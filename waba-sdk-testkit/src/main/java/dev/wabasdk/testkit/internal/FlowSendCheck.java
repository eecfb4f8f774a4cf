package dev.wabasdk.testkit.internal;

import dev.wabasdk.testkit.internal.FlowRoutes.FlowState;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Meta's check of the flow a send names: an interactive {@code flow} message's {@code flow_id}/{@code flow_name},
 * or the FLOW button of a template (unless the button carries its own {@code flow_json}). The flow must exist in the
 * account and be PUBLISHED; a DRAFT is sent only by an interactive message with {@code mode: draft}. Refusals use
 * Meta's generic invalid-parameter code 131009 (Meta documents no flow-specific send code) with details naming the
 * flow and its status. Stateless; called under {@link FakeEngine}'s lock because it reads the flows.
 */
final class FlowSendCheck {
  private FlowSendCheck() {}

  static void check(FlowRoutes flows, Map<String, Object> body, String type, @Nullable TemplateRecord template) {
    if (type.equals("interactive") && "flow".equals(Json.string(body, "interactive", "type"))) {
      Map<String, Object> p = Json.map(body, "interactive", "action", "parameters");
      String mode = Json.string(p, "mode");
      check(flows, Json.string(p, "flow_id"), Json.string(p, "flow_name"), "draft".equals(mode),
          "interactive['action']['parameters']");
    }
    if (template == null) {
      return;
    }
    for (Object component : template.components) {
      if (!"BUTTONS".equalsIgnoreCase(Json.string(component, "type"))) {
        continue;
      }
      List<Object> buttons = Json.list(component, "buttons");
      for (int i = 0; i < buttons.size(); i++) {
        Object button = buttons.get(i);
        if ("FLOW".equalsIgnoreCase(Json.string(button, "type")) && Json.string(button, "flow_json") == null) {
          check(flows, Json.string(button, "flow_id"), Json.string(button, "flow_name"), false,
              "template " + template.name + " button " + i);
        }
      }
    }
  }

  private static void check(FlowRoutes flows, @Nullable String flowId, @Nullable String flowName, boolean draftMode,
      String where) {
    if (flowId == null && flowName == null) {
      throw GraphException.of(131009, "Param " + where + " needs flow_id or flow_name.");
    }
    FlowState flow = flows.find(flowId, flowName);
    String named = flowId != null ? "flow_id " + flowId : "flow_name \"" + flowName + "\"";
    if (flow == null) {
      throw GraphException.of(131009, "Param " + where + ": the flow with " + named
          + " does not exist in this WhatsApp Business Account.");
    }
    if (flow.status.equals("PUBLISHED") || (flow.status.equals("DRAFT") && draftMode)) {
      return;
    }
    throw GraphException.of(131009, "Param " + where + ": the flow with " + named + " is " + flow.status
        + (flow.status.equals("DRAFT") ? "; a draft flow is sent only with mode: draft, to test it."
        : "; only a published flow can be sent."));
  }
}
