package dev.wabasdk.testkit;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.testkit.internal.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message the app sent to the fake (a snapshot: its {@link #status()} is the one at the time of the call).
 * Immutable and thread-safe.
 *
 * @param id the {@code wamid.} id the fake answered
 * @param to the recipient's {@code wa_id} (digits only)
 * @param type the message {@code type} ({@code text}, {@code template}, {@code interactive}, ...)
 * @param timestamp when the fake accepted it (fake clock)
 * @param status the latest status (core's {@link DeliveryStatus}: accepted, sent, delivered, read or failed)
 * @param error the asynchronous error when {@code status} is {@link DeliveryStatus#FAILED}, else null
 * @param pricingCategory the {@code pricing.category} reported in status webhooks, e.g. {@code marketing}
 * @param pricingType the {@code pricing.type}, e.g. {@code regular} or {@code free_customer_service}
 * @param billable the {@code pricing.billable} flag
 * @param request the request body as sent
 */
public record SentMessage(String id, String to, String type, Instant timestamp, DeliveryStatus status,
    @Nullable GraphErrorResponse error, PricingCategory pricingCategory, String pricingType, boolean billable,
    String request) {

  /** The request body parsed as a JSON object. */
  public Map<String, Object> json() {
    return Json.parseObject(request);
  }

  /** A value of the request by object keys, e.g. {@code field("text", "body")}; null when absent. */
  public @Nullable Object field(String... path) {
    return Json.at(json(), path);
  }

  /** {@code text.body} for text messages, else null. */
  public @Nullable String text() {
    return Json.string(json(), "text", "body");
  }

  /** {@code template.name} for template messages, else null. */
  public @Nullable String templateName() {
    return Json.string(json(), "template", "name");
  }

  /** {@code template.language.code} for template messages, else null. */
  public @Nullable String templateLanguage() {
    return Json.string(json(), "template", "language", "code");
  }

  /** The text values of the template's {@code body} parameters, in order (empty when there are none). */
  public List<String> templateBodyParameters() {
    List<String> values = new ArrayList<>();
    for (Object component : Json.list(json(), "template", "components")) {
      String kind = Json.string(component, "type");
      if (kind != null && kind.toLowerCase(Locale.ROOT).equals("body")) {
        for (Object parameter : Json.list(component, "parameters")) {
          Object text = Json.at(parameter, "text");
          values.add(text != null ? String.valueOf(text) : Json.write(parameter));
        }
      }
    }
    return values;
  }

  /** {@code interactive.type} for interactive messages, else null. */
  public @Nullable String interactiveType() {
    return Json.string(json(), "interactive", "type");
  }
}
