package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.Json;
import java.util.Map;

/**
 * One webhook the fake produced, with how its delivery went (a snapshot). Immutable and thread-safe.
 *
 * @param sequence order in which the fake produced it (duplicates share their original's sequence)
 * @param field the {@code changes[].field}, e.g. {@code messages} or {@code message_template_status_update}
 * @param payload the exact bytes POSTed, as UTF-8
 * @param signature the {@code X-Hub-Signature-256} header value ({@code sha256=<hex>})
 * @param attempts how many POSTs were made (0 when no webhook URL is configured)
 * @param lastStatusCode HTTP status of the last attempt, or -1 when none answered
 * @param duplicate true for an at-least-once duplicate of an earlier delivery
 */
public record WebhookDelivery(long sequence, String field, String payload, String signature, int attempts,
    int lastStatusCode, boolean duplicate) {

  /** True once the app answered 2xx (the fake stops retrying then, so it is the last attempt's status). */
  public boolean delivered() {
    return lastStatusCode >= 200 && lastStatusCode < 300;
  }

  /** The payload parsed as a JSON object. */
  public Map<String, Object> json() {
    return Json.parseObject(payload);
  }
}
