package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Hand-written Payments API JSON for the wire tests, after Meta's examples, and the webhooks the fake sent. */
final class PaymentsJson {
  static final String INDIA_USER = "+919876543210";
  static final String BRAZIL_USER = "+5511987654321";
  static final String CONFIGURATION = "razorpay-prod";

  private PaymentsJson() {}

  /** Meta's India payment gateway example (Razorpay), made consistent: 2 × 100.00 + 10 tax + 10 shipping − 10. */
  static String indiaOrder(String reference, long expiresAt) {
    return """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"919876543210","type":"interactive",
         "interactive":{"type":"order_details",
          "header":{"type":"image","image":{"link":"https://example.com/p.png"}},
          "body":{"text":"Your order"},"footer":{"text":"Thanks"},
          "action":{"name":"review_and_pay","parameters":{
            "reference_id":"%s","type":"digital-goods",
            "payment_settings":[{"type":"payment_gateway","payment_gateway":{
                "type":"razorpay","configuration_name":"razorpay-prod",
                "razorpay":{"receipt":"rcpt-1","notes":{"key1":"value1"}}}}],
            "currency":"INR","total_amount":{"value":21000,"offset":100},
            "order":{"status":"pending","catalog_id":"194836987003835",
              "expiration":{"timestamp":"%d","description":"Expires in 1 hour"},
              "items":[{"retailer_id":"1234567","name":"Bread","amount":{"value":10000,"offset":100},"quantity":2}],
              "subtotal":{"value":20000,"offset":100},
              "tax":{"value":1000,"offset":100,"description":"GST"},
              "shipping":{"value":1000,"offset":100},
              "discount":{"value":1000,"offset":100,"discount_program_name":"WELCOME"}}}}}}
        """.formatted(reference, expiresAt);
  }

  /** The India example for an order expiring an hour after {@code fake}'s now. */
  static String indiaOrder(FakeWhatsApp fake, String reference) {
    return indiaOrder(reference, fake.clock().instant().plus(Duration.ofHours(1)).getEpochSecond());
  }

  /** Meta's simplified Brazilian Pix order: the total only. */
  static String pixOrder(String reference) {
    return """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"5511987654321","type":"interactive",
         "interactive":{"type":"order_details","body":{"text":"Your message content"},
          "action":{"name":"review_and_pay","parameters":{
            "reference_id":"%s","type":"digital-goods","payment_type":"br",
            "payment_settings":[{"type":"pix_dynamic_code","pix_dynamic_code":{
               "code":"00020101021226700014br.gov.bcb.pix2548pix.example.com",
               "merchant_name":"Account holder name","key":"39580525000189","key_type":"CNPJ"}}],
            "currency":"BRL","total_amount":{"value":50000,"offset":100}}}}}
        """.formatted(reference);
  }

  /** A Brazilian one-click card order with an order object. */
  static String cardOrder(String reference) {
    return """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"5511987654321","type":"interactive",
         "interactive":{"type":"order_details","body":{"text":"Confirm your order"},
          "action":{"name":"review_and_pay","parameters":{
            "reference_id":"%s","type":"physical-goods","payment_type":"br",
            "payment_settings":[{"type":"offsite_card_pay","offsite_card_pay":{
               "last_four_digits":"5235","credential_id":"1234567"}}],
            "currency":"BRL","total_amount":{"value":5500,"offset":100},
            "order":{"status":"pending","items":[{"retailer_id":"sku-1","name":"Coffee",
               "amount":{"value":2500,"offset":100},"sale_amount":{"value":2000,"offset":100},"quantity":2}],
              "subtotal":{"value":4000,"offset":100},"tax":{"value":0,"offset":100},
              "shipping":{"value":1500,"offset":100}}}}}}
        """.formatted(reference);
  }

  /** An {@code order_status} message to {@code to} (digits). */
  static String orderStatus(String to, String reference, String status) {
    return """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"interactive",
         "interactive":{"type":"order_status","body":{"text":"Your order is %s"},
          "action":{"name":"review_order","parameters":{"reference_id":"%s","order":{"status":"%s"}}}}}
        """.formatted(to, status, reference, status);
  }

  /** {@code json} with the value at {@code path} (object keys, or list indexes as digits) replaced or added. */
  static String with(String json, @Nullable Object value, String path) {
    Map<String, Object> root = Objects.requireNonNull(Json.map(Json.copy(Json.parseObject(json))));
    String[] steps = path.split("\\.");
    Object parent = root;
    for (int i = 0; i < steps.length - 1; i++) {
      parent = step(parent, steps[i]);
    }
    String last = steps[steps.length - 1];
    if (parent instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<Object> items = (List<Object>) list;
      items.set(Integer.parseInt(last), value);
    } else {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) Objects.requireNonNull(parent);
      if (value == null) {
        map.remove(last);
      } else {
        map.put(last, value);
      }
    }
    return Json.write(root);
  }

  static String without(String json, String path) {
    return with(json, null, path);
  }

  private static @Nullable Object step(@Nullable Object parent, String key) {
    if (parent instanceof List<?> list) {
      return list.get(Integer.parseInt(key));
    }
    return Json.at(parent, key);
  }

  /** The {@code value} of every webhook change of {@code field}, oldest first. */
  static List<Map<String, Object>> values(FakeWhatsApp fake, String field) {
    fake.awaitWebhooks();
    List<Map<String, Object>> out = new ArrayList<>();
    for (WebhookDelivery w : fake.webhooks()) {
      if (w.duplicate()) {
        continue;
      }
      for (Object change : Json.list(Json.list(w.json(), "entry").get(0), "changes")) {
        if (field.equals(Json.string(change, "field"))) {
          out.add(Objects.requireNonNull(Json.map(change, "value")));
        }
      }
    }
    return out;
  }

  /** Every {@code statuses[]} entry the fake sent, oldest first. */
  static List<Map<String, Object>> statuses(FakeWhatsApp fake) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> value : values(fake, "messages")) {
      Json.list(value, "statuses").forEach(s -> out.add(Objects.requireNonNull(Json.map(s))));
    }
    return out;
  }

  /** The payment status webhooks ({@code type: payment}), oldest first. */
  static List<Map<String, Object>> paymentStatuses(FakeWhatsApp fake) {
    return statuses(fake).stream().filter(s -> "payment".equals(s.get("type"))).toList();
  }

  /** The statuses of message {@code wamid}, oldest first. */
  static List<Map<String, Object>> statusesOf(FakeWhatsApp fake, String wamid) {
    return statuses(fake).stream().filter(s -> wamid.equals(s.get("id")) && !"payment".equals(s.get("type")))
        .toList();
  }

  static String wamid(Wire.Reply reply) {
    return String.valueOf(Json.at(Json.list(reply.json(), "messages").get(0), "id"));
  }
}
