package dev.wabasdk.testkit;

import dev.wabasdk.routing.ThreadRole;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A business's Conversation Routing configuration for one phone number, as the app under test sees it: which
 * entry points the app is the primary of (another responder is the primary of the others), whether Meta Business
 * Agent ({@code ai_agent}) is the primary of every message entry point instead, who the escalation partner is and
 * whether the app has standby visibility. Meta has the business set this in Meta Business Suite, not through the
 * API. Build it with {@link #builder()} and hand it to {@link FakeRouting#enable}. Immutable and thread-safe.
 *
 * @param appPrimaryFor the entry points the app is the primary of, by their role ({@code customer_service},
 *     {@code marketing}, {@code utility}, {@code ctwa}); empty when another responder answers every entry point
 * @param aiAgentPrimary whether Meta Business Agent is the primary of every message entry point (the app then is
 *     the primary of none)
 * @param escalationPartner who may take threads
 * @param appHasStandby whether the app receives {@code standby} copies of the threads it does not own
 * @param summaries whether the business is eligible for Meta's conversation summary (Meta Business Agent offered in
 *     its region and vertical, terms accepted): an app without standby copies then gets {@code conversation_context}
 *     with a pass to it and with the first message of a thread routed to it (Meta: one or the other, never both)
 */
public record RoutingConfiguration(Set<ThreadRole> appPrimaryFor, boolean aiAgentPrimary,
    EscalationPartner escalationPartner, boolean appHasStandby, boolean summaries) {

  /** Who the business designated as the escalation partner. */
  public enum EscalationPartner {
    /** The app under test: it may take threads, explicitly or by sending a service message. */
    APP,
    /** Another responder (e.g. a human agent desk): it may take threads from the app. */
    OTHER_RESPONDER,
    /** Nobody: no take, and a pass needs a target role. */
    NONE
  }

  /** Checks that the roles are entry-point roles and that the app is no primary beside Meta Business Agent. */
  public RoutingConfiguration {
    Objects.requireNonNull(escalationPartner, "escalationPartner");
    Set<ThreadRole> roles = new HashSet<>();
    for (ThreadRole role : Objects.requireNonNull(appPrimaryFor, "appPrimaryFor")) {
      if (!Objects.requireNonNull(role, "appPrimaryFor[]").isEntryPointPrimary()) {
        throw new IllegalArgumentException("appPrimaryFor: " + role + " is not an entry point's primary role (one of"
            + " customer_service, marketing, utility, ctwa); the app holds escalation through escalationPartner(APP)");
      }
      roles.add(role);
    }
    if (aiAgentPrimary && !roles.isEmpty()) {
      throw new IllegalArgumentException("appPrimaryFor must be empty while Meta Business Agent (ai_agent) is the"
          + " primary of every entry point, was " + roles);
    }
    appPrimaryFor = inMetasOrder(roles);
  }

  /**
   * Meta Business Agent answers every entry point; the app is the escalation partner with standby visibility, as
   * Meta's Business Agent page describes (the app watches, takes over by sending a message, releases back).
   */
  public static RoutingConfiguration behindAiAgent() {
    return builder().aiAgentPrimary(true).escalationPartner(EscalationPartner.APP).appHasStandby(true).build();
  }

  /** A builder: the app is the primary of nothing, with no escalation partner and no standby. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with these settings. */
  public Builder toBuilder() {
    return new Builder().appPrimaryFor(appPrimaryFor.toArray(ThreadRole[]::new)).aiAgentPrimary(aiAgentPrimary)
        .escalationPartner(escalationPartner).appHasStandby(appHasStandby).summaries(summaries);
  }

  /** Every role the app holds: its entry points' primary roles, plus {@code escalation} when it is the partner. */
  public Set<ThreadRole> appRoles() {
    Set<ThreadRole> roles = new HashSet<>(appPrimaryFor);
    if (escalationPartner == EscalationPartner.APP) {
      roles.add(ThreadRole.ESCALATION);
    }
    return inMetasOrder(roles);
  }

  /** The roles in {@link ThreadRole#DOCUMENTED}'s order, so that sets print and compare alike. */
  private static Set<ThreadRole> inMetasOrder(Set<ThreadRole> roles) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(ThreadRole.DOCUMENTED.stream().filter(roles::contains)
        .toList()));
  }

  /** Whether some responder holds {@code role} on the number (so a pass may target it). */
  public boolean enabled(ThreadRole role) {
    if (role.equals(ThreadRole.AI_AGENT)) {
      return aiAgentPrimary;
    }
    if (role.equals(ThreadRole.ESCALATION)) {
      return escalationPartner != EscalationPartner.NONE;
    }
    return role.isKnown();
  }

  /** The role that becomes the owner of an idle thread when the user writes through {@code entryPoint}. */
  public ThreadRole primaryFor(ThreadRole entryPoint) {
    if (!entryPoint.isEntryPointPrimary()) {
      throw new IllegalArgumentException("entryPoint must be customer_service, marketing, utility or ctwa, was "
          + entryPoint);
    }
    return aiAgentPrimary ? ThreadRole.AI_AGENT : entryPoint;
  }

  /** Builds a {@link RoutingConfiguration}; by default the app is the primary of nothing, without partner or standby. */
  public static final class Builder {
    private Set<ThreadRole> appPrimaryFor = Set.of();
    private boolean aiAgentPrimary;
    private EscalationPartner escalationPartner = EscalationPartner.NONE;
    private boolean appHasStandby;
    private boolean summaries;

    private Builder() {}

    /** The entry points (by their primary role) whose primary is the app; replaces earlier ones. */
    public Builder appPrimaryFor(ThreadRole... roles) {
      this.appPrimaryFor = Set.copyOf(Arrays.asList(Objects.requireNonNull(roles, "roles")));
      return this;
    }

    /** Whether Meta Business Agent is the primary of every message entry point. */
    public Builder aiAgentPrimary(boolean aiAgentPrimary) {
      this.aiAgentPrimary = aiAgentPrimary;
      return this;
    }

    /** Who may take threads (default {@link EscalationPartner#NONE}). */
    public Builder escalationPartner(EscalationPartner partner) {
      this.escalationPartner = Objects.requireNonNull(partner, "partner");
      return this;
    }

    /** Whether the app receives {@code standby} copies of threads it does not own. */
    public Builder appHasStandby(boolean standby) {
      this.appHasStandby = standby;
      return this;
    }

    /** Whether the business is eligible for Meta's conversation summary ({@link RoutingConfiguration#summaries()}). */
    public Builder summaries(boolean summaries) {
      this.summaries = summaries;
      return this;
    }

    /** The configuration; {@link IllegalArgumentException} for a combination Meta does not allow. */
    public RoutingConfiguration build() {
      return new RoutingConfiguration(appPrimaryFor, aiAgentPrimary, escalationPartner, appHasStandby, summaries);
    }
  }
}
