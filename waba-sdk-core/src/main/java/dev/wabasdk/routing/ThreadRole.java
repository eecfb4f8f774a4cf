package dev.wabasdk.routing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A responder role under Conversation Routing: who owns a thread, the target of a {@code pass}, and the
 * {@code previous_owner_role} / {@code new_owner_role} of a {@code messaging_handovers} webhook. Open: a value Meta
 * adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the constants below for known
 * values (case-insensitive), so they may be compared with {@code ==}. Meta's wire values are lower case. The list
 * comes from partner SDKs citing Meta's routing overview (Meta's own webhook examples confirm {@code ai_agent} and
 * {@code escalation}). Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code customer_service}
 */
public record ThreadRole(String value) {
  /** The primary responder of the Service entry point. */
  public static final ThreadRole CUSTOMER_SERVICE = new ThreadRole("customer_service");
  /** The primary responder of the Marketing Message Response entry point. */
  public static final ThreadRole MARKETING = new ThreadRole("marketing");
  /** The primary responder of the Utility Response entry point. */
  public static final ThreadRole UTILITY = new ThreadRole("utility");
  /** The primary responder of the Click to WhatsApp entry point. */
  public static final ThreadRole CTWA = new ThreadRole("ctwa");
  /** The designated AI agent (Meta Business Agent), where it is enabled on the account. */
  public static final ThreadRole AI_AGENT = new ThreadRole("ai_agent");
  /** The designated escalation partner: the one responder that may take a thread. */
  public static final ThreadRole ESCALATION = new ThreadRole("escalation");

  /** The six roles documented when this SDK was released, the entry points' primaries first. */
  public static final List<ThreadRole> DOCUMENTED =
      List.of(CUSTOMER_SERVICE, MARKETING, UTILITY, CTWA, AI_AGENT, ESCALATION);

  private static final Map<String, ThreadRole> KNOWN =
      DOCUMENTED.stream().collect(Collectors.toUnmodifiableMap(ThreadRole::value, Function.identity()));

  public ThreadRole {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static ThreadRole of(String value) {
    Objects.requireNonNull(value, "value");
    ThreadRole known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new ThreadRole(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  /**
   * Whether this role is the primary of a message entry point (Service, Marketing Message Response, Utility
   * Response, Click to WhatsApp), as opposed to the AI agent or the escalation partner.
   */
  public boolean isEntryPointPrimary() {
    return equals(CUSTOMER_SERVICE) || equals(MARKETING) || equals(UTILITY) || equals(CTWA);
  }

  @Override
  public String toString() {
    return value;
  }
}
