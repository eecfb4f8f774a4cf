package dev.wabasdk.internal;

import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.NewPaymentConfiguration;
import dev.wabasdk.payment.Payment;
import dev.wabasdk.payment.PaymentConfiguration;
import dev.wabasdk.payment.PaymentConfigurationLink;
import dev.wabasdk.payment.PaymentConfigurationStatus;
import dev.wabasdk.payment.PaymentStatus;
import dev.wabasdk.payment.PaymentTransaction;
import dev.wabasdk.payment.Refund;
import dev.wabasdk.payment.RefundRequest;
import dev.wabasdk.payment.RefundResult;
import dev.wabasdk.payment.RefundStatus;
import dev.wabasdk.payment.TransactionStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The wire JSON of the Payments API calls that are not messages: request bodies as Meta's examples write them, and
 * Meta's answers read leniently (a missing optional member is null, an unknown status kept as is). A required
 * member that is missing fails with its JSON path. Stateless.
 */
final class PaymentsJson {
  private PaymentsJson() {}

  // ---- requests

  static Map<String, Object> refund(RefundRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reference_id", request.referenceId());
    if (request.speed() != null) {
      body.put("speed", request.speed().value());
    }
    body.put("payment_config_id", request.configurationName());
    Map<String, Object> amount = new LinkedHashMap<>();
    amount.put("currency", RefundRequest.CURRENCY);
    // Strings, unlike every other amount of the Payments API: Meta's refund table and example write them so.
    amount.put("value", Long.toString(request.amount().value()));
    amount.put("offset", Integer.toString(request.amount().offset()));
    body.put("amount", amount);
    return body;
  }

  static Map<String, Object> create(NewPaymentConfiguration c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("configuration_name", c.name());
    putIfSet(body, "merchant_category_code", c.merchantCategoryCode());
    putIfSet(body, "purpose_code", c.purposeCode());
    body.put("provider_name", c.provider().value());
    putIfSet(body, "merchant_vpa", c.merchantVpa());
    putIfSet(body, "redirect_url", c.redirectUrl());
    return body;
  }

  static Map<String, Object> oauthLink(String name, @Nullable String redirectUrl) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("configuration_name", name);
    putIfSet(body, "redirect_url", redirectUrl);
    return body;
  }

  private static void putIfSet(Map<String, Object> body, String key, @Nullable String value) {
    if (value != null) {
      body.put(key, value);
    }
  }

  // ---- answers

  /** {@code {"payments": [...]}}; a payment without its {@code reference_id} gets the one looked up. */
  static List<Payment> payments(Response response, String referenceId) throws IOException {
    List<Payment> payments = new ArrayList<>();
    for (JsonObject p : root(response).objects("payments")) {
      payments.add(payment(p, referenceId));
    }
    return List.copyOf(payments);
  }

  private static Payment payment(JsonObject p, String referenceId) {
    String reference = p.string("reference_id");
    String currency = p.string("currency");
    List<PaymentTransaction> transactions = new ArrayList<>();
    for (JsonObject t : p.objects("transactions")) {
      transactions.add(transaction(t));
    }
    return new Payment(reference == null ? referenceId : reference, PaymentStatus.of(text(p, "status")),
        amount(present(p.object("amount"), p.pathOf("amount"))),
        currency == null ? RefundRequest.CURRENCY : currency, // Meta: "always INR"
        transactions, gatewayFields(p));
  }

  private static PaymentTransaction transaction(JsonObject t) {
    JsonObject method = t.object("method");
    JsonObject error = t.object("error");
    JsonObject amount = t.object("amount");
    List<Refund> refunds = new ArrayList<>();
    for (JsonObject r : t.objects("refunds")) {
      refunds.add(refund(r));
    }
    return new PaymentTransaction(required(t, "id"), t.string("pg_transaction_id"), text(t, "type"),
        TransactionStatus.of(text(t, "status")), t.epochSecondsOrNull("created_timestamp"),
        t.epochSecondsOrNull("updated_timestamp"), method == null ? null : method.string("type"),
        error == null ? null : error.string("code"), error == null ? null : error.string("reason"),
        amount == null ? null : amount(amount), refunds);
  }

  private static Refund refund(JsonObject r) {
    return new Refund(required(r, "id"), amount(present(r.object("amount"), r.pathOf("amount"))),
        r.string("speed_processed"), TransactionStatus.of(text(r, "status")), r.epochSecondsOrNull("created_timestamp"),
        r.epochSecondsOrNull("updated_timestamp"));
  }

  private static Amount amount(JsonObject a) {
    BigDecimal value = present(a.number("value"), a.pathOf("value"));
    BigDecimal offset = a.number("offset");
    try {
      return new Amount(value.longValueExact(), offset == null ? Amount.OFFSET : offset.intValueExact());
    } catch (ArithmeticException | IllegalArgumentException e) {
      throw new Json.MalformedJsonException(a.path(), "not an amount: " + e.getMessage());
    }
  }

  /** The gateway fields as text, {@code notes} as a map of text. */
  private static Map<String, Object> gatewayFields(JsonObject p) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String name : Payment.GATEWAY_FIELDS) {
      JsonObject notes = name.equals("notes") ? p.object(name) : null;
      if (notes != null) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : notes.map().keySet()) {
          String value = textOf(notes, key);
          if (value != null) {
            values.put(key, value);
          }
        }
        fields.put(name, Map.copyOf(values));
      } else {
        String value = textOf(p, name);
        if (value != null) {
          fields.put(name, value);
        }
      }
    }
    return fields;
  }

  /** A member as text; an object or array as its JSON. */
  private static @Nullable String textOf(JsonObject o, String name) {
    Object value = o.get(name);
    return value instanceof Map<?, ?> || value instanceof List<?> ? Json.writeTree(value) : o.string(name);
  }

  /** {@code {"data": [{"payment_configurations": [...]}]}}, Meta's nesting; a flat list is read too. */
  static List<PaymentConfiguration> configurations(Response response) throws IOException {
    List<PaymentConfiguration> configurations = new ArrayList<>();
    for (JsonObject entry : root(response).objects("data")) {
      if (entry.get("configuration_name") != null) {
        configurations.add(configuration(entry));
      }
      for (JsonObject c : entry.objects("payment_configurations")) {
        configurations.add(configuration(c));
      }
    }
    return List.copyOf(configurations);
  }

  /** {@code {"data": [configuration]}}. */
  static PaymentConfiguration configuration(Response response, String name) throws IOException {
    List<JsonObject> data = root(response).objects("data");
    if (data.isEmpty()) {
      throw new WabaException("GET " + response.request().url().encodedPath() + " answered no payment configuration"
          + " named '" + name + "'", Outcome.REJECTED, false, null);
    }
    return configuration(data.get(0));
  }

  private static PaymentConfiguration configuration(JsonObject c) {
    return new PaymentConfiguration(required(c, "configuration_name"),
        code(c, "merchant_category_code"), description(c, "merchant_category_code"),
        code(c, "purpose_code"), description(c, "purpose_code"),
        PaymentConfigurationStatus.of(text(c, "status")), c.string("provider_name"), c.string("provider_mid"),
        c.string("merchant_vpa"), c.epochSecondsOrNull("created_timestamp"), c.epochSecondsOrNull("updated_timestamp"));
  }

  /** {@code {"code": .., "description": ..}}'s code, or the member itself when Meta sends a plain code. */
  private static @Nullable String code(JsonObject c, String name) {
    JsonObject object = c.object(name);
    return object != null ? object.string("code") : c.string(name);
  }

  private static @Nullable String description(JsonObject c, String name) {
    JsonObject object = c.object(name);
    return object == null ? null : object.string("description");
  }

  /** {@code {"oauth_url": .., "expiration": .., "success": true}}; {@code "success": false} is a rejection. */
  static PaymentConfigurationLink link(Response response) throws IOException {
    JsonObject root = root(response);
    if (Boolean.FALSE.equals(root.get("success"))) {
      throw new WabaException(response.request().method() + " " + response.request().url().encodedPath()
          + " answered success: false", Outcome.REJECTED, false, null);
    }
    return new PaymentConfigurationLink(root.string("oauth_url"), root.epochSecondsOrNull("expiration"));
  }

  /** {@code {"id": .., "status": .., "speed_processed": ..}}. */
  static RefundResult refundResult(Response response) throws IOException {
    JsonObject root = root(response);
    return new RefundResult(required(root, "id"), RefundStatus.of(text(root, "status")),
        root.string("speed_processed"));
  }

  // ---- helpers

  @SuppressWarnings("unchecked")
  private static JsonObject root(Response response) throws IOException {
    String body = response.body().string();
    Object tree = body.isBlank() ? Map.of() : Json.parse(body);
    if (!(tree instanceof Map<?, ?> map)) {
      throw new Json.MalformedJsonException("$", "expected a JSON object");
    }
    return JsonObject.root((Map<String, @Nullable Object>) map);
  }

  private static String required(JsonObject o, String name) {
    return present(o.string(name), o.pathOf(name));
  }

  private static <T> T present(@Nullable T value, String path) {
    if (value == null) {
      throw new Json.MalformedJsonException(path, "is required but missing");
    }
    return value;
  }

  /** A member as text, or "" when absent (read as an unknown status rather than failing the whole answer). */
  private static String text(JsonObject o, String name) {
    String value = o.string(name);
    return value == null ? "" : value;
  }
}
