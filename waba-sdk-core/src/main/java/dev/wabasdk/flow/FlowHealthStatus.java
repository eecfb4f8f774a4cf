package dev.wabasdk.flow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Whether a Flow can be sent ({@code health_status}): the overall answer and, per entity the flow depends on (the
 * flow, its WhatsApp Business Account, the business, the app, the phone number), that entity's answer with the
 * errors that block it. Immutable and thread-safe.
 *
 * @param canSendMessage the overall answer: the worst of the entities'
 * @param entities the answer of each entity
 */
public record FlowHealthStatus(CanSendMessage canSendMessage, List<Entity> entities) {
  public FlowHealthStatus {
    Objects.requireNonNull(canSendMessage, "canSendMessage");
    entities = List.copyOf(entities);
  }

  /**
   * One entity a flow depends on. Immutable and thread-safe.
   *
   * @param entityType the kind of entity
   * @param id the entity's id
   * @param canSendMessage this entity's answer
   * @param errors what blocks it (empty when nothing does)
   * @param additionalInfo Meta's notes on a {@code LIMITED} answer (may be empty)
   */
  public record Entity(EntityType entityType, String id, CanSendMessage canSendMessage, List<Error> errors,
      List<String> additionalInfo) {
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
   * The kind of entity a flow depends on ({@code entity_type} in {@code health_status}).
   * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
   * the constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
   *
   * @param value the raw value as Meta sends it, e.g. {@code FLOW}
   */
  public record EntityType(String value) {
    /** The flow itself. */
    public static final EntityType FLOW = new EntityType("FLOW");
    /** The WhatsApp Business Account. */
    public static final EntityType WABA = new EntityType("WABA");
    /** The business portfolio. */
    public static final EntityType BUSINESS = new EntityType("BUSINESS");
    /** The connected Meta app. */
    public static final EntityType APP = new EntityType("APP");
    /** The business phone number. */
    public static final EntityType PHONE_NUMBER = new EntityType("PHONE_NUMBER");

    private static final Map<String, EntityType> KNOWN = Stream.of(FLOW, WABA, BUSINESS, APP, PHONE_NUMBER)
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
