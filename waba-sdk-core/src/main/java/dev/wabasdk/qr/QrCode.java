package dev.wabasdk.qr;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A QR code (and its short link) that opens a chat with the business with a prefilled message.
 * Immutable and thread-safe.
 *
 * @param code Meta's id of the QR code, e.g. {@code 4O4YGZEG3RIVE1}; also the end of the short link
 * @param prefilledMessage the text put in the user's message box when they scan the code or open the link
 * @param deepLinkUrl the short link, e.g. {@code https://wa.me/message/4O4YGZEG3RIVE1}
 * @param qrImageUrl the URL of the QR code image, when an image format was asked for (Meta's link is temporary:
 *     download the image to keep it)
 */
public record QrCode(String code, String prefilledMessage, String deepLinkUrl, @Nullable String qrImageUrl) {
  public QrCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(prefilledMessage, "prefilledMessage");
    Objects.requireNonNull(deepLinkUrl, "deepLinkUrl");
  }
}
