package dev.wabasdk.message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An interactive message with 1 to 3 reply buttons ({@code "interactive": {"type": "button"}}). A tap comes back
 * as an inbound {@code button_reply} carrying the button's id.
 *
 * <pre>{@code
 * ReplyButtonsMessage message = ReplyButtonsMessage.builder()
 *     .to("+4915112345678")
 *     .header(InteractiveHeader.text("Delivery"))
 *     .body("When should we deliver?")
 *     .button("today", "Today")
 *     .button("tomorrow", "Tomorrow")
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param header {@code interactive.header}: text, image, video or document
 * @param body {@code interactive.body.text}, at most 1,024 characters
 * @param footer {@code interactive.footer.text}, at most 60 characters
 * @param buttons {@code interactive.action.buttons}, 1 to 3
 * @param envelope reply context, callback data and extra fields
 */
public record ReplyButtonsMessage(
    Recipient recipient,
    @Nullable InteractiveHeader header,
    String body,
    @Nullable String footer,
    List<Button> buttons,
    Envelope envelope)
    implements InteractiveMessage {

  /** Meta's limit on the number of reply buttons. */
  public static final int MAX_BUTTONS = 3;
  /** Meta's limit on a button's {@code title}. */
  public static final int MAX_BUTTON_TITLE_LENGTH = 20;
  /** Meta's limit on a button's {@code id}. */
  public static final int MAX_BUTTON_ID_LENGTH = 256;

  public ReplyButtonsMessage {
    Checks.interactive(recipient, header, body, MAX_BODY_LENGTH, footer);
    buttons = Checks.list(buttons, "interactive.action.buttons", 1, MAX_BUTTONS);
    Set<String> ids = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (int i = 0; i < buttons.size(); i++) {
      Checks.replyButton(buttons.get(i).id(), buttons.get(i).title(), "interactive.action.buttons[" + i + "].reply",
          ids, titles, "button titles");
    }
    Checks.required(envelope, "envelope");
  }

  /**
   * A reply button.
   *
   * @param id {@code reply.id}: what comes back when the user taps it, at most 256 characters, unique
   * @param title {@code reply.title}: the label, at most 20 characters, unique
   */
  public record Button(String id, String title) {
    public Button {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(title, "title == null");
    }
  }

  /** A builder for a reply-buttons message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReplyButtonsMessage}. */
  public static final class Builder extends InteractiveMessageBuilder.WithHeader<Builder, ReplyButtonsMessage> {
    private final List<Button> buttons = new ArrayList<>();

    Builder() {}

    /** <strong>Required</strong> (1 to 3). Adds a button. */
    public Builder button(String id, String title) {
      return button(new Button(id, title));
    }

    /** Adds a button. */
    public Builder button(Button button) {
      buttons.add(Objects.requireNonNull(button, "button == null"));
      return this;
    }

    @Override
    String directSendKind() {
      return "button";
    }

    @Override
    public ReplyButtonsMessage build() {
      return new ReplyButtonsMessage(
          recipient(), header(), requiredBody(), footer(), buttons, envelope());
    }
  }
}
