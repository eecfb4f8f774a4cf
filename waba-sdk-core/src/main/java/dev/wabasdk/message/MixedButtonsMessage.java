package dev.wabasdk.message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An interactive message mixing call-to-action URL buttons and reply buttons in one button list
 * ({@code "interactive": {"type": "button"}} whose {@code action.buttons} hold {@code "type": "cta_url"} and
 * {@code "type": "reply"} entries): 1 to 10 buttons, at most 2 of them URL buttons, the URL buttons first. Meta
 * documents it for Direct Send, where it recommends it over the single CTA URL message
 * (<a href="https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/supported-message-types/">
 * Supported message types</a>, 2026-08-13; limits from "Supported features and limits", 2026-07-31), so a
 * {@link MessageBuilder#category category} is required. A tap on a reply button comes back in the template
 * {@code button} webhook format ({@code button.payload} is the button's id).
 *
 * <pre>{@code
 * MixedButtonsMessage message = MixedButtonsMessage.builder()
 *     .to("+4915112345678")
 *     .body("Your parcel is out for delivery.")
 *     .urlButton("Track", "https://example.com/track/123")
 *     .replyButton("received", "Received")
 *     .category(DirectSendCategory.UTILITY)
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param header {@code interactive.header}: text, image, video or document
 * @param body {@code interactive.body.text}, at most 1,024 characters
 * @param footer {@code interactive.footer.text}, at most 60 characters
 * @param buttons {@code interactive.action.buttons}: 1 to 10, at most 2 URL buttons, URL buttons first
 * @param envelope reply context, callback data, extra fields and the Direct Send category
 * @since 0.3
 */
public record MixedButtonsMessage(
    Recipient recipient,
    @Nullable InteractiveHeader header,
    String body,
    @Nullable String footer,
    List<Button> buttons,
    Envelope envelope)
    implements InteractiveMessage {

  /** Meta's limit on the number of buttons. */
  public static final int MAX_BUTTONS = 10;
  /** Meta's limit on the number of call-to-action URL buttons among them. */
  public static final int MAX_URL_BUTTONS = 2;
  /** Meta's limit on a button's label (template button text). */
  public static final int MAX_BUTTON_TEXT_LENGTH = 20;
  /** Meta's limit on a reply button's {@code id}. */
  public static final int MAX_BUTTON_ID_LENGTH = 256;

  public MixedButtonsMessage {
    Checks.interactive(recipient, header, body, MAX_BODY_LENGTH, footer);
    buttons = Checks.list(buttons, "interactive.action.buttons", 1, MAX_BUTTONS);
    Set<String> ids = new HashSet<>();
    Set<String> labels = new HashSet<>();
    int urlButtons = 0;
    boolean replySeen = false;
    for (int i = 0; i < buttons.size(); i++) {
      Button button = buttons.get(i);
      String path = "interactive.action.buttons[" + i + "]";
      if (button instanceof UrlButton url) {
        if (++urlButtons > MAX_URL_BUTTONS) {
          throw new IllegalArgumentException("interactive.action.buttons: at most " + MAX_URL_BUTTONS
              + " call-to-action URL buttons, was " + urlButtons + " (button " + i + ")");
        }
        if (replySeen) {
          throw new IllegalArgumentException(path + ": call-to-action URL buttons go before the reply buttons, was"
              + " URL button \"" + url.displayText() + "\" after a reply button");
        }
        String label = Checks.text(url.displayText(), path + ".cta_url.display_text", 1, MAX_BUTTON_TEXT_LENGTH);
        Checks.unique(labels, label, path + ".cta_url.display_text", "button labels");
        Checks.httpUrl(url.url(), path + ".cta_url.url");
      } else if (button instanceof ReplyButton reply) {
        replySeen = true;
        Checks.replyButton(reply.id(), reply.title(), path + ".reply", ids, labels, "button labels");
      }
    }
    Checks.required(envelope, "envelope");
    if (envelope.directSend() == null) {
      throw new IllegalArgumentException("category: Meta documents mixed URL and reply buttons for Direct Send"
          + " only; set category(DirectSendCategory.UTILITY), or send a ReplyButtonsMessage or CtaUrlMessage");
    }
  }

  /** A button of a mixed message: a {@link UrlButton} or a {@link ReplyButton}. Immutable and thread-safe. */
  public sealed interface Button permits UrlButton, ReplyButton {}

  /**
   * A call-to-action URL button ({@code {"type": "cta_url", "cta_url": {...}}}).
   *
   * @param displayText {@code cta_url.display_text}: the label, at most 20 characters, unique among the labels
   * @param url {@code cta_url.url}: an {@code http(s)} URL
   */
  public record UrlButton(String displayText, String url) implements Button {
    public UrlButton {
      Objects.requireNonNull(displayText, "displayText == null");
      Objects.requireNonNull(url, "url == null");
    }
  }

  /**
   * A reply button ({@code {"type": "reply", "reply": {...}}}).
   *
   * @param id {@code reply.id}: what the tap's {@code button.payload} carries, at most 256 characters, unique
   * @param title {@code reply.title}: the label, at most 20 characters, unique among the labels
   */
  public record ReplyButton(String id, String title) implements Button {
    public ReplyButton {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(title, "title == null");
    }
  }

  /** A builder for a mixed-buttons message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MixedButtonsMessage}. Not thread-safe. */
  public static final class Builder extends InteractiveMessageBuilder.WithHeader<Builder, MixedButtonsMessage> {
    private final List<Button> buttons = new ArrayList<>();

    Builder() {}

    /** Adds a call-to-action URL button (at most 2, before the reply buttons). */
    public Builder urlButton(String displayText, String url) {
      return button(new UrlButton(displayText, url));
    }

    /** Adds a reply button. */
    public Builder replyButton(String id, String title) {
      return button(new ReplyButton(id, title));
    }

    /** <strong>Required</strong> (1 to 10 in all). Adds a button. */
    public Builder button(Button button) {
      buttons.add(Objects.requireNonNull(button, "button == null"));
      return this;
    }

    @Override
    String directSendKind() {
      return "mixed";
    }

    @Override
    public MixedButtonsMessage build() {
      return new MixedButtonsMessage(recipient(), header(), requiredBody(), footer(), buttons, envelope());
    }
  }
}
