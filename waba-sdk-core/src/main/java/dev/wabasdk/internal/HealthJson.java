package dev.wabasdk.internal;

import dev.wabasdk.health.CanSendMessage;
import dev.wabasdk.health.HealthStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reads a node's {@code health_status} (phone numbers, flows) into {@link HealthStatus}. Stateless. */
final class HealthJson {
  private HealthJson() {}

  /** The {@code health_status} object of a node, or null when the node has none. */
  static @Nullable HealthStatus of(Map<String, Object> node) {
    Map<String, Object> health = Json.object(node, "health_status");
    return health == null ? null : read(health);
  }

  @SuppressWarnings("unchecked")
  private static HealthStatus read(Map<String, Object> h) {
    List<HealthStatus.Entity> entities = new ArrayList<>();
    for (Object o : Json.list(h, "entities")) {
      if (o instanceof Map<?, ?> map) {
        Map<String, Object> e = (Map<String, Object>) map;
        List<HealthStatus.Error> errors = new ArrayList<>();
        for (Object eo : Json.list(e, "errors")) {
          if (eo instanceof Map<?, ?> em) {
            Map<String, Object> err = (Map<String, Object>) em;
            Long code = Json.longValue(err, "error_code");
            errors.add(new HealthStatus.Error(code == null ? 0 : code.intValue(),
                Objects.requireNonNullElse(Json.string(err, "error_description"), ""),
                Json.string(err, "possible_solution")));
          }
        }
        List<String> info = new ArrayList<>();
        for (Object io : Json.list(e, "additional_info")) {
          if (io != null) {
            info.add(io.toString());
          }
        }
        String sip = Json.string(e, "can_receive_call_sip");
        entities.add(new HealthStatus.Entity(
            HealthStatus.EntityType.of(Objects.requireNonNullElse(Json.string(e, "entity_type"), "")),
            Objects.requireNonNullElse(Json.string(e, "id"), ""), canSend(e),
            sip == null ? null : CanSendMessage.of(sip), errors, info));
      }
    }
    return new HealthStatus(canSend(h), entities);
  }

  private static CanSendMessage canSend(Map<String, Object> m) {
    return CanSendMessage.of(Objects.requireNonNullElse(Json.string(m, "can_send_message"), ""));
  }
}
