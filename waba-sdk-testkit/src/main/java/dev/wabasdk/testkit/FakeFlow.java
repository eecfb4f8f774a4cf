package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.FlowSession;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A flow a {@link FakeUser} opened ({@link FakeUser#opensFlow}), walked screen by screen as the WhatsApp client
 * does: {@link #submit} presses the current screen's Footer (navigate, {@code data_exchange} to the app's endpoint,
 * complete), {@link #back} the back button (an {@code action: BACK} request to the endpoint when the screen has
 * {@code refresh_on_back: true}). Completing sends the {@code nfm_reply} webhook. Thread-safe.
 *
 * <pre>{@code
 * FakeFlow flow = fake.user("+4915112345678").opensFlow("booking-42");
 * flow.submit(Map.of("date", "2024-05-02"));           // APPOINTMENT -> DETAILS
 * flow.back();                                          // DETAILS -> APPOINTMENT
 * flow.submit(Map.of("date", "2024-05-03")).submit(Map.of("name", "Ada"));
 * UserMessage reply = flow.reply();
 * }</pre>
 */
public final class FakeFlow {
  private final FlowSession session;

  FakeFlow(FlowSession session) {
    this.session = session;
  }

  /** The id of the screen the user sees. */
  public String screen() {
    return session.screen();
  }

  /** The data of the screen the user sees (from the message, the previous screen, or the endpoint). */
  public Map<String, Object> data() {
    return session.data();
  }

  /** Fills the current screen with {@code form} (field name to value) and presses its Footer. */
  public FakeFlow submit(Map<String, ?> form) {
    session.submit(Objects.requireNonNull(form, "form"));
    return this;
  }

  /**
   * Presses the back button.
   *
   * @throws IllegalStateException on the first screen, or when the flow is completed
   */
  public FakeFlow back() {
    session.back();
    return this;
  }

  /** Whether the flow ended (its {@code nfm_reply} was sent). */
  public boolean isCompleted() {
    return session.reply() != null;
  }

  /**
   * The {@code nfm_reply} the completion sent.
   *
   * @throws IllegalStateException while the flow is open
   */
  public UserMessage reply() {
    UserMessage reply = session.reply();
    if (reply == null) {
      throw new IllegalStateException("the flow is still open, on screen " + session.screen());
    }
    return reply;
  }

  /** The {@code nfm_reply}, or null while the flow is open. */
  public @Nullable UserMessage replyOrNull() {
    return session.reply();
  }

  @Override
  public String toString() {
    return "FakeFlow{" + session.flowName() + ", screen=" + session.screen() + ", completed=" + isCompleted() + "}";
  }
}
