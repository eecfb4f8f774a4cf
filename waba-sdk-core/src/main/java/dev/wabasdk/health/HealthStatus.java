package dev.wabasdk.health;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Whether messages can be sent using a node ({@code GET /<NODE_ID>?fields=health_status} on a phone number, a
 * template, a Flow or a WhatsApp Business Account): the overall answer and, per entity involved (the number or the
 * template or the flow, its WhatsApp Business Account, the business portfolio, the app), that entity's answer with
 * what blocks or limits it. Immutable and thread-safe.
 *
 * @param canSendMessage the overall answer: the worst of the entities'
 * @param entities the answer of each entity
 */
public record HealthStatus(CanSendMessage canSendMessage, List<Entity> entities) {
  public HealthStatus {
    Objects.requireNonNull(canSendMessage, "canSendMessage");
    entities = List.copyOf(entities);
  }

  /** The entity of this kind, e.g. {@link EntityType#PHONE_NUMBER}, or null when Meta did not list one. */
  public @Nullable Entity entity(EntityType type) {
    Objects.requireNonNull(type, "type");
    for (Entity entity : entities) {
      if (entity.entityType().equals(type)) {
        return entity;
      }
    }
    return null;
  }

  /**
   * One entity involved in sending. Immutable and thread-safe.
   *
   * @param entityType the kind of entity
   * @param id the entity's id
   * @param canSendMessage this entity's answer
   * @param canReceiveCallSip whether it can receive calls over SIP ({@code can_receive_call_sip}, on a phone number
   *     or the app, on the same scale as {@code can_send_message}), else null
   * @param errors what blocks it (empty when nothing does)
   * @param additionalInfo Meta's notes on a {@code LIMITED} answer (may be empty)
   */
  public record Entity(EntityType entityType, String id, CanSendMessage canSendMessage,
      @Nullable CanSendMessage canReceiveCallSip, List<Error> errors, List<String> additionalInfo) {
    public Entity {
      Objects.requireNonNull(entityType, "entityType");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(canSendMessage, "canSendMessage");
      errors = List.copyOf(errors);
      additionalInfo = List.copyOf(additionalInfo);
    }
  }

  /**
   * One reason an entity blocks sending. Immutable and thread-safe.
   *
   * @param errorCode Meta's error code, e.g. {@code 131000}
   * @param errorDescription what is wrong
   * @param possibleSolution a link or hint to fix it, or null
   */
  public record Error(int errorCode, String errorDescription, @Nullable String possibleSolution) {
    public Error {
      Objects.requireNonNull(errorDescription, "errorDescription");
    }
  }

  /**
   * The kind of entity involved in sending ({@code entity_type} in {@code health_status}).
   * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
   * the constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
   *
   * @param value the raw value as Meta sends it, e.g. {@code FLOW}
   */
  public record EntityType(String value) {
    /** A Flow. */
    public static final EntityType FLOW = new EntityType("FLOW");
    /** A message template. */
    public static final EntityType MESSAGE_TEMPLATE = new EntityType("MESSAGE_TEMPLATE");
    /** The WhatsApp Business Account. */
    public static final EntityType WABA = new EntityType("WABA");
    /** The business portfolio. */
    public static final EntityType BUSINESS = new EntityType("BUSINESS");
    /** The connected Meta app. */
    public static final EntityType APP = new EntityType("APP");
    /** The business phone number. */
    public static final EntityType PHONE_NUMBER = new EntityType("PHONE_NUMBER");

    private static final Map<String, EntityType> KNOWN =
        Stream.of(FLOW, MESSAGE_TEMPLATE, WABA, BUSINESS, APP, PHONE_NUMBER)
            .collect(Collectors.toUnmodifiableMap(EntityType::value, Function.identity()));

    public EntityType {
      Objects.requireNonNull(value, "value");
    }

    /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
    public static EntityType of(String value) {
      Objects.requireNonNull(value, "value");
      EntityType known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
      return known != null ? known : new EntityType(value);
    }

    /** Whether this is one of the values documented when this SDK was released. */
    public boolean isKnown() {
      return KNOWN.containsKey(value);
    }

    @Override
    public String toString() {
      return value;
    }
  }
}
