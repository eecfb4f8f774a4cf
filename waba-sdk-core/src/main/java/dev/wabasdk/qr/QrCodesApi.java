package dev.wabasdk.qr;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The QR codes and short links of the client's phone number ({@code /{phone-number-id}/message_qrdls}). Obtain it
 * from {@code WhatsApp.qrCodes()}. Thread-safe.
 *
 * <p>A prefilled message has at most {@value #MAX_PREFILLED_MESSAGE_LENGTH} characters. Updating a code changes its
 * message and keeps its code and short link, so printed codes keep working.
 *
 * <pre>{@code
 * QrCode qr = whatsApp.qrCodes().create("I'd like to book a table", QrImageFormat.SVG);
 * String link = qr.deepLinkUrl();       // https://wa.me/message/...
 * String image = qr.qrImageUrl();       // download it: Meta's image URL is temporary
 * }</pre>
 */
public interface QrCodesApi {
  /** Meta's limit on the characters of a prefilled message. */
  int MAX_PREFILLED_MESSAGE_LENGTH = 140;

  /**
   * Creates a QR code and short link ({@code POST /{phone-number-id}/message_qrdls}).
   *
   * @throws IllegalArgumentException when the message is blank or longer than
   *     {@value #MAX_PREFILLED_MESSAGE_LENGTH} characters (before any request)
   */
  QrCode create(String prefilledMessage, QrImageFormat imageFormat);

  /** The asynchronous twin of {@link #create}. */
  CompletableFuture<QrCode> createAsync(String prefilledMessage, QrImageFormat imageFormat);

  /** Every QR code of the number ({@code GET /{phone-number-id}/message_qrdls}, all pages), without image URLs. */
  List<QrCode> list();

  /** The asynchronous twin of {@link #list()}. */
  CompletableFuture<List<QrCode>> listAsync();

  /** One QR code ({@code GET /{phone-number-id}/message_qrdls/{code}}), without an image URL. */
  QrCode get(String code);

  /** The asynchronous twin of {@link #get(String)}. */
  CompletableFuture<QrCode> getAsync(String code);

  /** One QR code with the URL of its image in {@code imageFormat}. */
  QrCode get(String code, QrImageFormat imageFormat);

  /** The asynchronous twin of {@link #get(String, QrImageFormat)}. */
  CompletableFuture<QrCode> getAsync(String code, QrImageFormat imageFormat);

  /**
   * Changes the prefilled message of a QR code ({@code POST /{phone-number-id}/message_qrdls} with its
   * {@code code}); the code and short link stay the same.
   */
  QrCode update(String code, String prefilledMessage);

  /** The asynchronous twin of {@link #update}. */
  CompletableFuture<QrCode> updateAsync(String code, String prefilledMessage);

  /** Deletes a QR code ({@code DELETE /{phone-number-id}/message_qrdls/{code}}); its short link stops working. */
  void delete(String code);

  /** The asynchronous twin of {@link #delete}. */
  CompletableFuture<Void> deleteAsync(String code);
}
