package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.Json;
import java.time.Instant;
import java.util.Map;

/**
 * A message a fake user sent to the business (a snapshot).
 *
 * @param id its {@code wamid.} id
 * @param from the user's {@code wa_id}
 * @param type the webhook message {@code type}
 * @param timestamp when the user sent it (fake clock)
 * @param message the webhook {@code messages[]} object as JSON
 * @param readByBusiness true once the app marked it as read
 * @param typingIndicator true when the app showed a typing indicator in reply to it
 */
public record UserMessage(String id, String from, String type, Instant timestamp, String message,
    boolean readByBusiness, boolean typingIndicator) {

  /** The webhook {@code messages[]} object parsed. */
  public Map<String, Object> json() {
    return Json.parseObject(message);
  }
}
