package dev.wabasdk.testkit;

import dev.wabasdk.routing.ThreadRole;
import dev.wabasdk.testkit.internal.FakeEngine;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Conversation Routing handle of {@link FakeWhatsApp#routing()}: the business number shares its users with other
 * responders (Meta Business Agent, a marketing partner, a human agent desk), and each user's thread has one owner
 * or none (idle). Off by default: every message goes to the app, as without routing.
 *
 * <p>While on, a user's message to an idle thread goes to the primary of its entry point, which becomes the owner;
 * the app gets {@code messages} only for threads it owns, {@code standby} copies of the others when it has standby
 * visibility, else nothing. The app moves threads with {@code POST /{phone-number-id}/thread_control}; the test
 * plays the other responders with {@link #passToApp}, {@link #takeFromApp} and {@link #otherResponderSends}. A
 * thread is idle again 24 h after its user's last message on the fake clock. Thread-safe, like the fake.
 */
public final class FakeRouting {
  private final FakeEngine engine;

  FakeRouting(FakeEngine engine) {
    this.engine = engine;
  }

  /** Turns routing on with {@code configuration}, or changes it; threads keep their owners. */
  public FakeRouting enable(RoutingConfiguration configuration) {
    engine.routing().enable(Objects.requireNonNull(configuration, "configuration"));
    return this;
  }

  /** Turns routing off and forgets every thread. */
  public FakeRouting disable() {
    engine.routing().disable();
    return this;
  }

  /** The current routing configuration, or null while routing is off. */
  public @Nullable RoutingConfiguration configuration() {
    return engine.routing().configuration();
  }

  /** The role owning the thread with {@code phone} (E.164, {@code +} optional), or null when it is idle. */
  public @Nullable ThreadRole owner(String phone) {
    return engine.routing().owner(FakeEngine.waId(phone));
  }

  /** Whether the app owns the thread with {@code phone} (one of {@link RoutingConfiguration#appRoles()}). */
  public boolean appOwns(String phone) {
    return engine.routing().appOwns(FakeEngine.waId(phone));
  }

  /**
   * The other responder owning the thread passes it to the app without a target role: to {@code escalation} when
   * the app is the escalation partner, else to the app's first entry-point role. The app gets
   * {@code messaging_handovers} {@code control_passed} with {@code metadata} (null: none, at most 2,000 characters).
   *
   * @throws IllegalStateException when the thread is idle or the app owns it already
   */
  public FakeRouting passToApp(String phone, @Nullable String metadata) {
    engine.routing().passToApp(FakeEngine.waId(phone), null, metadata);
    return this;
  }

  /** As {@link #passToApp(String, String)}, to {@code target}, one of the app's roles. */
  public FakeRouting passToApp(String phone, ThreadRole target, @Nullable String metadata) {
    engine.routing().passToApp(FakeEngine.waId(phone), Objects.requireNonNull(target, "target"), metadata);
    return this;
  }

  /**
   * The other responder, as the escalation partner
   * ({@link RoutingConfiguration.EscalationPartner#OTHER_RESPONDER}), takes the thread: it owns it as
   * {@code escalation}; the app gets {@code control_taken} when it owned the thread.
   *
   * @throws IllegalStateException when another responder is not the escalation partner
   */
  public FakeRouting takeFromApp(String phone, @Nullable String metadata) {
    engine.routing().takeFromApp(FakeEngine.waId(phone), metadata);
    return this;
  }

  /**
   * Another responder sends {@code text} to the user (a service message inside their window). With standby
   * visibility the app gets a {@code standby} {@code message_echoes} item (the Send API body), then the
   * {@code sent} and {@code delivered} statuses. When another responder is the escalation partner, this takes the
   * thread (the app, if it owned it, gets {@code control_taken}); returns the message's wamid.
   *
   * @throws IllegalStateException when the app owns the thread (and the sender may not take it) or the window is
   *     closed
   */
  public String otherResponderSends(String phone, String text) {
    return engine.routing().otherResponderSends(FakeEngine.waId(phone), Objects.requireNonNull(text, "text"));
  }
}
