package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.Json;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message a fake user sent to the business (a snapshot). Immutable and thread-safe.
 *
 * @param id its {@code wamid.} id
 * @param from the user's {@code wa_id}
 * @param type the webhook message {@code type}
 * @param timestamp when the user sent it (fake clock)
 * @param message the webhook {@code messages[]} object as JSON
 * @param readState what the app did with it: nothing yet, marked it as read, or also showed a typing indicator
 */
public record UserMessage(String id, String from, String type, Instant timestamp, String message,
    ReadState readState) {

  /**
   * How far the app acknowledged a user's message. Meta's typing indicator is sent with the read mark, so a
   * message with a typing indicator is also read.
   */
  public enum ReadState {
    /** The app has not marked it as read. */
    UNREAD,
    /** The app marked it as read ({@code "status": "read"}). */
    READ,
    /** The app marked it as read and showed a typing indicator ({@code typing_indicator}). */
    READ_WITH_TYPING_INDICATOR
  }

  public UserMessage {
    Objects.requireNonNull(readState, "readState == null");
  }

  /** True once the app marked it as read. */
  public boolean readByBusiness() {
    return readState != ReadState.UNREAD;
  }

  /** True when the app showed a typing indicator in reply to it. */
  public boolean typingIndicator() {
    return readState == ReadState.READ_WITH_TYPING_INDICATOR;
  }

  /** The webhook {@code messages[]} object parsed. */
  public Map<String, Object> json() {
    return Json.parseObject(message);
  }
}
