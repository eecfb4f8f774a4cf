package dev.wabasdk.message;

import org.jspecify.annotations.Nullable;

/**
 * An interactive message ({@code "type": "interactive"}). Like every non-template message it can only be sent
 * inside an open customer service window.
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface InteractiveMessage extends Message
    permits ReplyButtonsMessage, ListMessage, CtaUrlMessage, FlowMessage, LocationRequestMessage, ProductMessage,
        ProductListMessage, CatalogMessage, CarouselMessage, CallPermissionRequestMessage, MixedButtonsMessage,
        VoiceCallMessage, OrderDetailsMessage, OrderStatusMessage, AddressMessage {

  /** Meta's limit on {@code interactive.header.text}. */
  int MAX_HEADER_TEXT_LENGTH = 60;
  /** Meta's limit on {@code interactive.body.text} (list messages allow {@link ListMessage#MAX_BODY_LENGTH}). */
  int MAX_BODY_LENGTH = 1024;
  /** Meta's limit on {@code interactive.footer.text}. */
  int MAX_FOOTER_LENGTH = 60;

  /**
   * {@code interactive.body.text}; null only for a {@link ProductMessage} or a {@link CallPermissionRequestMessage}
   * sent without a body.
   */
  @Nullable String body();

  /** {@code interactive.footer.text}, when there is a footer. */
  @Nullable String footer();
}
