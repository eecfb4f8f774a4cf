package dev.wabasdk.testkit;

import java.util.Arrays;
import java.util.Objects;

/**
 * A Conversation Routing role, as Meta's {@code messaging_handovers} webhooks ({@code previous_owner_role},
 * {@code new_owner_role}) and the thread control API ({@code control_pass.target_role}) name it. The values come
 * from third-party SDKs that cite Meta's overview page (Meta's reference was not readable); Meta's own webhook
 * examples show {@code ai_agent} and {@code escalation}.
 */
public enum RoutingRole {
  /** Primary for the Service entry point. */
  CUSTOMER_SERVICE("customer_service"),
  /** Primary for the Marketing Message Response entry point (a user's reply to a marketing template). */
  MARKETING("marketing"),
  /** Primary for the Utility Response entry point (a user's reply to a utility template). */
  UTILITY("utility"),
  /** Primary for the Click to WhatsApp entry point (a user's message from an ad). */
  CTWA("ctwa"),
  /** The designated AI agent (currently Meta Business Agent). */
  AI_AGENT("ai_agent"),
  /** The designated escalation partner: the only responder that may take a thread. */
  ESCALATION("escalation");

  private final String value;

  RoutingRole(String value) {
    this.value = value;
  }

  /** Meta's wire value, e.g. {@code customer_service}. */
  public String value() {
    return value;
  }

  /** Whether this role is the primary of a message entry point (Service, Marketing, Utility, Click to WhatsApp). */
  public boolean isEntryPointPrimary() {
    return this == CUSTOMER_SERVICE || this == MARKETING || this == UTILITY || this == CTWA;
  }

  /** The role with this wire value; {@link IllegalArgumentException} naming Meta's six values otherwise. */
  public static RoutingRole of(String value) {
    Objects.requireNonNull(value, "value");
    for (RoutingRole role : values()) {
      if (role.value.equals(value)) {
        return role;
      }
    }
    throw new IllegalArgumentException("role must be one of " + Arrays.stream(values()).map(RoutingRole::value)
        .toList() + ", was \"" + value + "\"");
  }

  /** The wire value, so that messages read as Meta's. */
  @Override
  public String toString() {
    return value;
  }
}
